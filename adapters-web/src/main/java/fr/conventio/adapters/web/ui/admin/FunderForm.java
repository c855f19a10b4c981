package fr.conventio.adapters.web.ui.admin;

import fr.conventio.adapters.web.ui.common.DomainConverters;
import fr.conventio.adapters.web.ui.common.OneClick;
import fr.conventio.adapters.web.ui.common.Notifications;
import fr.conventio.application.funder.SetUpFunderCommand;
import fr.conventio.application.funder.SetUpFunderUseCase;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.domain.party.Civility;
import fr.conventio.domain.party.FunderKind;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.adapters.web.ui.common.TextInputs;
import fr.conventio.domain.shared.TextLimits;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import java.util.HashMap;
import java.util.Map;

/**
 * The funder's identity (P1) and the people who may sign for it: name, kind, SIRET, address; the
 * signatories are added and removed in the list, then everything is saved at once with the version
 * shown ({@link SetUpFunderUseCase}). Refusals show on the field concerned; nothing typed is lost.
 */
public class FunderForm extends Composite<VerticalLayout> {

    final TextField name = new TextField();
    final Select<FunderKind> kind = new Select<>();
    final TextField siret = new TextField();
    final TextField addressLine = new TextField();
    final TextField addressComplement = new TextField();
    final TextField postalCode = new TextField();
    final TextField city = new TextField();
    final Grid<Signatory> signatories = new Grid<>();
    final Select<Civility> signatoryCivility = new Select<>();
    final TextField signatoryName = new TextField();
    final TextField signatoryFunction = new TextField();
    final TextField signatoryDelegation = new TextField();
    final Button addSignatory = new Button();
    final Button save = new Button();

    private final Binder<FunderFormData> binder = new Binder<>();
    private final FunderFormData data;
    private final Map<String, HasValidation> fieldsByDomainName = new HashMap<>();

    public FunderForm(FunderFormData data, Long version, SetUpFunderUseCase setUpFunder, Runnable reload) {
        this.data = data;
        name.setId("funder-name");
        name.setLabel(getTranslation("admin.funder.name"));
        kind.setId("funder-kind");
        kind.setLabel(getTranslation("admin.funder.kind"));
        kind.setItems(FunderKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : k.label());
        siret.setId("funder-siret");
        siret.setLabel(getTranslation("admin.funder.siret"));
        siret.setHelperText(getTranslation("admin.funder.siret.help"));
        addressLine.setId("funder-address");
        addressLine.setLabel(getTranslation("admin.funder.address"));
        addressComplement.setLabel(getTranslation("admin.funder.addressComplement"));
        postalCode.setId("funder-postal-code");
        postalCode.setLabel(getTranslation("admin.funder.postalCode"));
        postalCode.setMaxLength(5);
        city.setId("funder-city");
        city.setLabel(getTranslation("admin.funder.city"));
        TextInputs.limit(name, TextLimits.NAME);
        TextInputs.limit(siret, 20);
        TextInputs.limit(addressLine, TextLimits.ADDRESS_LINE);
        TextInputs.limit(addressComplement, TextLimits.ADDRESS_LINE);
        TextInputs.limit(city, TextLimits.CITY);
        bind();
        fieldsByDomainName.put("nom du financeur", name);
        fieldsByDomainName.put("nature du financeur", kind);
        fieldsByDomainName.put("SIRET du financeur", siret);
        fieldsByDomainName.put("adresse du financeur", addressLine);
        fieldsByDomainName.put("adresse", addressLine);
        fieldsByDomainName.put("adresse (ligne)", addressLine);
        fieldsByDomainName.put("code postal", postalCode);
        fieldsByDomainName.put("ville", city);
        fieldsByDomainName.put("signataire (nom)", signatoryName);
        fieldsByDomainName.put("signataire (fonction)", signatoryFunction);

        FormLayout identity = new FormLayout(name, kind, siret, addressLine, addressComplement, postalCode, city);
        identity.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));

        configureSignatories();
        H4 signatoriesTitle = new H4(getTranslation("admin.funder.signatories"));
        HorizontalLayout newSignatory = new HorizontalLayout(signatoryCivility, signatoryName, signatoryFunction, signatoryDelegation,
                addSignatory);
        newSignatory.setAlignItems(FlexComponent.Alignment.BASELINE);
        newSignatory.setWrap(true);

        save.setText(getTranslation(version == null ? "admin.funder.create" : "admin.funder.save"));
        save.setId("funder-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(version, setUpFunder, reload));
        OneClick.guard(save);

        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(identity, signatoriesTitle, signatories, newSignatory, save);
        binder.readBean(data);
        signatories.setItems(data.signatories());
    }

    private String required(String labelKey) {
        return getTranslation("admin.field.required", getTranslation(labelKey));
    }

    private void bind() {
        binder.forField(name).asRequired(required("admin.funder.name")).bind(FunderFormData::getName, FunderFormData::setName);
        binder.forField(kind).asRequired(required("admin.funder.kind")).bind(FunderFormData::getKind, FunderFormData::setKind);
        binder.forField(siret).asRequired(required("admin.funder.siret"))
                .withConverter(DomainConverters.siret(getTranslation("admin.funder.siret")))
                .bind(FunderFormData::getSiret, FunderFormData::setSiret);
        binder.forField(addressLine).asRequired(required("admin.funder.address"))
                .bind(FunderFormData::getAddressLine, FunderFormData::setAddressLine);
        binder.forField(addressComplement).bind(FunderFormData::getAddressComplement, FunderFormData::setAddressComplement);
        binder.forField(postalCode).asRequired(required("admin.funder.postalCode"))
                .bind(FunderFormData::getPostalCode, FunderFormData::setPostalCode);
        binder.forField(city).asRequired(required("admin.funder.city")).bind(FunderFormData::getCity, FunderFormData::setCity);
    }

    private void configureSignatories() {
        signatories.setId("funder-signatories");
        signatories.setAriaLabel(getTranslation("admin.funder.signatories"));
        signatories.setAllRowsVisible(true);
        signatories.addColumn(Signatory::designation).setHeader(getTranslation("admin.signatory.designation")).setFlexGrow(3);
        signatories.addColumn(s -> s.delegation() == null ? getTranslation("admin.signatory.inPerson") : s.delegation())
                .setHeader(getTranslation("admin.signatory.delegation")).setFlexGrow(2);
        signatories.addComponentColumn(s -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                data.signatories().remove(s);
                signatories.getDataProvider().refreshAll();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("admin.signatory.remove", s.name()));
            remove.setTooltipText(getTranslation("admin.signatory.remove", s.name()));
            return remove;
        }).setHeader(getTranslation("admin.column.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        signatories.setEmptyStateText(getTranslation("admin.funder.signatories.none"));

        signatoryCivility.setLabel(getTranslation("admin.signatory.civility"));
        signatoryCivility.setItems(Civility.values());
        signatoryCivility.setItemLabelGenerator(c -> c == null ? getTranslation("admin.signatory.civility.none") : c.label());
        signatoryCivility.setEmptySelectionAllowed(true);
        signatoryCivility.setEmptySelectionCaption(getTranslation("admin.signatory.civility.none"));
        signatoryName.setId("signatory-name");
        signatoryName.setLabel(getTranslation("admin.signatory.name"));
        signatoryFunction.setId("signatory-function");
        signatoryFunction.setLabel(getTranslation("admin.signatory.function"));
        signatoryDelegation.setId("signatory-delegation");
        signatoryDelegation.setLabel(getTranslation("admin.signatory.delegationField"));
        signatoryDelegation.setHelperText(getTranslation("admin.signatory.delegation.help"));
        TextInputs.limit(signatoryName, TextLimits.NAME);
        TextInputs.limit(signatoryFunction, TextLimits.FUNCTION);
        TextInputs.limit(signatoryDelegation, TextLimits.DELEGATION);
        addSignatory.setText(getTranslation("admin.signatory.add"));
        addSignatory.setIcon(VaadinIcon.PLUS.create());
        addSignatory.setId("signatory-add");
        addSignatory.addClickListener(click -> addSignatory());
    }

    private void addSignatory() {
        signatoryName.setInvalid(false);
        signatoryFunction.setInvalid(false);
        try {
            Signatory signatory = new Signatory(signatoryCivility.getValue(), signatoryName.getValue(), signatoryFunction.getValue(),
                    signatoryDelegation.getValue());
            if (!data.signatories().contains(signatory)) {
                data.signatories().add(signatory);
            }
        } catch (DomainException refusal) {
            showRefusal(refusal);
            return;
        }
        signatories.getDataProvider().refreshAll();
        signatoryCivility.clear();
        signatoryName.clear();
        signatoryFunction.clear();
        signatoryDelegation.clear();
    }

    private void save(Long version, SetUpFunderUseCase setUpFunder, Runnable reload) {
        if (!binder.writeBeanIfValid(data)) {
            return;
        }
        SetUpFunderCommand command;
        try {
            command = data.toCommand(version);
        } catch (DomainException refusal) {
            showRefusal(refusal);
            return;
        }
        Notifications.attemptWithReload(() -> setUpFunder.setUp(command), () -> {
            Notifications.success(getTranslation("admin.funder.saved"));
            reload.run();
        }, reload);
    }

    private void showRefusal(DomainException refusal) {
        String domainField = refusal instanceof InvalidValueException invalid ? invalid.field()
                : refusal instanceof InvalidCommandException invalid ? invalid.field() : null;
        HasValidation field = domainField == null ? null : fieldsByDomainName.get(domainField);
        if (field == null) {
            Notifications.error(refusal);
            return;
        }
        field.setErrorMessage(DomainConverters.message(((HasLabel) field).getLabel(), refusal));
        field.setInvalid(true);
    }
}
