package fr.conventio.application.settlement;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.agreementfile.RecoveryOrders;
import fr.conventio.application.port.out.RecoveryOrderNumberingPort;
import fr.conventio.application.port.out.SubmissionKeysPort;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.settlement.RecoveryClaim;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderId;

import java.util.Objects;

/**
 * Issues a recovery order (A2) for exactly what the agreement's account says the association owes on a
 * ground and no other order claims yet: the overpayment after settlement (A1), the termination restitution
 * (T3), the repayment decided (A3) or the N2 withdrawal. Numbered by the {@link RecoveryOrderNumberingPort}
 * per funder and year of issue. The agreement is stored again (its version goes up) so that the same sum
 * cannot be claimed twice at the same time.
 */
public final class IssueRecoveryOrderService implements IssueRecoveryOrderUseCase {

    private final AgreementFiles files;
    private final RecoveryOrderNumberingPort numbering;
    private final SubmissionKeysPort submissionKeys;

    public IssueRecoveryOrderService(AgreementFiles files, RecoveryOrderNumberingPort numbering, SubmissionKeysPort submissionKeys) {
        this.submissionKeys = Objects.requireNonNull(submissionKeys);
        this.files = Objects.requireNonNull(files);
        this.numbering = Objects.requireNonNull(numbering);
    }

    @Override
    public IssueRecoveryOrderResult issue(IssueRecoveryOrderCommand command) {
        return files.once(submissionKeys, command.submission(), IssueRecoveryOrderUseCase.class, () -> issueOnce(command),
                issued -> new SubmissionKeysPort.Result(issued.orderId().toString(), issued.agreementVersion()),
                first -> {
                    RecoveryOrderId id = new RecoveryOrderId(java.util.UUID.fromString(first.id()));
                    AgreementFile file = files.loadOfOrder(id);
                    Versioned<RecoveryOrder> order = file.recoveryOrders().stream().filter(o -> o.value().id().equals(id))
                            .findFirst().orElseThrow();
                    return new IssueRecoveryOrderResult(id, order.value().number(), order.version(), first.version());
                });
    }

    private IssueRecoveryOrderResult issueOnce(IssueRecoveryOrderCommand command) {
        AgreementFile file = files.loadForUpdate(command.agreementId(), command.expectedVersion());
        RecoveryClaim claim = file.account().claim(command.ground());
        RecoveryOrder order = RecoveryOrders.issue(file.agreement(), claim, command.amount(), command.issuedOn(), files.numbering(numbering));
        file.add(order);
        Versioned<Agreement> saved = files.save(file);
        return new IssueRecoveryOrderResult(order.id(), order.number(), file.versionOf(order), saved.version());
    }
}
