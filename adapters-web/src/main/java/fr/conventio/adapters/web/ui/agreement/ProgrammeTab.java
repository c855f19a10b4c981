package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.adapters.web.ui.agreement.dialog.AgreementPage;
import fr.conventio.adapters.web.ui.agreement.dialog.Texts;
import fr.conventio.application.drafting.EditDraftAgreementUseCase;
import fr.conventio.application.reading.AgreementAction;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.domain.agreement.Action;
import fr.conventio.domain.agreement.ActionCategory;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * "Programme": the object (Article 1) and the categories I–V with their actions, read-only. A draft is
 * edited in the draft wizard ({@code conventions/:id/modifier}), linked here when the user may.
 */
final class ProgrammeTab extends VerticalLayout {

    ProgrammeTab(AgreementPage page) {
        AgreementDetails d = page.details();
        setPadding(false);
        if (page.offers(AgreementAction.EDIT_DRAFT, EditDraftAgreementUseCase.class)) {
            Anchor edit = new Anchor("conventions/" + d.id() + "/modifier", Texts.t("agreement.programme.edit"));
            edit.setId("programme-edit-draft");
            add(edit);
        }
        add(new H3(Texts.t("agreement.programme.object")));
        Paragraph object = new Paragraph(d.object().objectives());
        object.setId("programme-object");
        add(object);
        add(new H3(Texts.t("agreement.programme.actions", String.valueOf(d.programme().actionCount()))));
        for (ActionCategory category : d.programme().categories()) {
            add(new H4(category.numeral() + " — " + category.title()));
            UnorderedList actions = new UnorderedList();
            for (Action action : category.actions()) {
                actions.add(new ListItem(action.text()));
            }
            add(actions);
        }
    }
}
