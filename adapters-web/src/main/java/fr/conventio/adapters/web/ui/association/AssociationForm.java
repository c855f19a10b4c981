package fr.conventio.adapters.web.ui.association;

import fr.conventio.adapters.web.ui.common.AmountField;
import fr.conventio.adapters.web.ui.common.DomainConverters;
import fr.conventio.adapters.web.ui.common.FrenchDatePickers;
import fr.conventio.adapters.web.ui.common.Notifications;
import fr.conventio.application.association.AssociationData;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.domain.party.Civility;
import fr.conventio.domain.party.EmailAddress;
import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.adapters.web.ui.common.TextInputs;
import fr.conventio.domain.shared.TextLimits;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The association's record (P2) as staff type it: name, registered address, representative, SIRET
 * (check digit), RNA, first day of the fiscal year, total annual budget, date of the republican
 * commitment (N2), contact e-mail (where reminders go). Bound to an {@link AssociationFormData}; conversion errors and the domain's refusals
 * show on the field concerned, and nothing typed is lost.
 */
public class AssociationForm extends Composite<FormLayout> {

    /** A SIRET or RNA number as people type it, spaces included ("999 999 998 00019"). */
    static final int IDENTIFIER_AS_TYPED = 20;
    /** An amount as typed ("1 040 335,00"). */
    static final int AMOUNT_AS_TYPED = 20;

    final TextField name = new TextField();
    final TextField addressLine = new TextField();
    final TextField addressComplement = new TextField();
    final TextField postalCode = new TextField();
    final TextField city = new TextField();
    final Select<Civility> civility = new Select<>();
    final TextField representativeName = new TextField();
    final TextField representativeFunction = new TextField();
    final TextField siret = new TextField();
    final TextField rna = new TextField();
    final Select<Month> fiscalYearMonth = new Select<>();
    final IntegerField fiscalYearDay = new IntegerField();
    final AmountField annualBudget = new AmountField("");
    final DatePicker republicanCommitmentDate = new DatePicker();
    final TextField contactEmail = new TextField();

    private final Binder<AssociationFormData> binder = new Binder<>();
    private final AssociationFormData bean;
    private final Map<String, HasValidation> fieldsByDomainName = new LinkedHashMap<>();

    public AssociationForm(AssociationFormData initial) {
        this.bean = initial;
        FormLayout layout = getContent();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));

        name.setId("association-name");
        addressLine.setId("association-address");
        postalCode.setId("association-postal-code");
        postalCode.setMaxLength(5);
        city.setId("association-city");
        civility.setItems(Civility.values());
        civility.setItemLabelGenerator(c -> c == null ? getTranslation("association.field.civility.none") : c.label());
        civility.setEmptySelectionAllowed(true);
        civility.setEmptySelectionCaption(getTranslation("association.field.civility.none"));
        representativeName.setId("association-representative-name");
        representativeFunction.setId("association-representative-function");
        siret.setId("association-siret");
        siret.setHelperText(getTranslation("association.field.siret.help"));
        rna.setId("association-rna");
        rna.setHelperText(getTranslation("association.field.rna.help"));
        fiscalYearMonth.setItems(Month.values());
        fiscalYearMonth.setItemLabelGenerator(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, Locale.FRENCH));
        fiscalYearDay.setMin(1);
        fiscalYearDay.setMax(31);
        fiscalYearDay.setStepButtonsVisible(true);
        annualBudget.setId("association-annual-budget");
        annualBudget.setHelperText(getTranslation("association.field.amount.help"));
        republicanCommitmentDate.setI18n(FrenchDatePickers.i18n());
        republicanCommitmentDate.setHelperText(getTranslation("association.field.republicanCommitment.help"));

        contactEmail.setId("association-contact-email");
        contactEmail.setHelperText(getTranslation("association.field.contactEmail.help"));
        label(contactEmail, "association.field.contactEmail");
        TextInputs.limit(contactEmail, EmailAddress.MAX_LENGTH);
        label(name, "association.field.name");
        label(addressLine, "association.field.address");
        label(addressComplement, "association.field.addressComplement");
        label(postalCode, "association.field.postalCode");
        label(city, "association.field.city");
        civility.setLabel(getTranslation("association.field.civility"));
        label(representativeName, "association.field.representativeName");
        label(representativeFunction, "association.field.representativeFunction");
        label(siret, "association.field.siret");
        label(rna, "association.field.rna");
        fiscalYearMonth.setLabel(getTranslation("association.field.fiscalYearMonth"));
        fiscalYearDay.setLabel(getTranslation("association.field.fiscalYearDay"));
        label(annualBudget, "association.field.annualBudget");
        republicanCommitmentDate.setLabel(getTranslation("association.field.republicanCommitment"));
        TextInputs.limit(name, TextLimits.NAME);
        TextInputs.limit(addressLine, TextLimits.ADDRESS_LINE);
        TextInputs.limit(addressComplement, TextLimits.ADDRESS_LINE);
        TextInputs.limit(city, TextLimits.CITY);
        TextInputs.limit(representativeName, TextLimits.NAME);
        TextInputs.limit(representativeFunction, TextLimits.FUNCTION);
        TextInputs.limit(siret, IDENTIFIER_AS_TYPED);
        TextInputs.limit(rna, IDENTIFIER_AS_TYPED);
        TextInputs.limit(annualBudget, AMOUNT_AS_TYPED);

        bind();
        mapDomainFields();
        layout.add(name, 2);
        layout.add(addressLine, addressComplement, postalCode, city, civility, representativeName, representativeFunction,
                siret, rna, fiscalYearMonth, fiscalYearDay, annualBudget, republicanCommitmentDate, contactEmail);
        binder.readBean(bean);
    }

    private void label(TextField field, String key) {
        field.setLabel(getTranslation(key));
    }

    private String required(String labelKey) {
        return getTranslation("association.field.required", getTranslation(labelKey));
    }

    private void bind() {
        binder.forField(name).asRequired(required("association.field.name"))
                .bind(AssociationFormData::getName, AssociationFormData::setName);
        binder.forField(addressLine).asRequired(required("association.field.address"))
                .bind(AssociationFormData::getAddressLine, AssociationFormData::setAddressLine);
        binder.forField(addressComplement).bind(AssociationFormData::getAddressComplement, AssociationFormData::setAddressComplement);
        binder.forField(postalCode).asRequired(required("association.field.postalCode"))
                .bind(AssociationFormData::getPostalCode, AssociationFormData::setPostalCode);
        binder.forField(city).asRequired(required("association.field.city"))
                .bind(AssociationFormData::getCity, AssociationFormData::setCity);
        binder.forField(civility).bind(AssociationFormData::getCivility, AssociationFormData::setCivility);
        binder.forField(representativeName).asRequired(required("association.field.representativeName"))
                .bind(AssociationFormData::getRepresentativeName, AssociationFormData::setRepresentativeName);
        binder.forField(representativeFunction).asRequired(required("association.field.representativeFunction"))
                .bind(AssociationFormData::getRepresentativeFunction, AssociationFormData::setRepresentativeFunction);
        binder.forField(siret).withConverter(DomainConverters.siret(getTranslation("association.field.siret")))
                .bind(AssociationFormData::getSiret, AssociationFormData::setSiret);
        binder.forField(rna).withConverter(DomainConverters.rna(getTranslation("association.field.rna")))
                .bind(AssociationFormData::getRna, AssociationFormData::setRna);
        binder.forField(fiscalYearMonth).asRequired(required("association.field.fiscalYearMonth"))
                .bind(AssociationFormData::getFiscalYearMonth, AssociationFormData::setFiscalYearMonth);
        binder.forField(fiscalYearDay).asRequired(required("association.field.fiscalYearDay"))
                .bind(AssociationFormData::getFiscalYearDay, AssociationFormData::setFiscalYearDay);
        binder.forField(annualBudget).asRequired(required("association.field.annualBudget"))
                .withConverter(annualBudget.converter())
                .bind(AssociationFormData::getAnnualBudget, AssociationFormData::setAnnualBudget);
        binder.forField(republicanCommitmentDate)
                .bind(AssociationFormData::getRepublicanCommitmentDate, AssociationFormData::setRepublicanCommitmentDate);
        binder.forField(contactEmail).withConverter(DomainConverters.email(getTranslation("association.field.contactEmail")))
                .bind(AssociationFormData::getContactEmail, AssociationFormData::setContactEmail);
    }

    /** The names the domain and the commands give to the fields they refuse, mapped to the form's fields. */
    private void mapDomainFields() {
        fieldsByDomainName.put("nom de l'association", name);
        fieldsByDomainName.put("adresse", addressLine);
        fieldsByDomainName.put("adresse (ligne)", addressLine);
        fieldsByDomainName.put("code postal", postalCode);
        fieldsByDomainName.put("ville", city);
        fieldsByDomainName.put("représentant (nom)", representativeName);
        fieldsByDomainName.put("représentant (fonction)", representativeFunction);
        fieldsByDomainName.put("exercice comptable", fiscalYearDay);
        fieldsByDomainName.put("exercice comptable (premier jour)", fiscalYearDay);
        fieldsByDomainName.put("budget annuel total", annualBudget);
        fieldsByDomainName.put("association (budget annuel total)", annualBudget);
        fieldsByDomainName.put("courriel", contactEmail);
    }

    /**
     * Validates what is typed and builds the association; empty when something is wrong, the reason
     * being shown on the field (or in a notification when no field matches).
     */
    public Optional<AssociationData> validatedData() {
        if (!binder.writeBeanIfValid(bean)) {
            return Optional.empty();
        }
        try {
            return Optional.of(bean.toData());
        } catch (DomainException refusal) {
            showRefusal(refusal);
            return Optional.empty();
        }
    }

    /** Shows a refusal on the field it names, or as a notification; returns whether a field took it. */
    public boolean showRefusal(DomainException refusal) {
        String domainField = refusal instanceof InvalidValueException invalid ? invalid.field()
                : refusal instanceof InvalidCommandException invalid ? invalid.field() : null;
        HasValidation field = domainField == null ? null : fieldsByDomainName.get(domainField);
        if (field == null) {
            Notifications.error(refusal);
            return false;
        }
        field.setErrorMessage(DomainConverters.message(((com.vaadin.flow.component.HasLabel) field).getLabel(), refusal));
        field.setInvalid(true);
        return true;
    }
}
