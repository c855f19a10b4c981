package fr.conventio.domain.obligation;

import fr.conventio.domain.agreement.AnnualSubsidies;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The obligations of a signed agreement and their due dates (O1–O10, Art. 3 to 7 and 4.3). The one
 * place that decides which obligations apply and when they are due:
 * <ul>
 *   <li>O1 insurance certificate: at signature.</li>
 *   <li>O2 financial report, O3 annual accounts: six months after the fiscal year end (31/12/2020 ⇒ 30/06/2021).</li>
 *   <li>O4 accounts certified by the president: only when annual subsidies exceed 75 000,00 € or 50 % of the
 *       association's total budget (strictly); due with the accounts.</li>
 *   <li>O5 auditor report and publication at the Journal officiel: only when public subsidies exceed
 *       153 000,00 €; due three months after the general assembly's approval of the accounts, or, while that
 *       date is unknown, three months after the legal approval deadline (six months after the year end), i.e.
 *       nine months after the year end.</li>
 *   <li>O6 activity report, general assembly minutes, board changes: every year, with the accounts.</li>
 *   <li>O7 communication proof and O8 progress information: continuous, due at the end of the operation.</li>
 *   <li>O9 evaluation meeting: two months after the end of the operation (31/12/2020 ⇒ 28/02/2021).</li>
 *   <li>O10 the three balance documents: the agreement sets no date (the balance is paid "on production"); they
 *       are due with the financial report they go with, six months after the year end.</li>
 * </ul>
 * Months are counted calendar-wise; from the last day of a month, the result is the last day of the target month
 * (30/06 + 6 months ⇒ 31/12, 31/12 + 2 months ⇒ 28/02 or 29/02).
 */
public final class ObligationSchedule {

    /** O4: annual subsidies above this amount. */
    public static final Amount CERTIFICATION_THRESHOLD = Amount.of(75_000);
    /** O5: public subsidies above this amount. */
    public static final Amount AUDITOR_THRESHOLD = Amount.of(153_000);
    /**
     * D5: what a yearly award of a CPO settled once at the end does not ask for on its own, unless it is the last year:
     * the financial report (O2) and the three balance documents (O10), produced once for the whole period.
     */
    public static final java.util.Set<ObligationType> REPORTED_OVER_THE_PERIOD = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(ObligationType.FINANCIAL_REPORT, ObligationType.FINAL_INCOME_STATEMENT,
                    ObligationType.QUALITATIVE_QUANTITATIVE_REPORT, ObligationType.CERTIFIED_LAST_ACCOUNTS));

    private ObligationSchedule() {
    }

    /** The obligations that apply and their due dates, in rule order. */
    public static List<ScheduledObligation> plan(ObligationScheduleInput input) {
        List<ScheduledObligation> plan = new ArrayList<>();
        LocalDate accountsDue = monthsAfter(input.fiscalYearEnd(), 6);

        plan.add(new ScheduledObligation(ObligationType.INSURANCE_CERTIFICATE, input.signatureDate()));
        plan.add(new ScheduledObligation(ObligationType.FINANCIAL_REPORT, accountsDue));
        plan.add(new ScheduledObligation(ObligationType.ANNUAL_ACCOUNTS, accountsDue));
        if (requiresCertifiedAccounts(input.annualSubsidiesTotal(), input.associationTotalBudget())) {
            plan.add(new ScheduledObligation(ObligationType.CERTIFIED_ACCOUNTS, accountsDue));
        }
        if (requiresAuditor(input.publicSubsidiesTotal())) {
            LocalDate approval = input.optionalGeneralAssemblyApproval().orElse(accountsDue);
            for (ObligationType o5 : List.of(ObligationType.AUDITOR_REPORT, ObligationType.ACCOUNTS_PUBLICATION)) {
                plan.add(new ScheduledObligation(o5, dueFromAccountsApproval(o5, approval).orElseThrow()));
            }
        }
        plan.add(new ScheduledObligation(ObligationType.ACTIVITY_REPORT, accountsDue));
        plan.add(new ScheduledObligation(ObligationType.GENERAL_ASSEMBLY_MINUTES, accountsDue));
        plan.add(new ScheduledObligation(ObligationType.BOARD_CHANGES, accountsDue));
        for (ObligationType fromEnd : List.of(ObligationType.COMMUNICATION_PROOF, ObligationType.PROGRESS_INFORMATION,
                ObligationType.EVALUATION_MEETING)) {
            plan.add(new ScheduledObligation(fromEnd, dueFromOperationEnd(fromEnd, input.operationEnd()).orElseThrow()));
        }
        plan.add(new ScheduledObligation(ObligationType.FINAL_INCOME_STATEMENT, accountsDue));
        plan.add(new ScheduledObligation(ObligationType.QUALITATIVE_QUANTITATIVE_REPORT, accountsDue));
        plan.add(new ScheduledObligation(ObligationType.CERTIFIED_LAST_ACCOUNTS, accountsDue));
        return List.copyOf(plan);
    }

    /**
     * The due date of an obligation counted from the end of the operation (D4: O7 and O8 at the end, O9 two months
     * after), for {@code operationEnd}; empty for the other obligations.
     */
    public static java.util.Optional<LocalDate> dueFromOperationEnd(ObligationType type, LocalDate operationEnd) {
        return switch (type) {
            case COMMUNICATION_PROOF, PROGRESS_INFORMATION -> java.util.Optional.of(operationEnd);
            case EVALUATION_MEETING -> java.util.Optional.of(monthsAfter(operationEnd, 2));
            default -> java.util.Optional.empty();
        };
    }

    /**
     * The due date of an obligation counted from the general assembly's approval of the accounts (O5: the auditor's
     * report and the publication at the Journal officiel, three months after {@code approvedOn}; 30/06/2021 ⇒
     * 30/09/2021, 30/11/2021 ⇒ 28/02/2022: from a month's last day, the target month's last day); empty for the
     * other obligations.
     */
    public static java.util.Optional<LocalDate> dueFromAccountsApproval(ObligationType type, LocalDate approvedOn) {
        return switch (type) {
            case AUDITOR_REPORT, ACCOUNTS_PUBLICATION -> java.util.Optional.of(monthsAfter(approvedOn, 3));
            default -> java.util.Optional.empty();
        };
    }

    /** Whether the due date of {@code type} counts from the general assembly's approval of the accounts (O5). */
    public static boolean countsFromAccountsApproval(ObligationType type) {
        return type == ObligationType.AUDITOR_REPORT || type == ObligationType.ACCOUNTS_PUBLICATION;
    }

    /** The field staff fill in, named in every message about it. */
    public static final String ACCOUNTS_APPROVAL_FIELD = "date d'approbation des comptes par l'assemblée générale";

    /**
     * O5: the general assembly's approval date of the accounts, as staff enter it, refused when it is after
     * {@code today} or before {@code fiscalYearEnd} (the accounts of a year are approved once it is closed).
     */
    public static LocalDate checkAccountsApproval(LocalDate approvedOn, LocalDate fiscalYearEnd, LocalDate today) {
        if (approvedOn == null) {
            throw new InvalidValueException(ACCOUNTS_APPROVAL_FIELD, "la date est absente");
        }
        if (approvedOn.isAfter(today)) {
            throw new InvalidValueException(ACCOUNTS_APPROVAL_FIELD, "la date (" + FrenchFormat.date(approvedOn)
                    + ") est dans le futur : les comptes ne peuvent être approuvés après aujourd'hui (" + FrenchFormat.date(today) + ")");
        }
        if (approvedOn.isBefore(fiscalYearEnd)) {
            throw new InvalidValueException(ACCOUNTS_APPROVAL_FIELD, "la date (" + FrenchFormat.date(approvedOn)
                    + ") précède la clôture de l'exercice (" + FrenchFormat.date(fiscalYearEnd)
                    + ") : les comptes ne peuvent être approuvés avant");
        }
        return approvedOn;
    }

    /** The obligations of {@link #plan}, created PENDING for the agreement. */
    public static List<Obligation> generate(AgreementId agreementId, ObligationScheduleInput input) {
        return generate(agreementId, input, false);
    }

    /**
     * As {@link #generate(AgreementId, ObligationScheduleInput)}; when {@code reportedOverThePeriod} (D5: a year of a CPO
     * settled once at the end, not the last), without the financial report (O2) and the balance documents (O10), which
     * the last year asks for the whole period.
     */
    public static List<Obligation> generate(AgreementId agreementId, ObligationScheduleInput input, boolean reportedOverThePeriod) {
        return plan(input).stream()
                .filter(line -> !reportedOverThePeriod || !REPORTED_OVER_THE_PERIOD.contains(line.type()))
                .map(line -> Obligation.create(ObligationId.newId(), agreementId, line.type(), line.dueDate()))
                .toList();
    }

    /** O4: annual subsidies above 75 000,00 € or above 50 % of the association's total budget. */
    public static boolean requiresCertifiedAccounts(Amount annualSubsidies, Amount associationTotalBudget) {
        boolean aboveAmount = annualSubsidies.isGreaterThan(CERTIFICATION_THRESHOLD);
        boolean aboveHalfBudget = annualSubsidies.value().multiply(java.math.BigDecimal.valueOf(2))
                .compareTo(associationTotalBudget.value()) > 0;
        return aboveAmount || aboveHalfBudget;
    }

    /** O4 on the funder's annual total for the association ({@link AnnualSubsidies#total()}). */
    public static boolean requiresCertifiedAccounts(AnnualSubsidies annual, Amount associationTotalBudget) {
        return requiresCertifiedAccounts(annual.total(), associationTotalBudget);
    }

    /**
     * O4 re-evaluated on an agreement already signed, when another agreement of the same year (or an amendment)
     * raises the funder's annual total: the certified accounts it now needs, due with its accounts (six months
     * after {@code fiscalYearEnd}), with the reason it was added; empty when the total does not trigger O4 or
     * when the agreement already has the obligation ({@code alreadyPlanned}).
     */
    public static java.util.Optional<Obligation> certifiedAccountsToAdd(AgreementId agreementId, LocalDate fiscalYearEnd,
                                                                       AnnualSubsidies annual, Amount associationTotalBudget,
                                                                       List<ObligationType> alreadyPlanned) {
        if (alreadyPlanned.contains(ObligationType.CERTIFIED_ACCOUNTS) || !requiresCertifiedAccounts(annual, associationTotalBudget)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Obligation.added(ObligationId.newId(), agreementId, ObligationType.CERTIFIED_ACCOUNTS,
                monthsAfter(fiscalYearEnd, 6), certificationReason(annual, associationTotalBudget)));
    }

    /**
     * Why O4 applies, in French: « Obligation ajoutée : comptes annuels certifiés conformes par le président — le total
     * annuel des subventions de la collectivité atteint 95 000,00 € », and, when the total is not above 75 000,00 €,
     * « …, plus de la moitié du budget total de l'association (70 000,00 €) ».
     */
    public static String certificationReason(AnnualSubsidies annual, Amount associationTotalBudget) {
        String reason = "Obligation ajoutée : " + ObligationType.CERTIFIED_ACCOUNTS.label().toLowerCase(java.util.Locale.FRENCH)
                + " — le total annuel des subventions de la collectivité atteint " + annual.total();
        if (!annual.total().isGreaterThan(CERTIFICATION_THRESHOLD)) {
            reason += ", plus de la moitié du budget total de l'association (" + associationTotalBudget + ")";
        }
        return reason;
    }

    /** O5: public subsidies above 153 000,00 €. */
    public static boolean requiresAuditor(Amount publicSubsidies) {
        return publicSubsidies.isGreaterThan(AUDITOR_THRESHOLD);
    }

    /** Calendar months later; from a month's last day, the target month's last day. */
    static LocalDate monthsAfter(LocalDate date, int months) {
        LocalDate shifted = date.plusMonths(months);
        boolean endOfMonth = date.getDayOfMonth() == date.lengthOfMonth();
        return endOfMonth ? shifted.with(TemporalAdjusters.lastDayOfMonth()) : shifted;
    }
}
