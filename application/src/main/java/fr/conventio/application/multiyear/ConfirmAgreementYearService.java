package fr.conventio.application.multiyear;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.agreementfile.AnnualSubsidiesReview;
import fr.conventio.application.lifecycle.SignAgreementCommand;
import fr.conventio.application.lifecycle.SignAgreementService;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.port.out.BudgetLineRepository;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.port.out.MultiYearPlanRepository;
import fr.conventio.application.port.out.SubmissionKeysPort;
import fr.conventio.application.shared.DuplicateReferenceException;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Saved;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.multiyear.MultiYearPlan;
import fr.conventio.domain.multiyear.PlannedYear;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.RuleViolationException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * D5: confirms the next year of a signed CPO. Everything that can be refused (the year, its order, year 1 signed and
 * in force, the year's budget adopted and each line's envelope, B4; the award's reference free) is decided before the
 * first write. Then the yearly award is created from year 1 (same funder, beneficiary, signatory, representative,
 * object, programme, forecast budget and payment terms; that year's amount and split), approved under year 1's
 * deliberation and signed on the confirmation date exactly as {@link SignAgreementService} signs (its obligations
 * O1–O10, its payment deadline, its commitments), and the plan records the confirmation. One award per submission. A
 * dry run ({@link AgreementFiles#dryRun}) decides every refusal above and stores nothing.
 */
public final class ConfirmAgreementYearService implements ConfirmAgreementYearUseCase {

    private final AgreementFiles files;
    private final AgreementRepository agreements;
    private final BudgetLineRepository budgetLines;
    private final MultiYearPlanRepository plans;
    private final CurrentUserPort currentUser;
    private final SubmissionKeysPort submissionKeys;
    private final SignAgreementService signing;

    public ConfirmAgreementYearService(AgreementFiles files, AgreementRepository agreements, AssociationRepository associations,
                                       BudgetLineRepository budgetLines, MultiYearPlanRepository plans, CurrentUserPort currentUser,
                                       SubmissionKeysPort submissionKeys, AnnualSubsidiesReview annualSubsidies) {
        this.files = Objects.requireNonNull(files);
        this.agreements = Objects.requireNonNull(agreements);
        this.budgetLines = Objects.requireNonNull(budgetLines);
        this.plans = Objects.requireNonNull(plans);
        this.currentUser = Objects.requireNonNull(currentUser);
        this.submissionKeys = Objects.requireNonNull(submissionKeys);
        this.signing = new SignAgreementService(files, associations, annualSubsidies, plans);
    }

    @Override
    public Saved<AgreementId> confirm(ConfirmAgreementYearCommand command) {
        if (files.dryRunning()) {
            return confirmOnce(command); // a check claims no key and writes nothing
        }
        return submissionKeys.once(command.submission(), ConfirmAgreementYearUseCase.class, () -> confirmOnce(command),
                saved -> new SubmissionKeysPort.Result(saved.id().toString(), saved.version()),
                first -> new Saved<>(AgreementId.of(first.id()), first.version()));
    }

    private Saved<AgreementId> confirmOnce(ConfirmAgreementYearCommand command) {
        AgreementFile headFile = files.load(command.headAgreementId());
        Agreement head = headFile.agreement();
        Versioned<MultiYearPlan> stored = plans.findByHead(head.id())
                .orElseThrow(() -> new RuleViolationException(MultiYearPlan.RULE, "la convention " + head.reference()
                        + " n'est pas une convention pluriannuelle"));
        MultiYearPlan plan = stored.value();
        if (head.status() == AgreementStatus.TERMINATED) {
            throw new IllegalTransitionException("convention " + head.reference() + " résiliée : ses exercices suivants ne peuvent plus être confirmés");
        }
        PlannedYear year = plan.year(command.budgetYear()).orElseThrow(() -> new RuleViolationException(MultiYearPlan.RULE,
                "l'exercice " + command.budgetYear() + " n'est pas une année suivante de la convention " + head.reference()));
        List<BudgetLine> lines = new ArrayList<>();
        for (SubsidyAllocation allocation : year.subsidy().split()) {
            lines.add(budgetLines.findById(allocation.budgetLineId()).map(Versioned::value)
                    .orElseThrow(() -> new NotFoundException("Ligne budgétaire", allocation.budgetLineId())));
        }
        boolean adopted = lines.stream().allMatch(l -> l.budgetAdopted(command.budgetYear()));
        AgreementId awardId = AgreementId.newId();
        LocalDate headSigned = head.signatureDate().orElse(null);
        plan.confirm(command.budgetYear(), command.confirmedOn(), command.kind(), awardId, headSigned, adopted);
        for (SubsidyAllocation allocation : year.subsidy().split()) {
            BudgetLine line = lines.stream().filter(l -> l.id().equals(allocation.budgetLineId())).findFirst().orElseThrow();
            if (allocation.amount().isGreaterThan(line.remaining(command.budgetYear()))) {
                throw new RuleViolationException("B4", "la ligne budgétaire « " + line.label() + " » n'a plus que "
                        + FrenchFormat.amount(line.remaining(command.budgetYear())) + " disponibles en " + command.budgetYear()
                        + " : l'exercice ne peut être confirmé pour " + FrenchFormat.amount(allocation.amount()));
            }
        }
        AgreementReference reference = MultiYearPlan.awardReference(head.reference(), year.rank());
        agreements.findSameReference(reference).ifPresent(other -> {
            throw new DuplicateReferenceException(reference, other);
        });
        Agreement award = Agreement.create(awardId, reference, head.funderId(), head.associationId(), head.signatory(),
                head.representative(), command.budgetYear(), head.object(), head.programme(), head.forecastBudget(),
                year.subsidy(), head.paymentTerms(), currentUser.currentUser());
        award.approve(head.deliberation().orElseThrow());
        if (files.dryRunning()) {
            return new Saved<>(awardId, 0);
        }
        Versioned<Agreement> created = files.create(award);
        plans.save(new Versioned<>(plan, stored.version())); // before signing: the award's obligations depend on its place in the plan (D5)
        var signed = signing.sign(new SignAgreementCommand(awardId, created.version(), command.confirmedOn()));
        return new Saved<>(awardId, signed.version());
    }
}
