package fr.conventio.application.dashboard;

import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;

/**
 * Read side of the dashboard, across every agreement: the lists are selected, counted and paged in the
 * storage, on the figures each agreement's account computed and its use cases stored
 * ({@link fr.conventio.application.port.out.AgreementAccountRepository}): no rule is computed again here.
 * Terminated and closed agreements are left out of the to-do lists, except for sums still to claim and
 * orders still to collect.
 */
public interface DashboardQueries {

    /**
     * The payments that can be made now: an ADVANCE where the account's advance available is not zero, a
     * BALANCE where its balance payable is not zero; by agreement reference then kind
     * ({@code page.sortBy()} is ignored).
     */
    Page<PaymentToMake> paymentsToMake(PageRequest page);

    /**
     * The agreements waiting for a decision, as {@link AwaitedDecision} defines them: every DRAFT
     * (APPROVAL), every APPROVED (SIGNATURE), every agreement with a sum owed back that no recovery order
     * claims yet (RECOVERY_ORDER), every SUSPENDED (SUSPENSION), every settled agreement with nothing open
     * (CLOSURE). By decision (in the enum's order), then agreement reference ({@code page.sortBy()} is ignored).
     */
    Page<AgreementAwaitingDecision> agreementsAwaitingDecision(PageRequest page);

    /** The recovery orders waiting for money ({@link RecoveryOrderToCollect}), oldest issue first, then by number. */
    Page<RecoveryOrderToCollect> recoveryOrdersToCollect(PageRequest page);
}
