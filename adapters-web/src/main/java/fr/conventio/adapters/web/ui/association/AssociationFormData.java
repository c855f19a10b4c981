package fr.conventio.adapters.web.ui.association;

import fr.conventio.application.association.AssociationData;
import fr.conventio.application.association.AssociationDetails;
import fr.conventio.domain.party.Civility;
import fr.conventio.domain.party.FiscalYear;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.party.RnaNumber;
import fr.conventio.domain.party.EmailAddress;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.Amount;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * What the association form holds while staff type (never bound to persistence): texts for the
 * address and the representative, value objects for what the converters already checked. {@link #toData()}
 * builds the command's {@link AssociationData}; the domain refuses what is wrong (postal code, day of the
 * fiscal year...) with an {@code InvalidValueException} naming the field.
 */
public final class AssociationFormData {

    private String name = "";
    private String addressLine = "";
    private String addressComplement = "";
    private String postalCode = "";
    private String city = "";
    private Civility civility;
    private String representativeName = "";
    private String representativeFunction = "";
    private Siret siret;
    private RnaNumber rna;
    private Month fiscalYearMonth = Month.JANUARY;
    private Integer fiscalYearDay = 1;
    private Amount annualBudget;
    private LocalDate republicanCommitmentDate;
    private EmailAddress contactEmail;

    public static AssociationFormData empty() {
        return new AssociationFormData();
    }

    public static AssociationFormData of(AssociationDetails details) {
        AssociationFormData data = new AssociationFormData();
        data.name = details.name();
        List<String> lines = details.registeredAddress().lines();
        data.addressLine = lines.getFirst();
        data.addressComplement = String.join(", ", lines.subList(1, lines.size()));
        data.postalCode = details.registeredAddress().postalCode();
        data.city = details.registeredAddress().city();
        data.civility = details.representative().civility();
        data.representativeName = details.representative().name();
        data.representativeFunction = details.representative().function();
        data.siret = details.siret();
        data.rna = details.rna();
        data.fiscalYearMonth = details.fiscalYear().firstDay().getMonth();
        data.fiscalYearDay = details.fiscalYear().firstDay().getDayOfMonth();
        data.annualBudget = details.annualBudget();
        data.republicanCommitmentDate = details.republicanCommitmentDate();
        data.contactEmail = details.contactEmail();
        return data;
    }

    /** The association as the use cases take it; throws the domain's refusal when a value is wrong. */
    public AssociationData toData() {
        List<String> lines = new ArrayList<>();
        lines.add(addressLine);
        if (addressComplement != null && !addressComplement.isBlank()) {
            lines.add(addressComplement);
        }
        PostalAddress address = new PostalAddress(lines, postalCode, city);
        Representative representative = Representative.of(civility, representativeName, representativeFunction);
        FiscalYear fiscalYear = FiscalYear.starting(fiscalYearMonth == null ? Month.JANUARY : fiscalYearMonth,
                fiscalYearDay == null ? 1 : fiscalYearDay);
        return new AssociationData(name, address, representative, siret, rna, fiscalYear, annualBudget, republicanCommitmentDate, contactEmail);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public void setAddressLine(String addressLine) {
        this.addressLine = addressLine;
    }

    public String getAddressComplement() {
        return addressComplement;
    }

    public void setAddressComplement(String addressComplement) {
        this.addressComplement = addressComplement;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public Civility getCivility() {
        return civility;
    }

    public void setCivility(Civility civility) {
        this.civility = civility;
    }

    public String getRepresentativeName() {
        return representativeName;
    }

    public void setRepresentativeName(String representativeName) {
        this.representativeName = representativeName;
    }

    public String getRepresentativeFunction() {
        return representativeFunction;
    }

    public void setRepresentativeFunction(String representativeFunction) {
        this.representativeFunction = representativeFunction;
    }

    public Siret getSiret() {
        return siret;
    }

    public void setSiret(Siret siret) {
        this.siret = siret;
    }

    public RnaNumber getRna() {
        return rna;
    }

    public void setRna(RnaNumber rna) {
        this.rna = rna;
    }

    public Month getFiscalYearMonth() {
        return fiscalYearMonth;
    }

    public void setFiscalYearMonth(Month fiscalYearMonth) {
        this.fiscalYearMonth = fiscalYearMonth;
    }

    public Integer getFiscalYearDay() {
        return fiscalYearDay;
    }

    public void setFiscalYearDay(Integer fiscalYearDay) {
        this.fiscalYearDay = fiscalYearDay;
    }

    public Amount getAnnualBudget() {
        return annualBudget;
    }

    public void setAnnualBudget(Amount annualBudget) {
        this.annualBudget = annualBudget;
    }

    public LocalDate getRepublicanCommitmentDate() {
        return republicanCommitmentDate;
    }

    public void setRepublicanCommitmentDate(LocalDate republicanCommitmentDate) {
        this.republicanCommitmentDate = republicanCommitmentDate;
    }

    public EmailAddress getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(EmailAddress contactEmail) {
        this.contactEmail = contactEmail;
    }
}
