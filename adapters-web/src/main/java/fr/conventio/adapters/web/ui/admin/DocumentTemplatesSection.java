package fr.conventio.adapters.web.ui.admin;

import fr.conventio.adapters.web.ui.common.Messages;
import fr.conventio.adapters.web.ui.common.Notifications;
import fr.conventio.adapters.web.ui.common.OneClick;
import fr.conventio.application.paperwork.GeneratedDocument;
import fr.conventio.application.paperwork.ListDocumentTemplatesUseCase;
import fr.conventio.application.paperwork.PreviewDocumentTemplateUseCase;
import fr.conventio.application.paperwork.ResetDocumentTemplateUseCase;
import fr.conventio.application.paperwork.SaveDocumentTemplateCommand;
import fr.conventio.application.paperwork.SaveDocumentTemplateUseCase;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.domain.paperwork.DocumentKind;
import fr.conventio.domain.paperwork.DocumentTemplate;
import fr.conventio.domain.paperwork.TemplateFields;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

/**
 * The administrator's wording of the generated documents (issue 11): for each kind, a letterhead, an opening
 * paragraph and a closing formula with fields such as {@code {{convention.reference}}}; a preview as PDF before
 * saving, a save (a field that does not exist is shown on its text area, named), and a reset to the default.
 */
final class DocumentTemplatesSection extends VerticalLayout {

    final Select<DocumentKind> kind = new Select<>();
    final TextArea letterhead = new TextArea();
    final TextArea opening = new TextArea();
    final TextArea closing = new TextArea();
    final Button preview = new Button();
    final Button save = new Button();
    final Button reset = new Button();
    final Anchor previewLink = new Anchor();

    private final ListDocumentTemplatesUseCase list;
    private final SaveDocumentTemplateUseCase saveTemplate;
    private final ResetDocumentTemplateUseCase resetTemplate;
    private final PreviewDocumentTemplateUseCase previewTemplate;

    DocumentTemplatesSection(ListDocumentTemplatesUseCase list, SaveDocumentTemplateUseCase saveTemplate,
                             ResetDocumentTemplateUseCase resetTemplate, PreviewDocumentTemplateUseCase previewTemplate) {
        this.list = list;
        this.saveTemplate = saveTemplate;
        this.resetTemplate = resetTemplate;
        this.previewTemplate = previewTemplate;
        setPadding(false);
        add(new Paragraph(getTranslation("admin.templates.help")));
        Paragraph fields = new Paragraph(getTranslation("admin.templates.fields",
                String.join(", ", TemplateFields.names().stream().map(n -> "{{" + n + "}}").toList())));
        fields.setId("admin-templates-fields");
        add(fields);

        kind.setId("admin-templates-kind");
        kind.setLabel(getTranslation("admin.templates.kind"));
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("admin.templates.kind." + k.name()));
        kind.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue());
            }
        });
        area(letterhead, "admin-templates-letterhead", "admin.templates.letterhead");
        area(opening, "admin-templates-opening", "admin.templates.opening");
        area(closing, "admin-templates-closing", "admin.templates.closing");

        preview.setText(getTranslation("admin.templates.preview"));
        preview.setId("admin-templates-preview");
        preview.addClickListener(click -> preview());
        OneClick.guard(preview);
        save.setText(getTranslation("admin.templates.save"));
        save.setId("admin-templates-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        OneClick.guard(save);
        reset.setText(getTranslation("admin.templates.reset"));
        reset.setId("admin-templates-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.addClickListener(click -> reset());
        OneClick.guard(reset);
        previewLink.setId("admin-templates-preview-link");
        previewLink.addClassName("download-link");
        previewLink.setVisible(false);
        HorizontalLayout buttons = new HorizontalLayout(preview, save, reset, previewLink);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        buttons.getStyle().set("flex-wrap", "wrap");
        add(kind, letterhead, opening, closing, buttons);
        kind.setValue(DocumentKind.AGREEMENT);
    }

    private static void area(TextArea area, String id, String label) {
        area.setId(id);
        area.setLabel(area.getTranslation(label));
        area.setWidthFull();
        area.setMaxLength(2000);
    }

    private void show(DocumentKind selected) {
        clearErrors();
        previewLink.setVisible(false);
        Notifications.attempt(() -> {
            List<DocumentTemplate> templates = list.list();
            DocumentTemplate template = templates.stream().filter(t -> t.kind() == selected).findFirst()
                    .orElse(DocumentTemplate.defaultFor(selected));
            letterhead.setValue(template.letterhead() == null ? "" : template.letterhead());
            opening.setValue(template.opening() == null ? "" : template.opening());
            closing.setValue(template.closing() == null ? "" : template.closing());
        }, () -> {
        });
    }

    private SaveDocumentTemplateCommand command() {
        return new SaveDocumentTemplateCommand(kind.getValue(), letterhead.getValue(), opening.getValue(), closing.getValue());
    }

    private void preview() {
        clearErrors();
        GeneratedDocument[] document = new GeneratedDocument[1];
        if (attempt(() -> document[0] = previewTemplate.preview(command()))) {
            byte[] bytes = document[0].content();
            String fileName = document[0].fileName();
            previewLink.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes), fileName,
                    document[0].mediaType(), bytes.length)));
            previewLink.setText(getTranslation("admin.templates.previewLink", fileName));
            previewLink.setVisible(true);
        }
    }

    private void save() {
        clearErrors();
        if (attempt(() -> saveTemplate.save(command()))) {
            Notifications.success(getTranslation("admin.templates.saved", getTranslation("admin.templates.kind." + kind.getValue().name())));
        }
    }

    private void reset() {
        clearErrors();
        if (attempt(() -> resetTemplate.reset(kind.getValue()))) {
            show(kind.getValue());
            Notifications.success(getTranslation("admin.templates.resetDone", getTranslation("admin.templates.kind." + kind.getValue().name())));
        }
    }

    /** Runs a call; a refusal naming a part of the template is shown on its text area, any other as a notification. */
    private boolean attempt(Runnable call) {
        try {
            call.run();
            return true;
        } catch (InvalidCommandException refusal) {
            TextArea area = Map.of(DocumentTemplate.LETTERHEAD, letterhead, DocumentTemplate.OPENING, opening,
                    DocumentTemplate.CLOSING, closing).get(refusal.field());
            if (area == null) {
                Notifications.error(refusal);
            } else {
                area.setErrorMessage(Messages.of(refusal));
                area.setInvalid(true);
                area.focus();
            }
            return false;
        } catch (RuntimeException refusal) {
            Notifications.error(refusal);
            return false;
        }
    }

    private void clearErrors() {
        for (TextArea area : List.of(letterhead, opening, closing)) {
            area.setInvalid(false);
            area.setErrorMessage(null);
        }
    }
}
