package fr.conventio.adapters.web.ui.draft;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import fr.conventio.adapters.web.ui.common.Notifications;
import fr.conventio.application.port.in.AssociationData;
import fr.conventio.application.port.in.RegisterAssociationCommand;
import fr.conventio.application.port.in.RegisterAssociationUseCase;
import fr.conventio.domain.party.Civility;
import fr.conventio.domain.party.FiscalYear;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.party.RnaNumber;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.InvalidValueException;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Registers a new association from the parties step (P2): name, registered address, representative,
 * SIRET (check digit verified by the domain's {@link Siret}), RNA ("W" + 9 digits), first day of the
 * fiscal year, total annual budget. On success the new association is handed to {@code onRegistered}
 * and the dialog closes; on refusal it stays open with everything typed.
 */
final class AssociationDialog extends Dialog {

    private final Binder<FormData> binder = new Binder<>();
    private final FormData data = new FormData();
    final TextField name = new TextField();
    final TextField addressLine = new TextField();
    final TextField postalCode = new TextField();
    final TextField city = new TextField();
    final Select<Civility> civility = new Select<>();
    final TextField representativeName = new TextField();
    final TextField representativeFunction = new TextField();
    final TextField siret = new TextField();
    final TextField rna = new TextField();
    final Select<Month> fiscalMonth = new Select<>();
    final IntegerField fiscalDay = new IntegerField();
    final BigDecimalField annualBudget = new BigDecimalField();
    final Button register = new Button();

    AssociationDialog(RegisterAssociationUseCase registerAssociation, Consumer<AssociationChoice> onRegistered) {
        setHeaderTitle(getTranslation("draft.association.title"));
        setModal(true);
        setCloseOnOutsideClick(false);

        name.setLabel(getTranslation("draft.association.name"));
        name.setId("association-name");
        addressLine.setLabel(getTranslation("draft.association.address"));
        postalCode.setLabel(getTranslation("draft.association.postalCode"));
        postalCode.setMaxLength(5);
        city.setLabel(getTranslation("draft.association.city"));
        civility.setLabel(getTranslation("draft.association.civility"));
        civility.setItems(Civility.values());
        civility.setItemLabelGenerator(c -> c == null ? getTranslation("draft.association.civility.none") : c.label());
        civility.setEmptySelectionAllowed(true);
        civility.setEmptySelectionCaption(getTranslation("draft.association.civility.none"));
        representativeName.setLabel(getTranslation("draft.association.representativeName"));
        representativeFunction.setLabel(getTranslation("draft.association.representativeFunction"));
        representativeFunction.setPlaceholder("Président");
        siret.setLabel(getTranslation("draft.association.siret"));
        siret.setId("association-siret");
        siret.setHelperText(getTranslation("draft.association.siret.help"));
        rna.setLabel(getTranslation("draft.association.rna"));
        rna.setId("association-rna");
        rna.setHelperText(getTranslation("draft.association.rna.help"));
        fiscalMonth.setLabel(getTranslation("draft.association.fiscalMonth"));
        fiscalMonth.setItems(Month.values());
        fiscalMonth.setItemLabelGenerator(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, Locale.FRANCE));
        fiscalDay.setLabel(getTranslation("draft.association.fiscalDay"));
        fiscalDay.setMin(1);
        fiscalDay.setMax(31);
        annualBudget.setLabel(getTranslation("draft.association.annualBudget"));
        annualBudget.setId("association-budget");
        annualBudget.setSuffixComponent(new Span("€"));
        annualBudget.addThemeName("align-right");

        String req = "draft.error.required";
        binder.forField(name).asRequired(getTranslation(req, name.getLabel())).bind(FormData::getName, FormData::setName);
        binder.forField(addressLine).asRequired(getTranslation(req, addressLine.getLabel()))
                .bind(FormData::getAddressLine, FormData::setAddressLine);
        binder.forField(postalCode).asRequired(getTranslation(req, postalCode.getLabel()))
                .withValidator(WizardStep.domainCheck(postalCode.getLabel(), code -> PostalAddress.of("-", code, "-")))
                .bind(FormData::getPostalCode, FormData::setPostalCode);
        binder.forField(city).asRequired(getTranslation(req, city.getLabel())).bind(FormData::getCity, FormData::setCity);
        binder.forField(civility).bind(FormData::getCivility, FormData::setCivility);
        binder.forField(representativeName).asRequired(getTranslation(req, representativeName.getLabel()))
                .bind(FormData::getRepresentativeName, FormData::setRepresentativeName);
        binder.forField(representativeFunction).asRequired(getTranslation(req, representativeFunction.getLabel()))
                .bind(FormData::getRepresentativeFunction, FormData::setRepresentativeFunction);
        binder.forField(siret).withConverter(ValueConverters.siret(siret.getLabel())).bind(FormData::getSiret, FormData::setSiret);
        binder.forField(rna).withConverter(ValueConverters.rna(rna.getLabel())).bind(FormData::getRna, FormData::setRna);
        binder.forField(fiscalMonth).asRequired(getTranslation(req, fiscalMonth.getLabel()))
                .bind(FormData::getFiscalMonth, FormData::setFiscalMonth);
        binder.forField(fiscalDay).asRequired(getTranslation(req, fiscalDay.getLabel()))
                .bind(FormData::getFiscalDay, FormData::setFiscalDay);
        binder.forField(annualBudget).asRequired(getTranslation(req, annualBudget.getLabel()))
                .withConverter(ValueConverters.amount(annualBudget.getLabel()))
                .bind(FormData::getAnnualBudget, FormData::setAnnualBudget);
        binder.setBean(data);

        FormLayout form = new FormLayout(name, addressLine, postalCode, city, civility, representativeName, representativeFunction,
                siret, rna, fiscalMonth, fiscalDay, annualBudget);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(name, 2);
        form.setColspan(addressLine, 2);
        add(form);

        register.setText(getTranslation("draft.association.register"));
        register.setId("association-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(click -> {
            if (!binder.validate().isOk()) {
                return;
            }
            AssociationId[] registered = new AssociationId[1];
            Notifications.attempt(
                    () -> registered[0] = registerAssociation.register(new RegisterAssociationCommand(data.toData())).id(),
                    () -> {
                        close();
                        Notifications.success(getTranslation("draft.association.registered", data.getName().strip()));
                        onRegistered.accept(new AssociationChoice(registered[0], data.getName().strip(),
                                data.getSiret() == null ? data.getCity().strip() : data.getSiret() + ", " + data.getCity().strip()));
                    });
        });
        Button cancel = new Button(getTranslation("draft.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, register);
    }

    /** What the dialog edits. */
    static final class FormData {
        private String name;
        private String addressLine;
        private String postalCode;
        private String city;
        private Civility civility;
        private String representativeName;
        private String representativeFunction;
        private Siret siret;
        private RnaNumber rna;
        private Month fiscalMonth = Month.JANUARY;
        private Integer fiscalDay = 1;
        private Amount annualBudget;

        /** The command's data, built by the domain's values (which refuse what is wrong). */
        AssociationData toData() {
            if (fiscalDay == null) {
                throw new InvalidValueException("exercice comptable", "premier jour non renseigné");
            }
            return new AssociationData(name, PostalAddress.of(addressLine, postalCode, city),
                    Representative.of(civility, representativeName, representativeFunction), siret, rna,
                    FiscalYear.starting(fiscalMonth, fiscalDay), annualBudget, null);
        }

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }

        String getAddressLine() {
            return addressLine;
        }

        void setAddressLine(String addressLine) {
            this.addressLine = addressLine;
        }

        String getPostalCode() {
            return postalCode;
        }

        void setPostalCode(String postalCode) {
            this.postalCode = postalCode;
        }

        String getCity() {
            return city;
        }

        void setCity(String city) {
            this.city = city;
        }

        Civility getCivility() {
            return civility;
        }

        void setCivility(Civility civility) {
            this.civility = civility;
        }

        String getRepresentativeName() {
            return representativeName;
        }

        void setRepresentativeName(String representativeName) {
            this.representativeName = representativeName;
        }

        String getRepresentativeFunction() {
            return representativeFunction;
        }

        void setRepresentativeFunction(String representativeFunction) {
            this.representativeFunction = representativeFunction;
        }

        Siret getSiret() {
            return siret;
        }

        void setSiret(Siret siret) {
            this.siret = siret;
        }

        RnaNumber getRna() {
            return rna;
        }

        void setRna(RnaNumber rna) {
            this.rna = rna;
        }

        Month getFiscalMonth() {
            return fiscalMonth;
        }

        void setFiscalMonth(Month fiscalMonth) {
            this.fiscalMonth = fiscalMonth;
        }

        Integer getFiscalDay() {
            return fiscalDay;
        }

        void setFiscalDay(Integer fiscalDay) {
            this.fiscalDay = fiscalDay;
        }

        Amount getAnnualBudget() {
            return annualBudget;
        }

        void setAnnualBudget(Amount annualBudget) {
            this.annualBudget = annualBudget;
        }
    }
}
