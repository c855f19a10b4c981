package fr.conventio.adapters.web.ui.draft;

import fr.conventio.domain.agreement.RomanNumerals;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.conventio.adapters.web.ui.common.FrenchDatePickers;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import fr.conventio.adapters.web.ui.draft.DraftFormData.ActionData;
import fr.conventio.adapters.web.ui.draft.DraftFormData.CategoryData;
import fr.conventio.adapters.web.ui.common.TextInputs;
import fr.conventio.domain.shared.TextLimits;

/**
 * Step 2: the object (Article 1, general objectives), the operation's period (D4: both dates empty for the budget
 * year, or a period of its own, e.g. a season across two years) and the programme of actions in numbered categories (D1).
 */
final class ProgrammeStep extends WizardStep {

    static final int MAX_ACTIONS = 50;

    final TextArea objectives = new TextArea();
    final EditableRows<CategoryData> categories;
    final DatePicker operationStart = FrenchDatePickers.picker("");
    final DatePicker operationEnd = FrenchDatePickers.picker("");

    ProgrammeStep(DraftFormData data, Runnable onChange) {
        super(data, onChange);
        heading();
        objectives.setLabel(getTranslation("draft.programme.object"));
        objectives.setId("draft-objectives");
        objectives.setHelperText(getTranslation("draft.programme.object.help"));
        objectives.setWidthFull();
        objectives.setMinHeight("8em");
        TextInputs.limit(objectives, TextLimits.OBJECTIVES);
        binder.forField(objectives).asRequired(required("draft.programme.object"))
                .bind(DraftFormData::getObjectives, DraftFormData::setObjectives);

        operationStart.setLabel(getTranslation("draft.operation.start"));
        operationStart.setId("draft-operation-start");
        operationStart.setHelperText(getTranslation("draft.operation.help"));
        operationEnd.setLabel(getTranslation("draft.operation.end"));
        operationEnd.setId("draft-operation-end");
        operationEnd.setHelperText(getTranslation("draft.operation.end.help"));
        binder.forField(operationStart)
                .withValidator(start -> start != null || data.getOperationEnd() == null, getTranslation("draft.operation.start.missing"))
                .bind(DraftFormData::getOperationStart, DraftFormData::setOperationStart);
        binder.forField(operationEnd)
                .withValidator(end -> end != null || data.getOperationStart() == null, getTranslation("draft.operation.end.missing"))
                .withValidator(end -> end == null || data.getOperationStart() == null || !end.isBefore(data.getOperationStart()),
                        getTranslation("draft.operation.end.beforeStart"))
                .bind(DraftFormData::getOperationEnd, DraftFormData::setOperationEnd);
        HorizontalLayout period = new HorizontalLayout(operationStart, operationEnd);
        period.setId("draft-operation-period");
        period.getStyle().set("flex-wrap", "wrap");

        H4 programmeTitle = new H4(getTranslation("draft.programme.categories"));
        categories = new EditableRows<>(data.categories(), () -> {
            CategoryData category = new CategoryData();
            category.actions().add(new ActionData());
            return category;
        }, CategoryEditor::new, getTranslation("draft.programme.addCategory"),
                n -> getTranslation("draft.programme.categoryName", RomanNumerals.of(n)), true, RomanNumerals.MAX, onChange);
        categories.setId("draft-categories");
        getContent().add(objectives, new H4(getTranslation("draft.operation.title")), period, programmeTitle, categories);
        start();
    }

    @Override
    String titleKey() {
        return "draft.step.programme";
    }

    @Override
    boolean validate() {
        return super.validate() & categories.validate();
    }

    /** One category: its numeral (its position), its title, its actions. */
    final class CategoryEditor implements EditableRows.RowEditor {

        private final Binder<CategoryData> rowBinder = new Binder<>();
        final TextField title = new TextField();
        final EditableRows<ActionData> actions;
        private final VerticalLayout layout = new VerticalLayout();

        CategoryEditor(CategoryData category) {
            title.setWidthFull();
            title.addClassName("draft-category-title");
            TextInputs.limit(title, TextLimits.LABEL, getTranslation("draft.programme.categoryTitle"));
            rowBinder.forField(title).asRequired(getTranslation("draft.error.required", getTranslation("draft.programme.categoryTitle")))
                    .bind(CategoryData::getTitle, CategoryData::setTitle);
            rowBinder.setBean(category);
            rowBinder.addValueChangeListener(event -> onChange.run());
            actions = new EditableRows<>(category.actions(), ActionData::new, ActionEditor::new,
                    getTranslation("draft.programme.addAction"), n -> getTranslation("draft.programme.actionName", n), true,
                    MAX_ACTIONS, onChange);
            layout.setPadding(false);
            layout.addClassName("draft-category");
            layout.add(title, actions);
        }

        @Override
        public Component component() {
            return layout;
        }

        @Override
        public boolean validate() {
            return rowBinder.validate().isOk() & actions.validate();
        }

        @Override
        public void setPosition(int position) {
            title.setLabel(getTranslation("draft.programme.categoryLabel", RomanNumerals.of(position)));
        }
    }

    /** One action of a category. */
    final class ActionEditor implements EditableRows.RowEditor {

        private final Binder<ActionData> rowBinder = new Binder<>();
        final TextField text = new TextField();

        ActionEditor(ActionData action) {
            text.setWidthFull();
            text.addClassName("draft-action");
            TextInputs.limit(text, TextLimits.ACTION, getTranslation("draft.programme.action"));
            rowBinder.forField(text).asRequired(getTranslation("draft.error.required", getTranslation("draft.programme.action")))
                    .bind(ActionData::getText, ActionData::setText);
            rowBinder.setBean(action);
            rowBinder.addValueChangeListener(event -> onChange.run());
        }

        @Override
        public Component component() {
            return text;
        }

        @Override
        public boolean validate() {
            return rowBinder.validate().isOk();
        }

        @Override
        public void setPosition(int position) {
            text.setLabel(getTranslation("draft.programme.actionLabel", position));
        }
    }
}
