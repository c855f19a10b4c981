package fr.conventio.application.fakes;

import fr.conventio.application.port.out.FunderLogoRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The funder's logo record, in memory, with every replacement and removal kept as the audit trail would. */
public final class InMemoryFunderLogos implements FunderLogoRepository {

    private FunderLogoRecord current;
    private final List<String> audit = new ArrayList<>();

    @Override
    public synchronized Optional<FunderLogoRecord> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public synchronized void replace(FunderLogoRecord logo) {
        audit.add((current == null ? "INSERT " : "UPDATE ") + logo.fileName());
        current = logo;
    }

    @Override
    public synchronized void remove() {
        if (current != null) {
            audit.add("DELETE " + current.fileName());
            current = null;
        }
    }

    @Override
    public synchronized boolean refersTo(String documentId) {
        return current != null && current.documentId().equals(documentId);
    }

    /** What the audit trail would hold: « INSERT logo.png », « UPDATE autre.jpg », « DELETE autre.jpg ». */
    public synchronized List<String> audit() {
        return List.copyOf(audit);
    }
}
