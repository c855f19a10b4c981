package fr.conventio.application.reading;

import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Page;

import java.util.Objects;

/** An agreement's audit trail through the read port; an unknown agreement is not found, an unknown sort key refused. */
public final class GetAgreementHistoryService implements GetAgreementHistoryUseCase {

    private final AgreementRepository agreements;
    private final AuditTrailQueries auditTrail;

    public GetAgreementHistoryService(AgreementRepository agreements, AuditTrailQueries auditTrail) {
        this.agreements = Objects.requireNonNull(agreements);
        this.auditTrail = Objects.requireNonNull(auditTrail);
    }

    @Override
    public Page<AuditEntry> history(GetAgreementHistoryQuery query) {
        if (!SORT_OCCURRED_AT.equals(query.page().sortBy())) {
            throw new IllegalArgumentException("tri : propriété inconnue « " + query.page().sortBy() + " » (attendu : " + SORT_OCCURRED_AT + ")");
        }
        if (agreements.findById(query.agreementId()).isEmpty()) {
            throw new NotFoundException("Convention", query.agreementId());
        }
        return auditTrail.agreementHistory(query.agreementId(), query.page());
    }
}
