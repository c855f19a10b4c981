package fr.conventio.domain.party;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.TextLimits;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The beneficiary association (P2): name, registered address, representative, identifiers
 * (SIRET optional but checked when given, RNA optional), fiscal year, total annual budget (used
 * by rule O4) and, from 2022, the date it committed to the contrat d'engagement républicain (N2).
 */
public final class Association {

    private final AssociationId id;
    private String name;
    private PostalAddress registeredAddress;
    private Representative representative;
    private Siret siret;
    private RnaNumber rna;
    private FiscalYear fiscalYear;
    private Amount annualBudget;
    private LocalDate republicanCommitmentDate;
    private EmailAddress contactEmail;

    private Association(AssociationId id, String name, PostalAddress registeredAddress, Representative representative,
                        Siret siret, RnaNumber rna, FiscalYear fiscalYear, Amount annualBudget, LocalDate republicanCommitmentDate) {
        this.id = Checks.require("association (identifiant)", id);
        this.name = Checks.requireText("association (nom)", name, TextLimits.NAME);
        this.registeredAddress = Checks.require("association (adresse du siège)", registeredAddress);
        this.representative = Checks.require("association (représentant)", representative);
        this.siret = siret;
        this.rna = rna;
        this.fiscalYear = Checks.require("association (exercice comptable)", fiscalYear);
        this.annualBudget = requirePositiveBudget(annualBudget);
        this.republicanCommitmentDate = republicanCommitmentDate;
    }

    /**
     * A new association. {@code siret} and {@code rna} may be {@code null} (unknown yet); when given
     * they are already checked value objects.
     */
    public static Association create(AssociationId id, String name, PostalAddress registeredAddress, Representative representative,
                                     Siret siret, RnaNumber rna, FiscalYear fiscalYear, Amount annualBudget) {
        return new Association(id, name, registeredAddress, representative, siret, rna, fiscalYear, annualBudget, null);
    }

    /**
     * Rebuilds an association from storage with every field as saved ({@code siret}, {@code rna}
     * and {@code republicanCommitmentDate} may be {@code null}); the invariants of {@link #create} apply.
     */
    public static Association rehydrate(AssociationId id, String name, PostalAddress registeredAddress, Representative representative,
                                        Siret siret, RnaNumber rna, FiscalYear fiscalYear, Amount annualBudget,
                                        LocalDate republicanCommitmentDate) {
        return new Association(id, name, registeredAddress, representative, siret, rna, fiscalYear, annualBudget, republicanCommitmentDate);
    }

    /** As {@link #rehydrate(AssociationId, String, PostalAddress, Representative, Siret, RnaNumber, FiscalYear, Amount, LocalDate)}, with the contact e-mail ({@code null}: none). */
    public static Association rehydrate(AssociationId id, String name, PostalAddress registeredAddress, Representative representative,
                                        Siret siret, RnaNumber rna, FiscalYear fiscalYear, Amount annualBudget,
                                        LocalDate republicanCommitmentDate, EmailAddress contactEmail) {
        Association association = rehydrate(id, name, registeredAddress, representative, siret, rna, fiscalYear, annualBudget,
                republicanCommitmentDate);
        association.contactEmail = contactEmail;
        return association;
    }

    private static Amount requirePositiveBudget(Amount budget) {
        Checks.require("association (budget annuel total)", budget);
        if (budget.isZero()) {
            throw new InvalidValueException("association (budget annuel total)", "le budget annuel total doit être strictement positif");
        }
        return budget;
    }

    public void rename(String newName) {
        this.name = Checks.requireText("association (nom)", newName, TextLimits.NAME);
    }

    public void moveTo(PostalAddress newAddress) {
        this.registeredAddress = Checks.require("association (adresse du siège)", newAddress);
    }

    public void changeRepresentative(Representative newRepresentative) {
        this.representative = Checks.require("association (représentant)", newRepresentative);
    }

    public void registerSiret(Siret newSiret) {
        this.siret = Checks.require("association (SIRET)", newSiret);
    }

    public void registerRna(RnaNumber newRna) {
        this.rna = Checks.require("association (RNA)", newRna);
    }

    public void changeFiscalYear(FiscalYear newFiscalYear) {
        this.fiscalYear = Checks.require("association (exercice comptable)", newFiscalYear);
    }

    /** Records the association's total annual budget (all resources), used by rule O4. */
    public void declareAnnualBudget(Amount newBudget) {
        this.annualBudget = requirePositiveBudget(newBudget);
    }

    /** Records the date the association committed to the contrat d'engagement républicain (N2). */
    public void recordRepublicanCommitment(LocalDate date) {
        this.republicanCommitmentDate = Checks.require("association (date d'engagement républicain)", date);
    }

    /** Sets or clears ({@code null}) the address the reminders about its obligations are sent to. */
    public void changeContactEmail(EmailAddress newContactEmail) {
        this.contactEmail = newContactEmail;
    }

    /** Where reminders go; none recorded, no reminder is sent. */
    public Optional<EmailAddress> contactEmail() {
        return Optional.ofNullable(contactEmail);
    }

    /**
     * Refuses to delete an association that an agreement refers to, whatever that agreement's state (issue 9):
     * {@code agreementsReferencing} is how many agreements name it as their beneficiary.
     */
    public void requireDeletable(long agreementsReferencing) {
        if (agreementsReferencing < 0) {
            throw new IllegalArgumentException("nombre de conventions négatif : " + agreementsReferencing);
        }
        if (agreementsReferencing > 0) {
            throw new DomainException("Cette association a des conventions : elle ne peut pas être supprimée.");
        }
    }

    public AssociationId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public PostalAddress registeredAddress() {
        return registeredAddress;
    }

    public Representative representative() {
        return representative;
    }

    public Optional<Siret> siret() {
        return Optional.ofNullable(siret);
    }

    /** The SIREN, derived from the SIRET when known. */
    public Optional<Siren> siren() {
        return siret().map(Siret::siren);
    }

    public Optional<RnaNumber> rna() {
        return Optional.ofNullable(rna);
    }

    public FiscalYear fiscalYear() {
        return fiscalYear;
    }

    public Amount annualBudget() {
        return annualBudget;
    }

    public Optional<LocalDate> republicanCommitmentDate() {
        return Optional.ofNullable(republicanCommitmentDate);
    }
}
