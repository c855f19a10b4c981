package fr.conventio.adapters.web.ui.draft;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.shared.BudgetYear;

import java.util.function.Consumer;

/** Step 1: the beneficiary association (picked or created), the funder's signatory, the reference and the budget year. */
final class PartiesStep extends WizardStep {

    final ComboBox<AssociationChoice> association = new ComboBox<>();
    final Button newAssociation = new Button();
    final Select<Signatory> signatory = new Select<>();
    final TextField reference = new TextField();
    final IntegerField budgetYear = new IntegerField();

    /**
     * @param createAssociation opens the inline creation of an association and hands the new one over;
     *                          {@code null} when the user may not register associations
     */
    PartiesStep(DraftFormData data, DraftChoices choices, Consumer<Consumer<AssociationChoice>> createAssociation, Runnable onChange) {
        super(data, onChange);
        heading();

        association.setLabel(getTranslation("draft.parties.association"));
        association.setId("draft-association");
        association.setHelperText(getTranslation("draft.parties.association.help"));
        association.setItemLabelGenerator(AssociationChoice::label);
        association.setItems(query -> choices.associations(query.getFilter().orElse(""), query.getOffset(), query.getLimit()));
        association.setClearButtonVisible(true);
        association.setWidthFull();
        newAssociation.setText(getTranslation("draft.parties.newAssociation"));
        newAssociation.setIcon(VaadinIcon.PLUS.create());
        newAssociation.setId("draft-new-association");
        newAssociation.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        newAssociation.setVisible(createAssociation != null);
        if (createAssociation != null) {
            newAssociation.addClickListener(click -> createAssociation.accept(association::setValue));
        }
        HorizontalLayout associationRow = new HorizontalLayout(association, newAssociation);
        associationRow.setWidthFull();
        associationRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        associationRow.setFlexGrow(1, association);

        signatory.setLabel(getTranslation("draft.parties.signatory"));
        signatory.setId("draft-signatory");
        signatory.setItems(choices.signatories());
        signatory.setItemLabelGenerator(Signatory::designation);
        signatory.setEmptySelectionAllowed(false);

        reference.setLabel(getTranslation("draft.parties.reference"));
        reference.setId("draft-reference");
        reference.setHelperText(getTranslation("draft.parties.reference.help"));
        reference.setMaxLength(AgreementReference.MAX_LENGTH);

        budgetYear.setLabel(getTranslation("draft.parties.year"));
        budgetYear.setId("draft-year");
        budgetYear.setStepButtonsVisible(true);

        FormLayout form = new FormLayout(signatory, reference, budgetYear);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(signatory, 2);
        getContent().add(associationRow, form);

        binder.forField(association).asRequired(required("draft.parties.association"))
                .bind(DraftFormData::getAssociation, DraftFormData::setAssociation);
        binder.forField(signatory).asRequired(required("draft.parties.signatory"))
                .bind(DraftFormData::getSignatory, DraftFormData::setSignatory);
        String referenceLabel = getTranslation("draft.parties.reference");
        binder.forField(reference).asRequired(required("draft.parties.reference"))
                .withValidator(domainCheck(referenceLabel, AgreementReference::of))
                .bind(DraftFormData::getReference, DraftFormData::setReference);
        binder.forField(budgetYear).asRequired(required("draft.parties.year"))
                .withValidator(domainCheck(getTranslation("draft.parties.year"), BudgetYear::of))
                .bind(DraftFormData::getBudgetYear, DraftFormData::setBudgetYear);
        start();
    }

    @Override
    String titleKey() {
        return "draft.step.parties";
    }
}
