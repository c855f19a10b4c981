package fr.conventio.application.settlement;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.port.out.MultiYearPlanRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.multiyear.MultiYearPlan;
import fr.conventio.domain.multiyear.PeriodSettlement;
import fr.conventio.domain.settlement.Settlement;
import fr.conventio.domain.shared.AgreementId;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Settles the subsidy on the real justified expenses (A1): the agreement's account computes the settlement
 * (on the subsidy in force and what the association keeps of the payments) and the agreement becomes
 * SETTLED (liquidée) with it; the budget lines are committed for their part of the final subsidy, the rest
 * is released (B4). The file stays open (D2). The settlement keeps who recorded it (separation of duties:
 * that person may not pay the balance).
 *
 * <p>D5, a multi-year agreement settled once at the end: a year but the last is refused (it cannot be settled alone);
 * the last year's agreement is settled over the whole period ({@link PeriodSettlement}: A1 on the totals of every
 * year, A4 with the last year's clause), every year's agreement becoming SETTLED with its share of the period's final
 * subsidy, the balance due or the overpayment booked on the last year first; the result is the period's settlement.
 * Every refusal comes before the first write.
 */
public final class SettleAgreementService implements SettleAgreementUseCase {

    private final AgreementFiles files;
    private final CurrentUserPort currentUser;
    private final MultiYearPlanRepository plans;

    public SettleAgreementService(AgreementFiles files, CurrentUserPort currentUser, MultiYearPlanRepository plans) {
        this.files = Objects.requireNonNull(files);
        this.currentUser = Objects.requireNonNull(currentUser);
        this.plans = Objects.requireNonNull(plans);
    }

    @Override
    public SettleAgreementResult settle(SettleAgreementCommand command) {
        AgreementFile file = files.loadForUpdate(command.agreementId(), command.expectedVersion());
        file.agreement().requireSettleable();
        Optional<MultiYearPlan> plan = plans.findByMember(file.agreement().id()).map(Versioned::value);
        plan.ifPresent(p -> p.requireSettleableAlone(file.agreement().id()));
        List<AgreementId> together = plan.map(p -> p.settledTogetherWith(file.agreement().id())).orElse(List.of());
        if (!together.isEmpty()) {
            return settleThePeriod(file, together, command);
        }
        Settlement settlement = file.account().settle(command.realExpenses());
        file.agreement().markSettled(settlement, command.settledOn(), currentUser.currentUser());
        Versioned<Agreement> saved = files.save(file);
        return new SettleAgreementResult(saved.version(), settlement);
    }

    /** D5: every year's agreement settled with its share of the period's settlement, taken on the last year's ({@code last}). */
    private SettleAgreementResult settleThePeriod(AgreementFile last, List<AgreementId> years, SettleAgreementCommand command) {
        List<AgreementFile> yearFiles = new ArrayList<>();
        for (AgreementId year : years) {
            AgreementFile yearFile = year.equals(last.agreement().id()) ? last : files.load(year);
            yearFile.agreement().requireSettleable();
            yearFiles.add(yearFile);
        }
        PeriodSettlement settled = PeriodSettlement.settle(yearFiles.stream().map(AgreementFile::account).toList(),
                command.realExpenses(), last.agreement().keepUnspentClause());
        String settledBy = currentUser.currentUser();
        for (int i = 0; i < yearFiles.size(); i++) {
            yearFiles.get(i).agreement().markSettled(settled.years().get(i), command.settledOn(), settledBy);
        }
        Versioned<Agreement> saved = null;
        for (AgreementFile yearFile : yearFiles) {
            Versioned<Agreement> version = files.save(yearFile);
            if (yearFile == last) {
                saved = version;
            }
        }
        return new SettleAgreementResult(Objects.requireNonNull(saved).version(), settled.period());
    }
}
