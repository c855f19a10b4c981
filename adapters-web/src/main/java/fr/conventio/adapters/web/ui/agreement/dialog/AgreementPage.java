package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.common.CurrentStaff;
import fr.conventio.adapters.web.ui.common.Messages;
import fr.conventio.adapters.web.ui.common.Notifications;
import fr.conventio.application.multiyear.MultiYearPlanView;
import fr.conventio.application.reading.AgreementAction;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.application.reading.AuditEntry;
import fr.conventio.application.reading.GetAgreementHistoryQuery;
import fr.conventio.application.reading.GetAgreementHistoryUseCase;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.application.termination.TerminateAgreementResult;
import fr.conventio.domain.obligation.ObligationId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What every tab and dialog of the agreement page shares: the use cases, the member of staff, the
 * details shown (with the version to send back) and the way to reload them. Also keeps the outcome of
 * the last termination done on this page, as the use case returned it, to show it.
 */
public final class AgreementPage {

    private final AgreementUseCases useCases;
    private final CurrentStaff staff;
    private final Runnable reloader;
    private AgreementDetails details;
    private TerminateAgreementResult lastTermination;
    private MultiYearPlanView multiYearPlan;

    public AgreementPage(AgreementUseCases useCases, CurrentStaff staff, AgreementDetails details, Runnable reloader) {
        this.useCases = Objects.requireNonNull(useCases);
        this.staff = Objects.requireNonNull(staff);
        this.details = Objects.requireNonNull(details);
        this.reloader = Objects.requireNonNull(reloader);
    }

    public AgreementUseCases useCases() {
        return useCases;
    }

    CurrentStaff staff() {
        return staff;
    }

    /** The details on screen: their {@code version} is the one every agreement command carries. */
    public AgreementDetails details() {
        return details;
    }

    public void update(AgreementDetails newDetails) {
        this.details = Objects.requireNonNull(newDetails);
    }

    /** "Today" as the application judged it (the read model's date), the default of every date field. */
    public LocalDate today() {
        return details.today();
    }

    /**
     * An action is offered only when the agreement allows it now and the user's roles allow its use case; a year of a
     * CPO settled once at the end, but the last, is never offered to be settled alone (D5).
     */
    public boolean offers(AgreementAction action, Class<?> useCase) {
        if (action == AgreementAction.SETTLE && multiYearPlan().filter(p -> p.settledOnTheLastYear(details.id())).isPresent()) {
            return false;
        }
        return details.allows(action) && staff.may(useCase);
    }

    /** The multi-year plan (D5) the agreement belongs to, as the page last read it. */
    public Optional<MultiYearPlanView> multiYearPlan() {
        return Optional.ofNullable(multiYearPlan);
    }

    public void updateMultiYearPlan(Optional<MultiYearPlanView> plan) {
        this.multiYearPlan = plan.orElse(null);
    }

    public boolean may(Class<?> useCase) {
        return staff.may(useCase);
    }

    /** Reads the agreement again and redraws the page (the open dialogs stay, with what was typed). */
    void reload() {
        reloader.run();
    }

    /**
     * Runs a use-case call with {@link Notifications#attempt}: on refusal the French message is shown and
     * nothing else changes; when someone else saved the record in between, {@code onStale} also gets the
     * message so that the dialog can offer to reload.
     */
    boolean attempt(Runnable call, Runnable then, Consumer<String> onStale) {
        String[] stale = new String[1];
        boolean done = Notifications.attempt(() -> {
            try {
                call.run();
            } catch (RuntimeException error) {
                stale[0] = Messages.staleRecord(error).map(Throwable::getMessage).orElse(null);
                throw error;
            }
        }, then);
        if (stale[0] != null) {
            onStale.accept(stale[0]);
        }
        return done;
    }

    /**
     * The latest entry of the agreement's audit trail (who changed what, when), to tell a user whose save
     * was refused what the other user did; empty when there is none or the trail cannot be read now.
     */
    Optional<AuditEntry> latestChange() {
        try {
            return useCases.getAgreementHistory().history(new GetAgreementHistoryQuery(details.id(),
                    PageRequest.ofOffset(0, 1, GetAgreementHistoryUseCase.SORT_OCCURRED_AT, false))).content().stream().findFirst();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The obligation as on screen now (its version changes with each reload). */
    AgreementDetails.ObligationLine obligation(ObligationId id) {
        return details.obligations().stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("Obligation", id));
    }

    public TerminateAgreementResult lastTermination() {
        return lastTermination;
    }

    void rememberTermination(TerminateAgreementResult termination) {
        this.lastTermination = termination;
    }
}
