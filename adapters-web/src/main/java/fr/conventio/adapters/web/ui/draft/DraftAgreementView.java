package fr.conventio.adapters.web.ui.draft;

import fr.conventio.adapters.web.ui.AgreementListView;
import fr.conventio.adapters.web.ui.MainLayout;
import fr.conventio.adapters.web.ui.association.AssociationDialog;
import fr.conventio.adapters.web.ui.common.Confirmations;
import fr.conventio.adapters.web.ui.common.CurrentStaff;
import fr.conventio.adapters.web.ui.common.Messages;
import fr.conventio.adapters.web.ui.common.Notifications;
import fr.conventio.application.association.RegisterAssociationUseCase;
import fr.conventio.application.association.SearchAssociationsUseCase;
import fr.conventio.application.drafting.AgreementTerms;
import fr.conventio.application.drafting.CreateDraftAgreementCommand;
import fr.conventio.application.drafting.GetSubsidyCommitmentsCheckUseCase;
import fr.conventio.application.drafting.CreateDraftAgreementUseCase;
import fr.conventio.application.drafting.DraftAgreementSaved;
import fr.conventio.application.drafting.EditDraftAgreementCommand;
import fr.conventio.application.drafting.EditDraftAgreementUseCase;
import fr.conventio.application.funder.GetFunderSettingsUseCase;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.application.reading.GetAgreementQuery;
import fr.conventio.application.reading.GetAgreementUseCase;
import fr.conventio.application.security.Roles;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.AgreementId;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Creates ({@code conventions/nouvelle}) or edits ({@code conventions/:id/modifier}, DRAFT only) an
 * agreement through the {@link DraftForm} wizard. Saving calls {@link CreateDraftAgreementUseCase} or
 * {@link EditDraftAgreementUseCase}, then opens the agreement page; a refusal leaves the form as typed.
 * Leaving with unsaved changes asks for confirmation.
 */
@Route(value = "conventions/nouvelle", layout = MainLayout.class)
@RouteAlias(value = "conventions/:id/modifier", layout = MainLayout.class)
@RolesAllowed({Roles.INSTRUCTEUR, Roles.RESPONSABLE})
public class DraftAgreementView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final CreateDraftAgreementUseCase createDraft;
    private final EditDraftAgreementUseCase editDraft;
    private final GetAgreementUseCase getAgreement;
    private final RegisterAssociationUseCase registerAssociation;
    private final SearchAssociationsUseCase searchAssociations;
    private final GetFunderSettingsUseCase funderSettings;
    private final Clock clock;
    private final CurrentStaff staff;
    /** Warns on the subsidy step of what the signature would meet on the budget lines (B4); none until set. */
    private GetSubsidyCommitmentsCheckUseCase checkCommitments;

    private DraftForm form;
    private AgreementId agreementId;
    private long version;
    private String title;

    @Autowired
    public DraftAgreementView(CreateDraftAgreementUseCase createDraft, EditDraftAgreementUseCase editDraft, GetAgreementUseCase getAgreement,
                              RegisterAssociationUseCase registerAssociation, SearchAssociationsUseCase searchAssociations,
                              GetFunderSettingsUseCase funderSettings, Clock clock, AuthenticationContext authentication) {
        this(createDraft, editDraft, getAgreement, registerAssociation, searchAssociations, funderSettings, clock,
                CurrentStaff.from(authentication));
    }

    DraftAgreementView(CreateDraftAgreementUseCase createDraft, EditDraftAgreementUseCase editDraft, GetAgreementUseCase getAgreement,
                       RegisterAssociationUseCase registerAssociation, SearchAssociationsUseCase searchAssociations,
                       GetFunderSettingsUseCase funderSettings, Clock clock, CurrentStaff staff) {
        this.createDraft = createDraft;
        this.editDraft = editDraft;
        this.getAgreement = getAgreement;
        this.registerAssociation = registerAssociation;
        this.searchAssociations = searchAssociations;
        this.funderSettings = funderSettings;
        this.clock = clock;
        this.staff = staff;
        this.title = getTranslation("draft.title.new");
        setMaxWidth("70em");
    }

    /** The check of the split against the budget lines (set by Spring, after construction, before the view is shown). */
    @Autowired
    void warnWith(GetSubsidyCommitmentsCheckUseCase check) {
        this.checkCommitments = check;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getRouteParameters().get("id");
        if (id.isPresent()) {
            openDraft(id.get());
        } else {
            openNew();
        }
    }

    /** A blank draft for the current budget year. */
    void openNew() {
        agreementId = null;
        title = getTranslation("draft.title.new");
        UseCaseDraftChoices choices = new UseCaseDraftChoices(searchAssociations, funderSettings, checkCommitments);
        if (!choices.funderReady()) {
            showMessage(getTranslation("draft.funderMissing"));
            return;
        }
        show(new DraftForm(DraftFormData.blank(LocalDate.now(clock).getYear()), choices, associationCreator()));
    }

    /** The stored draft {@code id}; an agreement past DRAFT is refused with a message and no form. */
    void openDraft(String id) {
        AgreementDetails details;
        try {
            agreementId = AgreementId.of(id);
            details = getAgreement.get(new GetAgreementQuery(agreementId));
        } catch (IllegalArgumentException notAnId) {
            showMessage(getTranslation("draft.notFound", id));
            return;
        } catch (RuntimeException refused) {
            showMessage(Messages.of(refused));
            return;
        }
        title = getTranslation("draft.title.edit", details.reference());
        if (details.status() != AgreementStatus.DRAFT) {
            showMessage(getTranslation("draft.notDraft", details.reference(), getTranslation("stage." + details.stage().name())));
            add(new Anchor("conventions/" + details.id(), getTranslation("draft.backToAgreement", details.reference())));
            return;
        }
        version = details.version();
        UseCaseDraftChoices choices = new UseCaseDraftChoices(searchAssociations, funderSettings, checkCommitments);
        show(new DraftForm(DraftFormData.of(details,
                lineId -> choices.budgetLines().stream().filter(line -> line.id().equals(lineId)).findFirst()), choices, associationCreator()));
    }

    DraftForm form() {
        return form;
    }

    private void show(DraftForm draftForm) {
        removeAll();
        form = draftForm;
        form.addSaveListener(event -> save());
        form.addCancelListener(event -> UI.getCurrent().navigate(AgreementListView.class));
        H2 heading = new H2(title);
        heading.addClassName("page-title");
        add(heading, form);
    }

    private void showMessage(String text) {
        removeAll();
        form = null;
        H2 heading = new H2(title);
        heading.addClassName("page-title");
        Paragraph message = new Paragraph(text);
        message.setId("draft-message");
        message.getElement().setAttribute("role", "alert");
        add(heading, message);
    }

    private Consumer<Consumer<AssociationChoice>> associationCreator() {
        if (!staff.may(RegisterAssociationUseCase.class)) {
            return null;
        }
        return onRegistered -> AssociationDialog.registration(registerAssociation, (id, data) -> {
            String name = data.name().strip();
            String city = data.registeredAddress().city();
            Notifications.success(getTranslation("draft.association.registered", name));
            onRegistered.accept(new AssociationChoice(id, name, data.siret() == null ? city : data.siret().value() + ", " + city));
        }).open();
    }

    private void save() {
        String invalidStep = form.validateAll();
        if (invalidStep != null) {
            Notifications.warning(getTranslation("draft.invalid", invalidStep));
            return;
        }
        DraftAgreementSaved[] saved = new DraftAgreementSaved[1];
        Notifications.attempt(() -> {
            AgreementTerms terms = form.data().toTerms();
            saved[0] = agreementId == null
                    ? createDraft.create(new CreateDraftAgreementCommand(terms))
                    : editDraft.edit(new EditDraftAgreementCommand(agreementId, version, terms));
        }, () -> {
            form.markSaved();
            agreementId = saved[0].agreementId();
            version = saved[0].version();
            Notifications.success(getTranslation("draft.saved", form.data().getReference().strip()));
            if (!saved[0].requirement().mandatory()) {
                Notifications.info(getTranslation("draft.subsidy.noAgreementRequired"));
            }
            UI.getCurrent().navigate("conventions/" + saved[0].agreementId());
        });
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (form != null && form.hasChanges()) {
            BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
            Confirmations.confirmDestructive(getTranslation("draft.leave.title"), getTranslation("draft.leave.text"),
                    getTranslation("draft.leave.confirm"), getTranslation("draft.leave.stay"), leave::proceed, () -> { });
        }
    }

    @Override
    public String getPageTitle() {
        return title + " — " + getTranslation("app.title");
    }
}
