package fr.conventio.application.fakes;

import fr.conventio.application.port.out.GeneratedDocumentRepository;
import fr.conventio.domain.shared.AgreementId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The generated-document records, in memory. */
public final class InMemoryGeneratedDocuments implements GeneratedDocumentRepository {

    private final List<GeneratedDocumentRecord> records = new ArrayList<>();

    @Override
    public synchronized void record(GeneratedDocumentRecord record) {
        records.add(record);
    }

    @Override
    public synchronized List<GeneratedDocumentRecord> findByAgreement(AgreementId agreementId) {
        return records.stream().filter(r -> r.agreementId().equals(agreementId))
                .sorted(Comparator.comparing(GeneratedDocumentRecord::generatedAt).reversed()).toList();
    }

    /** Whether some record refers to this stored document (it is then never purged). */
    public synchronized boolean refersTo(String documentId) {
        return records.stream().anyMatch(r -> r.documentId().equals(documentId));
    }

    public synchronized int size() {
        return records.size();
    }
}
