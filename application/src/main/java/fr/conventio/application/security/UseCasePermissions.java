package fr.conventio.application.security;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static fr.conventio.application.security.Roles.ADMINISTRATEUR;
import static fr.conventio.application.security.Roles.FINANCES;
import static fr.conventio.application.security.Roles.INSTRUCTEUR;
import static fr.conventio.application.security.Roles.LECTURE;
import static fr.conventio.application.security.Roles.RESPONSABLE;

/**
 * Who may run which use case, by the simple name of its inbound port. Deny by default: a use
 * case missing here is refused to everyone (bootstrap enforces it around every use-case bean and
 * a test walks every use case for every role). Reads are open to every role; writes follow the
 * division of work of a funder's services:
 * <ul>
 * <li>instructeur — drafts and follows agreements, receives and checks documents, records meetings;</li>
 * <li>responsable — decides: approval, signature, settlement, recovery orders, amendments, decisions,
 *     formal notices, terminations, waivers; can also do the case officer's work;</li>
 * <li>finances — records payments and receipts of recovery orders;</li>
 * <li>lecture — reads everything, changes nothing;</li>
 * <li>administrateur — funder settings, budget lines (and users, in configuration).</li>
 * </ul>
 */
public final class UseCasePermissions {

    private static final Set<String> EVERYONE = Set.copyOf(Roles.ALL);
    private static final Set<String> CASE_WORK = Set.of(INSTRUCTEUR, RESPONSABLE);
    private static final Set<String> DECISIONS = Set.of(RESPONSABLE);
    private static final Set<String> MONEY_MOVEMENTS = Set.of(FINANCES);
    private static final Set<String> SETTINGS = Set.of(ADMINISTRATEUR);

    private static final Map<String, Set<String>> PERMISSIONS = new LinkedHashMap<>();

    static {
        // reads
        for (String read : new String[] {"SearchAgreementsUseCase", "GetAgreementUseCase", "ListDeadlinesUseCase",
                "ExportOpenDataUseCase", "SearchAssociationsUseCase", "GetAssociationUseCase", "GetFunderSettingsUseCase",
                "ListBudgetConsumptionUseCase", "GetDashboardUseCase", "GetAgreementHistoryUseCase", "ExportAgreementsUseCase",
                "OpenDocumentUseCase"}) {
            PERMISSIONS.put(read, EVERYONE);
        }
        // case work
        for (String work : new String[] {"CreateDraftAgreementUseCase", "EditDraftAgreementUseCase",
                "RegisterAssociationUseCase", "UpdateAssociationUseCase", "ReceiveEvidenceUseCase", "AcceptEvidenceUseCase",
                "RejectEvidenceUseCase", "RecordEvaluationMeetingUseCase", "RecordThirdPartyDelegationUseCase",
                "RecordNoticeRemedyUseCase", "StoreDocumentUseCase"}) {
            PERMISSIONS.put(work, CASE_WORK);
        }
        // decisions
        for (String decision : new String[] {"ApproveAgreementUseCase", "SignAgreementUseCase", "SettleAgreementUseCase",
                "IssueRecoveryOrderUseCase", "AmendAgreementUseCase", "RecordFundingDecisionUseCase",
                "SendFormalNoticeUseCase", "TerminateAgreementUseCase", "WaiveObligationUseCase",
                "RecordRepublicanCommitmentBreachUseCase"}) {
            PERMISSIONS.put(decision, DECISIONS);
        }
        // money movements
        for (String money : new String[] {"RecordPaymentUseCase", "CancelPaymentUseCase", "RecordRecoveryReceiptUseCase"}) {
            PERMISSIONS.put(money, MONEY_MOVEMENTS);
        }
        // settings
        for (String setting : new String[] {"SetUpFunderUseCase", "DefineBudgetLineUseCase"}) {
            PERMISSIONS.put(setting, SETTINGS);
        }
    }

    private UseCasePermissions() {
    }

    /** True when one of {@code roles} may run the use case whose port is {@code useCase}. */
    public static boolean isAllowed(Class<?> useCase, Collection<String> roles) {
        Set<String> allowed = PERMISSIONS.get(useCase.getSimpleName());
        return allowed != null && roles.stream().anyMatch(allowed::contains);
    }

    /** True when the use case is known here at all (unknown ones are denied to everyone). */
    public static boolean isDeclared(Class<?> useCase) {
        return PERMISSIONS.containsKey(useCase.getSimpleName());
    }

    /** The roles allowed to run the use case (empty when undeclared). */
    public static Set<String> rolesFor(Class<?> useCase) {
        return PERMISSIONS.getOrDefault(useCase.getSimpleName(), Set.of());
    }
}
