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
import fr.conventio.application.shared.DuplicateReferenceException;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.AgreementId;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Creates ({@code conventions/nouvelle}) or edits ({@code conventions/:id/modifier}, DRAFT only) an
 * agreement through the {@link DraftForm} wizard. Saving calls {@link CreateDraftAgreementUseCase} (once, with the
 * instalments and the multi-year plan typed: one transaction) or {@link EditDraftAgreementUseCase}, then opens the agreement page; a refusal leaves the form as typed.
 * Leaving with unsaved changes asks for confirmation (staying is the default); closing or reloading the tab
 * asks the browser's own question. What is typed is kept in the user's session ({@link UnsavedDrafts}) until it is
 * saved: a reload shows it again with a notice. The step shown is in the URL ({@code ?etape=2}). The first save
 * replaces {@code conventions/nouvelle} by the draft's edit URL in the browser's history, so that Back, then Save,
 * edits the saved draft instead of creating a second one; the wizard's submission key makes a replayed creation
 * answer the first draft.
 */
@Route(value = "conventions/nouvelle", layout = MainLayout.class)
@RouteAlias(value = "conventions/:id/modifier", layout = MainLayout.class)
@RolesAllowed({Roles.INSTRUCTEUR, Roles.RESPONSABLE})
public class DraftAgreementView extends VerticalLayout
        implements BeforeEnterObserver, AfterNavigationObserver, BeforeLeaveObserver, HasDynamicTitle {

    /** The query parameter naming the step shown, 1-based ({@code ?etape=3}). */
    static final String STEP_PARAMETER = "etape";

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
    private fr.conventio.application.association.GetAssociationUseCase getAssociation;

    private DraftForm form;
    private AgreementId agreementId;
    private long version;
    private String title;
    private SubmissionKey submission;
    private String keptKey;
    private Integer requestedStep;
    private boolean guardedInBrowser;

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

    /** The association page's read model, for D3 on the annual total (set by Spring, after construction). */
    @Autowired
    void countAnnualTotalsWith(fr.conventio.application.association.GetAssociationUseCase getAssociation) {
        this.getAssociation = getAssociation;
    }

    /** The check of the split against the budget lines (set by Spring, after construction, before the view is shown). */
    @Autowired
    void warnWith(GetSubsidyCommitmentsCheckUseCase check) {
        this.checkCommitments = check;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        requestedStep = requestedStep(event.getLocation().getQueryParameters().getParameters().get(STEP_PARAMETER));
        Optional<String> id = event.getRouteParameters().get("id");
        if (id.isPresent()) {
            openDraft(id.get());
        } else {
            openNew();
        }
    }

    /** "?etape=3" → 2 (0-based); anything else → none. */
    private static Integer requestedStep(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(values.getFirst().strip()) - 1;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** A blank draft for the current budget year, or what was typed and not saved yet in this session. */
    void openNew() {
        agreementId = null;
        title = getTranslation("draft.title.new");
        UseCaseDraftChoices choices = new UseCaseDraftChoices(searchAssociations, funderSettings, checkCommitments)
                .withAnnualTotals(getAssociation);
        if (!choices.funderReady()) {
            showMessage(getTranslation("draft.funderMissing"));
            return;
        }
        keptKey = UnsavedDrafts.NEW;
        Optional<UnsavedDrafts.Kept> kept = UnsavedDrafts.find(VaadinSession.getCurrent(), keptKey);
        submission = kept.map(UnsavedDrafts.Kept::submission).orElseGet(SubmissionKey::newKey);
        show(new DraftForm(kept.map(UnsavedDrafts.Kept::data).orElseGet(() -> DraftFormData.blank(LocalDate.now(clock).getYear())),
                choices, associationCreator(), true), kept);
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
        UseCaseDraftChoices choices = new UseCaseDraftChoices(searchAssociations, funderSettings, checkCommitments)
                .withAnnualTotals(getAssociation);
        keptKey = UnsavedDrafts.of(id, version);
        Optional<UnsavedDrafts.Kept> kept = UnsavedDrafts.find(VaadinSession.getCurrent(), keptKey);
        show(new DraftForm(kept.map(UnsavedDrafts.Kept::data).orElseGet(() -> DraftFormData.of(details,
                lineId -> choices.budgetLines().stream().filter(line -> line.id().equals(lineId)).findFirst())),
                choices, associationCreator(), false), kept);
    }

    DraftForm form() {
        return form;
    }

    private void show(DraftForm draftForm, Optional<UnsavedDrafts.Kept> kept) {
        removeAll();
        form = draftForm;
        form.addSaveListener(event -> save());
        form.addCancelListener(event -> UI.getCurrent().navigate(AgreementListView.class));
        H2 heading = new H2(title);
        heading.addClassName("page-title");
        add(heading);
        if (kept.isPresent()) {
            form.markRestored();
            add(restoredNotice());
        }
        add(form);
        Integer step = requestedStep != null ? requestedStep : kept.map(UnsavedDrafts.Kept::step).orElse(null);
        if (step != null && step >= 0 && step < form.stepCount()) {
            form.show(step);
        }
        form.onChanges(this::keepUnsaved);
        form.onStepShown(index -> {
            if (form.hasChanges()) {
                keepUnsaved();
            }
            showStepInUrl(index);
        });
        guardInBrowser(form.hasChanges());
    }

    /** "Saisie restaurée…" with a button to start again from what is stored. */
    private Div restoredNotice() {
        Div notice = new Div();
        notice.setId("draft-restored");
        notice.addClassName("draft-restored");
        notice.getElement().setAttribute("role", "status");
        Paragraph text = new Paragraph(getTranslation(agreementId == null ? "draft.restored.new" : "draft.restored.edit"));
        Button discard = new Button(getTranslation("draft.restored.discard"), click -> Confirmations.confirm(
                getTranslation("draft.restored.discard.title"), getTranslation("draft.restored.discard.text"),
                getTranslation("draft.restored.discard.confirm"), this::discardUnsaved));
        discard.setId("draft-restored-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        notice.add(text, discard);
        return notice;
    }

    private void discardUnsaved() {
        forgetUnsaved();
        requestedStep = null;
        if (agreementId == null) {
            openNew();
        } else {
            openDraft(agreementId.toString());
        }
        showStepInUrl(0);
    }

    private void keepUnsaved() {
        UnsavedDrafts.keep(VaadinSession.getCurrent(), keptKey, new UnsavedDrafts.Kept(form.data(), submission, form.currentStep()));
        guardInBrowser(true);
    }

    private void forgetUnsaved() {
        if (keptKey != null) {
            UnsavedDrafts.forget(VaadinSession.getCurrent(), keptKey);
        }
        guardInBrowser(false);
    }

    /** The wizard's own URL with the step shown, in place (no history entry per step). */
    private void showStepInUrl(int index) {
        String path = agreementId == null ? "conventions/nouvelle" : "conventions/" + agreementId + "/modifier";
        UI ui = getUI().orElseGet(UI::getCurrent);
        if (ui != null) {
            ui.getPage().getHistory().replaceState(null, path + "?" + STEP_PARAMETER + "=" + (index + 1));
        }
    }

    /** Whether closing or reloading the tab asks the browser's "leave the site?" question. */
    private void guardInBrowser(boolean unsaved) {
        UI ui = getUI().orElseGet(UI::getCurrent);
        if (unsaved == guardedInBrowser || ui == null) {
            return;
        }
        guardedInBrowser = unsaved;
        ui.getPage().executeJs("""
                window.conventioUnsavedDraft = $0;
                if (!window.conventioDraftGuard) {
                    window.conventioDraftGuard = true;
                    window.addEventListener('beforeunload', event => {
                        if (window.conventioUnsavedDraft) {
                            event.preventDefault();
                            event.returnValue = '';
                        }
                    });
                }""", unsaved);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (form != null && (requestedStep != null || form.currentStep() > 0)) {
            showStepInUrl(form.currentStep());
        }
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
        return onRegistered -> AssociationDialog.registration(registerAssociation, searchAssociations, (id, data) -> {
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
        DraftAgreementSaved saved;
        try {
            AgreementTerms terms = form.data().toTerms();
            saved = agreementId == null
                    ? createDraft.create(new CreateDraftAgreementCommand(terms, submission, form.data().multiYearTerms()))
                    : editDraft.edit(new EditDraftAgreementCommand(agreementId, version, terms));
        } catch (DuplicateReferenceException duplicate) {
            form.showReferenceError(duplicate.problemOnTheField());
            return;
        } catch (RuntimeException refused) {
            Notifications.error(refused);
            return;
        }
        saved(saved);
    }

    private void saved(DraftAgreementSaved saved) {
        boolean created = agreementId == null;
        forgetUnsaved();
        form.markSaved();
        agreementId = saved.agreementId();
        version = saved.version();
        if (created) {
            // Back from the agreement page comes to the saved draft's edit page, never to a blank wizard
            UI.getCurrent().getPage().getHistory().replaceState(null, "conventions/" + agreementId + "/modifier");
        }
        Notifications.success(getTranslation("draft.saved", form.data().getReference().strip()));
        if (!saved.requirement().mandatory()) {
            Notifications.info(getTranslation("draft.subsidy.noAgreementRequired"));
        }
        UI.getCurrent().navigate("conventions/" + saved.agreementId());
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (form != null && form.hasChanges()) {
            BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
            Confirmations.confirmLeaving(getTranslation("draft.leave.title"), getTranslation("draft.leave.text"),
                    getTranslation("draft.leave.stay"), getTranslation("draft.leave.confirm"), () -> {
                        forgetUnsaved();
                        leave.proceed();
                    });
        }
    }

    @Override
    public String getPageTitle() {
        return title + " — " + getTranslation("app.title");
    }
}
