package fr.conventio.application.agreementfile;

import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementRequirement;
import fr.conventio.domain.agreement.AgreementThreshold;
import fr.conventio.domain.agreement.AnnualSubsidies;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationSchedule;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.shared.AgreementId;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * O4 across the agreements of a year: what this funder grants the association for the agreement's budget year
 * ({@link AnnualSubsidies}: every other agreement of the year once signed, for the subsidy in force its file's
 * account computes), and, when a signature or an amendment raises that total above the threshold, the certified
 * accounts added to every other signed agreement of the year that lacks them, each saved through
 * {@link AgreementFiles#save} with the reason of the addition. Not a use case: it runs inside the signing or
 * amending use case's transaction.
 */
public final class AnnualSubsidiesReview {

    private final AgreementFiles files;
    private final AgreementRepository agreements;

    public AnnualSubsidiesReview(AgreementFiles files, AgreementRepository agreements) {
        this.files = Objects.requireNonNull(files);
        this.agreements = Objects.requireNonNull(agreements);
    }

    /** The association's other agreements of {@code agreement}'s year that count, each for its subsidy in force. */
    public AnnualSubsidies othersOf(Agreement agreement) {
        AnnualSubsidies granted = AnnualSubsidies.none(agreement.associationId(), agreement.budgetYear());
        for (AgreementFile other : otherFiles(agreement)) {
            granted = granted.with(other.agreement().id(), other.account().subsidyInForce());
        }
        return granted;
    }

    /**
     * D3 on the annual total: whether {@code agreement}'s subsidy needs an agreement once added to what the funder
     * already grants the association that year by its other signed agreements, with the explanation.
     */
    public AgreementRequirement requirementOf(Agreement agreement) {
        return AgreementThreshold.requirementFor(agreement.subsidy().votedAmount(), othersOf(agreement));
    }

    /**
     * Once {@code changed} (amended, not yet saved) counts in the year's total for its new subsidy in force: the
     * certified accounts added to its own file when the total triggers O4 and it lacks them. Whether it gained them.
     */
    public boolean addCertifiedAccountsToItself(AgreementFile changed, Association association) {
        return addTo(changed, annualTotal(changed, otherFiles(changed.agreement())), association);
    }

    /**
     * Once {@code changed} (signed or amended) is saved: the certified accounts added to every other signed agreement
     * of its year that lacks them when the year's total triggers O4, each file saved. Returns the agreements that
     * gained the obligation.
     */
    public List<AgreementId> addCertifiedAccountsToOthers(AgreementFile changed, Association association) {
        List<AgreementFile> others = otherFiles(changed.agreement());
        AnnualSubsidies annual = annualTotal(changed, others);
        List<AgreementId> gained = new ArrayList<>();
        for (AgreementFile other : others) {
            if (addTo(other, annual, association)) {
                files.save(other);
                gained.add(other.agreement().id());
            }
        }
        return gained;
    }

    private static AnnualSubsidies annualTotal(AgreementFile changed, List<AgreementFile> others) {
        Agreement agreement = changed.agreement();
        AnnualSubsidies annual = AnnualSubsidies.none(agreement.associationId(), agreement.budgetYear());
        for (AgreementFile other : others) {
            annual = annual.with(other.agreement().id(), other.account().subsidyInForce());
        }
        return annual.with(agreement.id(), changed.account().subsidyInForce());
    }

    private static boolean addTo(AgreementFile file, AnnualSubsidies annual, Association association) {
        if (file.obligations().isEmpty()) {
            return false;
        }
        List<ObligationType> planned = file.obligations().stream().map(v -> v.value().type()).toList();
        Optional<Obligation> added = ObligationSchedule.certifiedAccountsToAdd(file.agreement().id(),
                association.fiscalYear().closingDateOfYearContainingEndOf(file.agreement().budgetYear()), annual,
                association.annualBudget(), planned);
        added.ifPresent(o -> file.addObligations(List.of(o)));
        return added.isPresent();
    }

    private List<AgreementFile> otherFiles(Agreement agreement) {
        return agreements.findIdsByAssociationAndBudgetYear(agreement.associationId(), agreement.budgetYear()).stream()
                .filter(id -> !id.equals(agreement.id()))
                .map(files::load)
                .filter(file -> AnnualSubsidies.counts(file.agreement().status()))
                .toList();
    }
}
