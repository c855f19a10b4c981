package fr.conventio.domain.party;

import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.shared.FunderId;
import fr.conventio.domain.shared.RuleViolationException;
import fr.conventio.domain.shared.TextLimits;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A budget line of the funder (B3, B4), e.g. "CT1 — Budget Principal Métropolitain", with a
 * yearly envelope (crédits) and the commitments made on it, per agreement. Committing consumes
 * the envelope and is refused beyond what is left (B4), or while the funder's budget for that
 * year is not adopted (the subsidy is conditional on that adoption, Art. 4.2).
 */
public final class BudgetLine {

    public static final String RULE = "B4";

    private final BudgetLineId id;
    private final FunderId funderId;
    private String code;
    private String label;
    private final SortedMap<BudgetYear, Amount> envelopes;
    private final SortedSet<BudgetYear> adoptedYears;
    private final SortedMap<BudgetYear, Map<AgreementId, Amount>> commitments;

    private BudgetLine(BudgetLineId id, FunderId funderId, String code, String label) {
        this.id = Checks.require("ligne budgétaire (identifiant)", id);
        this.funderId = Checks.require("ligne budgétaire (financeur)", funderId);
        this.code = Checks.requireText("ligne budgétaire (code)", code, TextLimits.CODE);
        this.label = Checks.requireText("ligne budgétaire (libellé)", label, TextLimits.LABEL);
        this.envelopes = new TreeMap<>();
        this.adoptedYears = new TreeSet<>();
        this.commitments = new TreeMap<>();
    }

    /** A new budget line with no envelope yet. */
    public static BudgetLine create(BudgetLineId id, FunderId funderId, String code, String label) {
        return new BudgetLine(id, funderId, code, label);
    }

    /**
     * Rebuilds a budget line from storage: its envelopes per year, the years whose budget is
     * adopted and every commitment. Refused if the stored commitments exceed an envelope or name
     * the same (year, agreement) twice.
     */
    public static BudgetLine rehydrate(BudgetLineId id, FunderId funderId, String code, String label,
                                       Map<BudgetYear, Amount> envelopes, Set<BudgetYear> adoptedYears,
                                       Collection<BudgetCommitment> commitments) {
        BudgetLine line = new BudgetLine(id, funderId, code, label);
        envelopes.forEach((year, amount) -> line.envelopes.put(Checks.require("enveloppe (exercice)", year),
                Checks.require("enveloppe (montant)", amount)));
        line.adoptedYears.addAll(adoptedYears);
        for (BudgetCommitment c : commitments) {
            Map<AgreementId, Amount> ofYear = line.commitments.computeIfAbsent(c.year(), y -> new LinkedHashMap<>());
            if (ofYear.putIfAbsent(c.agreementId(), c.amount()) != null) {
                throw new DomainException("ligne " + line.code + " : une même convention y est engagée deux fois en " + c.year());
            }
        }
        for (BudgetYear year : line.commitments.keySet()) {
            if (line.committed(year).isGreaterThan(line.envelope(year))) {
                throw new RuleViolationException(RULE, "ligne " + line.code + " : engagements " + line.committed(year)
                        + " supérieurs à l'enveloppe " + line.envelope(year) + " en " + year);
            }
        }
        return line;
    }

    public void rename(String newCode, String newLabel) {
        String checkedCode = Checks.requireText("ligne budgétaire (code)", newCode, TextLimits.CODE);
        this.label = Checks.requireText("ligne budgétaire (libellé)", newLabel, TextLimits.LABEL);
        this.code = checkedCode;
    }

    /** Sets the envelope (crédits ouverts) of a year; it can never go below what is already committed (B4). */
    public void setEnvelope(BudgetYear year, Amount amount) {
        Checks.require("enveloppe (exercice)", year);
        Checks.require("enveloppe (montant)", amount);
        Amount committed = committed(year);
        if (amount.isLessThan(committed)) {
            throw new RuleViolationException(RULE, "ligne " + describe() + " : l'enveloppe " + year + " ne peut pas être ramenée à "
                    + amount + ", inférieure au montant déjà engagé de " + committed);
        }
        envelopes.put(year, amount);
    }

    /** Records that the funder's budget for {@code year} is adopted: commitments become possible (Art. 4.2). */
    public void markBudgetAdopted(BudgetYear year) {
        adoptedYears.add(Checks.require("exercice", year));
    }

    /** Whether the funder's budget for {@code year} is adopted. */
    public boolean budgetAdopted(BudgetYear year) {
        return adoptedYears.contains(year);
    }

    /**
     * Commits {@code amount} of the year's envelope to an agreement (B4). If the agreement already
     * has a commitment on this line that year, it is replaced by {@code amount} (e.g. after an
     * amendment), the old amount being available again for the check. Refused when the year's
     * budget is not adopted or when the amount exceeds what is left; nothing changes then.
     */
    public void commit(BudgetYear year, AgreementId agreementId, Amount amount) {
        BudgetCommitment commitment = new BudgetCommitment(year, agreementId, amount);
        if (!budgetAdopted(year)) {
            throw new RuleViolationException(RULE, "ligne " + describe() + " : le budget " + year
                    + " du financeur n'est pas encore adopté, aucun engagement n'est possible sur cet exercice");
        }
        Amount previous = committedFor(year, agreementId).orElse(Amount.ZERO);
        Amount available = remaining(year).plus(previous);
        if (amount.isGreaterThan(available)) {
            throw new RuleViolationException(RULE, "ligne " + describe() + " : engagement de " + amount + " refusé pour "
                    + year + ", il dépasse le disponible (enveloppe " + envelope(year) + ", déjà engagé " + committed(year)
                    + ", reste " + remaining(year) + ")");
        }
        commitments.computeIfAbsent(year, y -> new LinkedHashMap<>()).put(agreementId, commitment.amount());
    }

    /**
     * Brings the agreement's commitment of that year to {@code target}, the line's commitment as the
     * agreement's account computes it (B4): a raise is a {@link #commit} (refused while the year's budget is
     * not adopted or beyond what is left), a cut gives the difference back to the envelope at any time,
     * zero releases the commitment. Returns whether anything changed.
     */
    public boolean adjustCommitment(BudgetYear year, AgreementId agreementId, Amount target) {
        Checks.require("engagement (exercice)", year);
        Checks.require("engagement (convention)", agreementId);
        Checks.require("engagement (montant)", target);
        Amount current = committedFor(year, agreementId).orElse(Amount.ZERO);
        if (current.equals(target)) {
            return false;
        }
        if (target.isGreaterThan(current)) {
            commit(year, agreementId, target);
        } else if (target.isZero()) {
            release(year, agreementId);
        } else {
            commitments.get(year).put(agreementId, target);
        }
        return true;
    }

    /** Releases the agreement's commitment of that year (e.g. agreement abandoned) and returns the amount freed. */
    public Amount release(BudgetYear year, AgreementId agreementId) {
        Map<AgreementId, Amount> ofYear = commitments.get(year);
        if (ofYear == null || !ofYear.containsKey(agreementId)) {
            throw new DomainException("ligne " + describe() + " : cette convention n'y a aucun engagement en " + year);
        }
        Amount released = ofYear.remove(agreementId);
        if (ofYear.isEmpty()) {
            commitments.remove(year);
        }
        return released;
    }

    /** The envelope of the year (zero when none was set). */
    public Amount envelope(BudgetYear year) {
        return envelopes.getOrDefault(year, Amount.ZERO);
    }

    /** What is committed on the year, all agreements together. */
    public Amount committed(BudgetYear year) {
        return Amount.sum(commitments.getOrDefault(year, Map.of()).values());
    }

    /** What is left to commit on the year: envelope − committed. */
    public Amount remaining(BudgetYear year) {
        return envelope(year).minus(committed(year));
    }

    public Optional<Amount> committedFor(BudgetYear year, AgreementId agreementId) {
        return Optional.ofNullable(commitments.getOrDefault(year, Map.of()).get(agreementId));
    }

    /** Every commitment, by year then in the order made. */
    public List<BudgetCommitment> commitments() {
        List<BudgetCommitment> all = new ArrayList<>();
        commitments.forEach((year, ofYear) -> ofYear.forEach((agreement, amount) -> all.add(new BudgetCommitment(year, agreement, amount))));
        return List.copyOf(all);
    }

    public Map<BudgetYear, Amount> envelopes() {
        return Map.copyOf(envelopes);
    }

    public Set<BudgetYear> adoptedYears() {
        return Set.copyOf(adoptedYears);
    }

    private String describe() {
        return code + " « " + label + " »";
    }

    public BudgetLineId id() {
        return id;
    }

    public FunderId funderId() {
        return funderId;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
