package fr.conventio.application.dashboard;

import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;

/**
 * Read side of the dashboard, across every agreement: the lists are computed, counted and paged in the
 * storage (one query each). Figures follow the application's rules ({@code AgreementFile}):
 * cancelled payments and cancelled recovery orders never count; the subsidy in force is the voted
 * subsidy minus the reductions of the control file (A3 decisions, N2 withdrawals).
 */
public interface DashboardQueries {

    /**
     * The payments that can be made now, as {@link PaymentToMake} defines them, by agreement reference
     * then kind ({@code page.sortBy()} is ignored).
     */
    Page<PaymentToMake> paymentsToMake(PageRequest page);

    /**
     * The agreements waiting for a decision, as {@link fr.conventio.application.dashboard.AwaitedDecision}
     * defines them: every DRAFT (APPROVAL), every APPROVED (SIGNATURE), every SETTLED whose overpayment
     * (amount kept − final subsidy, the amount kept being what was paid minus what decisions make the
     * association pay back) exceeds what OVERPAYMENT recovery orders already claim (OVERPAYMENT_RECOVERY),
     * every SUSPENDED (SUSPENSION). By decision (in the enum's order), then agreement reference
     * ({@code page.sortBy()} is ignored).
     */
    Page<AgreementAwaitingDecision> agreementsAwaitingDecision(PageRequest page);
}
