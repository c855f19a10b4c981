package fr.conventio.adapters.persistence.control;

import fr.conventio.adapters.persistence.support.AuditedFields;
import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.application.port.out.AgreementControlRepository;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.domain.control.MeetingRecord;
import fr.conventio.domain.control.RepublicanBreachRecord;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.payment.PaymentDeadline;
import fr.conventio.domain.settlement.FundingDecision;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.termination.FormalNotice;
import fr.conventio.domain.termination.RepublicanCommitment;
import fr.conventio.domain.termination.TerminationOutcome;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores each agreement's control file in PostgreSQL: {@code agreement_control} (one row per agreement,
 * keyed by its id) and the child tables {@code agreement_control_formal_notice}, {@code _funding_decision},
 * {@code _meeting} and {@code _republican_breach}.
 */
@Component
public class AgreementControlPersistenceAdapter implements AgreementControlRepository {

    private final AgreementControlRowRepository rows;
    private final AgreementControlRowMapper mapper;
    private final VersionGuard versionGuard;
    private final VersionGuard.Audit<AgreementControl> audit;

    AgreementControlPersistenceAdapter(AgreementControlRowRepository rows, AgreementControlRowMapper mapper, VersionGuard versionGuard) {
        this.rows = rows;
        this.mapper = mapper;
        this.versionGuard = versionGuard;
        this.audit = new VersionGuard.Audit<>(id -> rows.findById(id).map(mapper::toControl), AgreementControlPersistenceAdapter::auditedFields,
                control -> control.agreementId().value());
    }

    @Override
    public Optional<Versioned<AgreementControl>> findByAgreement(AgreementId agreementId) {
        return rows.findById(agreementId.value()).map(row -> Versioned.of(mapper.toControl(row), row.version()));
    }

    @Override
    public Versioned<AgreementControl> save(Versioned<AgreementControl> control) {
        AgreementControlRow saved = versionGuard.save(VersionGuard.Root.AGREEMENT_CONTROL, control.value().agreementId().value(), control, audit,
                () -> rows.save(mapper.toRow(control.value(), control.version())));
        return Versioned.of(control.value(), saved.version());
    }

    /**
     * Audited: each notice, decision, meeting and breach (numbered from 1, summarised), the termination
     * outcome and the N1 deadline. What they add up to (the subsidy in force) is the account's figure, not a fact of the file.
     */
    static Map<String, String> auditedFields(AgreementControl control) {
        AuditedFields fields = new AuditedFields();
        List<FormalNotice> notices = control.formalNotices();
        for (int i = 0; i < notices.size(); i++) {
            FormalNotice n = notices.get(i);
            fields.put("formalNotice." + (i + 1), "envoyée le " + n.sentOn() + " (" + n.registeredLetterReference() + ") par " + n.sentBy()
                    + n.optionalRemediedOn().map(d -> ", régularisée le " + d).orElse(""));
        }
        List<FundingDecision> decisions = control.fundingDecisions();
        for (int i = 0; i < decisions.size(); i++) {
            FundingDecision d = decisions.get(i);
            fields.put("fundingDecision." + (i + 1), d.kind() + d.optionalAmount().map(a -> " " + a.value().toPlainString()).orElse("")
                    + " le " + d.decidedOn() + " par " + d.decidedBy());
        }
        List<MeetingRecord> meetings = control.meetings();
        for (int i = 0; i < meetings.size(); i++) {
            fields.put("meeting." + (i + 1), meetings.get(i).kind() + " le " + meetings.get(i).heldOn());
        }
        List<RepublicanBreachRecord> breaches = control.republicanBreaches();
        for (int i = 0; i < breaches.size(); i++) {
            RepublicanCommitment.Withdrawal w = breaches.get(i).withdrawal();
            fields.put("republicanBreach." + (i + 1), "le " + w.breachDate() + " : retrait " + w.amountWithdrawn().value().toPlainString()
                    + ", à reverser " + w.amountToRecover().value().toPlainString());
        }
        return fields
                .put("terminationDate", control.termination().map(TerminationOutcome::effectiveDate))
                .put("terminationGround", control.termination().map(TerminationOutcome::ground))
                .put("restitution", control.termination().map(TerminationOutcome::restitution))
                .put("amountKept", control.termination().map(TerminationOutcome::amountKept))
                .put("amountToRestitute", control.termination().map(TerminationOutcome::amountToRestitute))
                .put("paymentDeadline", control.funderPaymentDeadline().map(PaymentDeadline::dueBy))
                .toMap();
    }
}
