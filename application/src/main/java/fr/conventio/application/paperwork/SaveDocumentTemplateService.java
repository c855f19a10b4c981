package fr.conventio.application.paperwork;

import fr.conventio.application.port.out.DocumentTemplateRepository;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.domain.paperwork.DocumentTemplate;
import fr.conventio.domain.shared.InvalidValueException;

import java.util.Objects;

/** Checks the template in the domain (fields of the catalogue only) and stores it, or resets the kind when all is blank. */
public final class SaveDocumentTemplateService implements SaveDocumentTemplateUseCase {

    private final DocumentTemplateRepository templates;

    public SaveDocumentTemplateService(DocumentTemplateRepository templates) {
        this.templates = Objects.requireNonNull(templates);
    }

    @Override
    public DocumentTemplate save(SaveDocumentTemplateCommand command) {
        DocumentTemplate template = PreviewDocumentTemplateService.template(command);
        if (template.isDefault()) {
            templates.reset(command.kind());
        } else {
            templates.save(template);
        }
        return template;
    }

    /** The domain's refusal as a command refusal naming the same field, its message without the field repeated. */
    static InvalidCommandException refusal(InvalidValueException e) {
        String message = e.getMessage();
        String prefix = e.field() + ": ";
        return new InvalidCommandException(e.field(), message.startsWith(prefix) ? message.substring(prefix.length()) : message);
    }
}
