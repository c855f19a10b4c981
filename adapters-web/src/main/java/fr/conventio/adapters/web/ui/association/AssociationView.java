package fr.conventio.adapters.web.ui.association;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.adapters.web.ui.MainLayout;
import fr.conventio.adapters.web.ui.common.Confirmations;
import fr.conventio.adapters.web.ui.common.CurrentStaff;
import fr.conventio.adapters.web.ui.common.Notifications;
import fr.conventio.adapters.web.ui.common.StageBadges;
import fr.conventio.adapters.web.ui.error.RecordNotFoundException;
import fr.conventio.application.association.AssociationDetails;
import fr.conventio.application.association.DeleteAssociationCommand;
import fr.conventio.application.association.DeleteAssociationUseCase;
import fr.conventio.application.association.GetAssociationQuery;
import fr.conventio.application.association.GetAssociationUseCase;
import fr.conventio.application.association.ReceivedDocument;
import fr.conventio.application.association.UpdateAssociationCommand;
import fr.conventio.application.association.UpdateAssociationUseCase;
import fr.conventio.application.reading.AgreementSummary;
import fr.conventio.application.shared.Deletion;
import fr.conventio.domain.obligation.ObligationStatus;
import fr.conventio.domain.party.FiscalYear;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.AssociationId;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The association page: its identity (P2), an edit dialog for case officers (with the version shown, so
 * that a concurrent edit is refused), its agreements (links to the agreement page), what this funder and the
 * others named in the financing plans grant it per budget year ({@link FundingByYear}) and the documents it
 * sent as evidence of its obligations.
 */
@PermitAll
@Route(value = "associations/:" + AssociationView.ID, layout = MainLayout.class)
public class AssociationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID = "id";

    private final GetAssociationUseCase getAssociation;
    private final UpdateAssociationUseCase updateAssociation;
    private final DeleteAssociationUseCase deleteAssociation;
    private final boolean mayEdit;
    private final boolean mayDelete;
    private AssociationId associationId;
    private AssociationDetails details;

    final H2 title = new H2();
    final DescriptionList identity = new DescriptionList();
    final Button edit = new Button();
    /** « Supprimer l'association »: for who may delete, enabled only while no agreement refers to it (the tooltip says why). */
    final Button delete = new Button();
    final Grid<AgreementSummary> agreements = new Grid<>();
    final Grid<ReceivedDocument> documents = new Grid<>();
    final FundingByYear funding = new FundingByYear();

    public AssociationView(GetAssociationUseCase getAssociation, UpdateAssociationUseCase updateAssociation,
                           DeleteAssociationUseCase deleteAssociation, AuthenticationContext authentication) {
        this.getAssociation = getAssociation;
        this.updateAssociation = updateAssociation;
        this.deleteAssociation = deleteAssociation;
        CurrentStaff staff = CurrentStaff.from(authentication);
        this.mayEdit = staff.may(UpdateAssociationUseCase.class);
        this.mayDelete = staff.may(DeleteAssociationUseCase.class);
        setWidthFull();
        title.addClassName("page-title");
        title.setId("association-title");
        identity.setId("association-identity");
        identity.addClassName("identity");

        edit.setText(getTranslation("association.page.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.setId("association-edit");
        edit.setVisible(mayEdit);
        edit.addClickListener(click -> openEdit());

        delete.setText(getTranslation("association.delete"));
        delete.setIcon(VaadinIcon.TRASH.create());
        delete.setId("association-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setVisible(mayDelete);
        delete.addClickListener(click -> confirmDeletion());

        H3 identityTitle = new H3(getTranslation("association.page.identity"));
        HorizontalLayout identityHeader = new HorizontalLayout(identityTitle, edit, delete);
        identityHeader.setAlignItems(FlexComponent.Alignment.BASELINE);
        configureAgreements();
        configureDocuments();
        add(title, identityHeader, identity,
                new H3(getTranslation("association.page.agreements")), agreements,
                new H3(getTranslation("association.funding.title")), funding,
                new H3(getTranslation("association.page.documents")), documents);
    }

    private void configureAgreements() {
        agreements.setId("association-agreements");
        agreements.setAriaLabel(getTranslation("association.page.agreements"));
        agreements.setAllRowsVisible(true);
        agreements.addComponentColumn(a -> agreementLink(a.id(), a.reference()))
                .setHeader(getTranslation("association.agreement.reference")).setAutoWidth(true);
        agreements.addColumn(AgreementSummary::budgetYear).setHeader(getTranslation("association.agreement.year")).setAutoWidth(true);
        agreements.addColumn(a -> Formats.amount(a.subsidy())).setHeader(getTranslation("association.agreement.subsidy"))
                .setTextAlign(ColumnTextAlign.END).setPartNameGenerator(a -> "amount").setAutoWidth(true);
        agreements.addComponentColumn(a -> StageBadges.of(a.stage())).setHeader(getTranslation("association.agreement.stage"))
                .setAutoWidth(true);
        agreements.setEmptyStateText(getTranslation("association.page.agreements.none"));
    }

    private void configureDocuments() {
        documents.setId("association-documents");
        documents.setAriaLabel(getTranslation("association.page.documents"));
        documents.setAllRowsVisible(true);
        documents.addComponentColumn(d -> agreementLink(d.agreementId(), d.agreementReference()))
                .setHeader(getTranslation("association.document.agreement")).setAutoWidth(true);
        documents.addColumn(d -> d.obligationType().label())
                .setHeader(getTranslation("association.document.obligation")).setFlexGrow(3);
        documents.addColumn(ReceivedDocument::fileName).setHeader(getTranslation("association.document.file")).setAutoWidth(true);
        documents.addColumn(d -> Formats.date(d.receivedOn())).setHeader(getTranslation("association.document.receivedOn"))
                .setAutoWidth(true);
        documents.addComponentColumn(d -> documentStatus(d.status())).setHeader(getTranslation("association.document.status"))
                .setAutoWidth(true);
        documents.setEmptyStateText(getTranslation("association.page.documents.none"));
    }

    /** A link to the agreement page (route {@code conventions/:id}, owned by the agreement screen). */
    static Anchor agreementLink(AgreementId id, String reference) {
        return new Anchor("conventions/" + id, reference);
    }

    private Badge documentStatus(ObligationStatus status) {
        Badge badge = new Badge(getTranslation("association.document.status." + status.name()));
        switch (status) {
            case ACCEPTED -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case REJECTED, OVERDUE -> badge.addThemeVariants(BadgeVariant.ERROR);
            case WAIVED -> badge.addThemeVariants(BadgeVariant.CONTRAST);
            default -> { }
        }
        return badge;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID).orElse("");
        try {
            associationId = AssociationId.of(id);
            details = getAssociation.get(new GetAssociationQuery(associationId));
        } catch (IllegalArgumentException | fr.conventio.application.shared.NotFoundException missing) {
            String text = getTranslation("association.page.notFound", id);
            event.rerouteToError(new RecordNotFoundException(text), text);
            return;
        }
        show(details);
    }

    private void reload() {
        Notifications.attempt(() -> details = getAssociation.get(new GetAssociationQuery(associationId)), () -> show(details));
    }

    private void show(AssociationDetails association) {
        title.setText(association.name());
        identity.removeAll();
        entry("association.field.addressBlock", String.join(", ", association.registeredAddress().lines())
                + ", " + association.registeredAddress().postalCode() + " " + association.registeredAddress().city());
        entry("association.field.representative", association.representative().designation());
        entry("association.field.siret", association.siret() == null ? getTranslation("association.page.notRecorded")
                : Identifiers.siret(association.siret().value()));
        entry("association.field.rna", association.rna() == null ? getTranslation("association.page.notRecorded")
                : association.rna().value());
        entry("association.field.fiscalYear", fiscalYear(association.fiscalYear()));
        entry("association.field.annualBudget", Formats.amount(association.annualBudget()));
        entry("association.field.republicanCommitment", association.republicanCommitmentDate() == null
                ? getTranslation("association.page.notRecorded") : Formats.date(association.republicanCommitmentDate()));
        agreements.setItems(association.agreements());
        funding.show(association.fundingByYear());
        boolean referenced = !association.agreements().isEmpty();
        delete.setEnabled(!referenced);
        delete.setTooltipText(referenced ? getTranslation("association.delete.refused") : null);
        documents.setItems(association.documents());
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void entry(String termKey, String description) {
        identity.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(description));
    }

    private String fiscalYear(FiscalYear fiscalYear) {
        if (fiscalYear.isCalendarYear()) {
            return getTranslation("association.page.fiscalYear.calendar");
        }
        return getTranslation("association.page.fiscalYear.starting", fiscalYear.firstDay().getDayOfMonth(),
                fiscalYear.firstDay().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.FRENCH));
    }

    private void openEdit() {
        long version = details.version();
        new AssociationDialog(getTranslation("association.dialog.edit.title"), getTranslation("association.dialog.edit.save"),
                AssociationFormData.of(details),
                data -> updateAssociation.update(new UpdateAssociationCommand(associationId, version, data)).id(),
                (id, data) -> {
                    Notifications.success(getTranslation("association.dialog.edit.done"));
                    reload();
                },
                this::reload).open();
    }

    /** Asks first (« Annuler » is the focused default), naming the association; then back to the list. */
    private void confirmDeletion() {
        long version = details.version();
        String name = details.name();
        ConfirmDialog dialog = Confirmations.confirmDestructive(getTranslation("association.delete.title"),
                getTranslation("association.delete.text", name),
                getTranslation("association.delete.confirm"), getTranslation("association.delete.cancel"),
                () -> Notifications.attemptWithReload(() -> deleted = deleteAssociation.delete(new DeleteAssociationCommand(associationId, version)),
                        () -> {
                            Notifications.success(getTranslation(deleted == Deletion.DELETED ? "association.delete.done"
                                    : "association.delete.already", name));
                            getUI().ifPresent(ui -> ui.navigate(AssociationListView.class));
                        }, this::reload),
                () -> { });
        dialog.setId("association-delete-dialog");
    }

    private Deletion deleted;

    AssociationDetails details() {
        return details;
    }

    @Override
    public String getPageTitle() {
        return (details == null ? getTranslation("association.list.title") : details.name()) + " — " + getTranslation("app.title");
    }
}
