package fr.conventio.adapters.web.ui.draft;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * An editable list of rows over a list of the form data (categories, actions, financing lines...):
 * add, remove, and optionally move up or down. Moving a row moves its components, so what was typed in
 * it (even a value not accepted yet) stays. Icon buttons carry an accessible name that says which row
 * they act on ("Supprimer l'action 2").
 */
final class EditableRows<T> extends Composite<VerticalLayout> {

    /** The editor of one row: its fields and their validation. */
    interface RowEditor {
        Component component();

        /** Validates the row's fields (showing their errors); true when every field is valid. */
        boolean validate();

        /** Called whenever the row's position changes (1-based), e.g. to show the category's numeral. */
        default void setPosition(int position) {
        }
    }

    /**
     * A row edited through its own binder in a form layout: validation and the component are the
     * same for every such row.
     */
    abstract static class FormRowEditor<R> implements RowEditor {

        protected final Binder<R> rowBinder = new Binder<>();
        protected final FormLayout layout = new FormLayout();

        @Override
        public Component component() {
            return layout;
        }

        @Override
        public boolean validate() {
            return rowBinder.validate().isOk();
        }
    }

    private final List<T> items;
    private final Supplier<T> newItem;
    private final Function<T, RowEditor> editorFactory;
    private final IntFunction<String> rowName;
    private final boolean reorderable;
    private final int maxRows;
    private final Runnable onChange;
    private final List<RowEditor> editors = new ArrayList<>();
    private final Div rows = new Div();
    private final Button add;

    /**
     * @param items         the form data's list, kept in the order shown
     * @param rowName       the accessible name of row n ("l'action 2"), used in the buttons' names
     * @param onChange      run after a row is added, removed or moved
     */
    EditableRows(List<T> items, Supplier<T> newItem, Function<T, RowEditor> editorFactory, String addLabel,
                 IntFunction<String> rowName, boolean reorderable, int maxRows, Runnable onChange) {
        this.items = items;
        this.newItem = newItem;
        this.editorFactory = editorFactory;
        this.rowName = rowName;
        this.reorderable = reorderable;
        this.maxRows = maxRows;
        this.onChange = onChange;
        this.add = new Button(addLabel, VaadinIcon.PLUS.create(), click -> add());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        for (T item : items) {
            editors.add(editorFactory.apply(item));
        }
        rows.setWidthFull();
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().add(rows, add);
        layoutRows();
    }

    Button addButton() {
        return add;
    }

    int size() {
        return items.size();
    }

    RowEditor editor(int index) {
        return editors.get(index);
    }

    /** Adds an empty row at the end. */
    void add() {
        if (items.size() >= maxRows) {
            return;
        }
        T item = newItem.get();
        items.add(item);
        editors.add(editorFactory.apply(item));
        layoutRows();
        onChange.run();
    }

    void remove(int index) {
        items.remove(index);
        editors.remove(index);
        layoutRows();
        onChange.run();
    }

    void move(int index, int delta) {
        int target = index + delta;
        if (target < 0 || target >= items.size()) {
            return;
        }
        items.add(target, items.remove(index));
        editors.add(target, editors.remove(index));
        layoutRows();
        onChange.run();
    }

    /** Validates every row (each shows its errors); true when all are valid. */
    boolean validate() {
        boolean ok = true;
        for (RowEditor editor : editors) {
            ok &= editor.validate();
        }
        return ok;
    }

    private void layoutRows() {
        rows.removeAll();
        for (int i = 0; i < editors.size(); i++) {
            int index = i;
            RowEditor editor = editors.get(i);
            editor.setPosition(i + 1);
            HorizontalLayout line = new HorizontalLayout();
            line.setWidthFull();
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            line.addClassName("draft-row");
            line.add(editor.component());
            line.setFlexGrow(1, editor.component());
            String name = rowName.apply(i + 1);
            if (reorderable) {
                Button up = iconButton(VaadinIcon.ARROW_UP, getTranslation("draft.row.up", name), () -> move(index, -1));
                up.setEnabled(i > 0);
                Button down = iconButton(VaadinIcon.ARROW_DOWN, getTranslation("draft.row.down", name), () -> move(index, 1));
                down.setEnabled(i < editors.size() - 1);
                line.add(up, down);
            }
            line.add(iconButton(VaadinIcon.TRASH, getTranslation("draft.row.remove", name), () -> remove(index)));
            rows.add(line);
        }
        add.setEnabled(items.size() < maxRows);
    }

    private static Button iconButton(VaadinIcon icon, String name, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(name);
        button.setTooltipText(name);
        return button;
    }
}
