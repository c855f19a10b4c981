package fr.conventio.domain.paperwork;

import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.TextLimits;

import java.util.Objects;

/**
 * What the funder's administrator may replace in a kind of document: its letterhead (the lines at the top,
 * instead of the funder's name and address), an opening paragraph (after the title or the salutation) and the
 * closing formula of a letter. Each text may name fields of {@link TemplateFields} ({{convention.reference}}); a
 * field that does not exist is refused here, with its name. An empty part keeps the default wording.
 */
public record DocumentTemplate(DocumentKind kind, String letterhead, String opening, String closing) {

    public static final String LETTERHEAD = "en-tête";
    public static final String OPENING = "paragraphe d'ouverture";
    public static final String CLOSING = "formule finale";

    public DocumentTemplate {
        Objects.requireNonNull(kind, "modèle : type de document absent");
        letterhead = Checks.optionalText(LETTERHEAD, letterhead, TextLimits.DESCRIPTION);
        opening = Checks.optionalText(OPENING, opening, TextLimits.DESCRIPTION);
        closing = Checks.optionalText(CLOSING, closing, TextLimits.DESCRIPTION);
        TemplateFields.check(LETTERHEAD, letterhead);
        TemplateFields.check(OPENING, opening);
        TemplateFields.check(CLOSING, closing);
    }

    /** The default: nothing replaced. */
    public static DocumentTemplate defaultFor(DocumentKind kind) {
        return new DocumentTemplate(kind, null, null, null);
    }

    public boolean isDefault() {
        return letterhead == null && opening == null && closing == null;
    }
}
