package fr.conventio.adapters.web.ui.admin;

import fr.conventio.application.paperwork.GetFunderLogoUseCase;
import fr.conventio.application.paperwork.ListDocumentTemplatesUseCase;
import fr.conventio.application.paperwork.RemoveFunderLogoUseCase;
import fr.conventio.application.paperwork.UploadFunderLogoUseCase;
import fr.conventio.application.paperwork.PreviewDocumentTemplateUseCase;
import fr.conventio.application.paperwork.ResetDocumentTemplateUseCase;
import fr.conventio.application.paperwork.SaveDocumentTemplateUseCase;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.adapters.web.ui.MainLayout;
import fr.conventio.adapters.web.ui.common.Confirmations;
import fr.conventio.adapters.web.ui.common.Messages;
import fr.conventio.adapters.web.ui.common.Notifications;
import fr.conventio.application.funder.DefineBudgetLineCommand;
import fr.conventio.application.funder.DefineBudgetLineUseCase;
import fr.conventio.application.funder.FunderSettings.BudgetLineSettings;
import fr.conventio.application.funder.FunderSettings.YearFigures;
import fr.conventio.application.funder.FunderSettings;
import fr.conventio.application.funder.GetFunderSettingsQuery;
import fr.conventio.application.funder.GetFunderSettingsUseCase;
import fr.conventio.application.funder.SetUpFunderUseCase;
import fr.conventio.application.publication.ExportOpenDataQuery;
import fr.conventio.application.publication.ExportOpenDataUseCase;
import fr.conventio.application.publication.OpenDataExport;
import fr.conventio.application.security.Roles;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Administration (administrators only): the funder's identity and signatories (P1), its budget lines
 * with their figures per year and the dialogs that change them (B3, B4), and the open-data export of
 * the year's subsidies in the national SCDL format (X1), and the wording of the generated documents (letterhead,
 * opening, closing; {@link DocumentTemplatesSection}) with the funder's logo in their letterhead ({@link FunderLogoPanel}).
 */
@RolesAllowed(Roles.ADMINISTRATEUR)
@Route(value = "administration", layout = MainLayout.class)
public class AdministrationView extends VerticalLayout implements HasDynamicTitle {

    private final GetFunderSettingsUseCase getFunderSettings;
    private final SetUpFunderUseCase setUpFunder;
    private final DefineBudgetLineUseCase defineBudgetLine;
    private final ExportOpenDataUseCase exportOpenData;
    private final int currentYear;
    private Optional<FunderSettings> settings = Optional.empty();

    final Section funderSection = new Section();
    FunderForm funderForm;
    final Select<Integer> linesYear = new Select<>();
    final Grid<BudgetLineSettings> lines = new Grid<>();
    final Button newLine = new Button();
    final Paragraph linesNote = new Paragraph();
    final Select<Integer> exportYear = new Select<>();
    final Anchor download = new Anchor();
    final Div exportReport = new Div();
    final DocumentTemplatesSection templatesSection;
    final FunderLogoPanel logoPanel;

    public AdministrationView(GetFunderSettingsUseCase getFunderSettings, SetUpFunderUseCase setUpFunder,
                              DefineBudgetLineUseCase defineBudgetLine, ExportOpenDataUseCase exportOpenData,
                              ListDocumentTemplatesUseCase listTemplates, SaveDocumentTemplateUseCase saveTemplate,
                              ResetDocumentTemplateUseCase resetTemplate, PreviewDocumentTemplateUseCase previewTemplate,
                              UploadFunderLogoUseCase uploadLogo, GetFunderLogoUseCase getLogo, RemoveFunderLogoUseCase removeLogo,
                              Clock clock) {
        this.getFunderSettings = getFunderSettings;
        this.setUpFunder = setUpFunder;
        this.defineBudgetLine = defineBudgetLine;
        this.exportOpenData = exportOpenData;
        this.currentYear = LocalDate.now(clock).getYear();
        setWidthFull();
        H2 title = new H2(getTranslation("admin.title"));
        title.addClassName("page-title");
        templatesSection = new DocumentTemplatesSection(listTemplates, saveTemplate, resetTemplate, previewTemplate);
        Section templates = section(new Section(), "admin-templates", new H3(getTranslation("admin.templates.title")));
        logoPanel = new FunderLogoPanel(uploadLogo, getLogo, removeLogo);
        templates.add(logoPanel, templatesSection);
        add(title, funderSection(), linesSection(), openDataSection(), templates);
        reload();
    }

    private static Section section(Section section, String id, H3 heading) {
        section.setId(id);
        section.setWidthFull();
        heading.setId(id + "-title");
        section.getElement().setAttribute("aria-labelledby", id + "-title");
        section.add(heading);
        return section;
    }

    private Section funderSection() {
        return section(funderSection, "admin-funder", new H3(getTranslation("admin.funder.title")));
    }

    private Section linesSection() {
        Section section = section(new Section(), "admin-lines", new H3(getTranslation("admin.lines.title")));
        List<Integer> years = IntStream.rangeClosed(currentYear - 5, currentYear + 2).boxed().toList();
        linesYear.setId("admin-lines-year");
        linesYear.setLabel(getTranslation("admin.lines.year"));
        linesYear.setItems(years);
        linesYear.setValue(currentYear);
        linesYear.addValueChangeListener(change -> lines.getDataProvider().refreshAll());
        newLine.setText(getTranslation("admin.line.create"));
        newLine.setIcon(VaadinIcon.PLUS.create());
        newLine.setId("admin-line-create");
        newLine.addClickListener(click -> BudgetLineDialog.create(defineBudgetLine, linesYear.getValue(), this::reload).open());
        HorizontalLayout toolbar = new HorizontalLayout(linesYear, newLine);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        linesNote.setId("admin-lines-note");

        lines.setId("admin-lines-grid");
        lines.setAriaLabel(getTranslation("admin.lines.title"));
        lines.setAllRowsVisible(true);
        lines.addColumn(BudgetLineSettings::code).setHeader(getTranslation("admin.column.code")).setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(BudgetLineSettings::label).setHeader(getTranslation("admin.column.label")).setFlexGrow(2);
        lines.addColumn(line -> amount(line, YearFigures::envelope)).setHeader(getTranslation("admin.column.envelope"))
                .setTextAlign(ColumnTextAlign.END).setPartNameGenerator(l -> "amount").setAutoWidth(true);
        // a fixed width: the automatic one is measured before the badge is styled, and cut it by a few pixels
        lines.addComponentColumn(this::adoptedBadge).setHeader(getTranslation("admin.column.adopted")).setWidth("9.5rem").setFlexGrow(0);
        lines.addColumn(line -> amount(line, YearFigures::committed)).setHeader(getTranslation("admin.column.committed"))
                .setTextAlign(ColumnTextAlign.END).setPartNameGenerator(l -> "amount").setAutoWidth(true);
        lines.addColumn(line -> amount(line, YearFigures::paid)).setHeader(getTranslation("admin.column.paid"))
                .setTextAlign(ColumnTextAlign.END).setPartNameGenerator(l -> "amount").setAutoWidth(true);
        lines.addColumn(line -> amount(line, YearFigures::remaining)).setHeader(getTranslation("admin.column.remaining"))
                .setTextAlign(ColumnTextAlign.END).setPartNameGenerator(l -> "amount").setAutoWidth(true);
        lines.addComponentColumn(this::lineActions).setHeader(getTranslation("admin.column.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        lines.setEmptyStateText(getTranslation("admin.lines.none"));
        section.add(toolbar, linesNote, lines);
        return section;
    }

    private Optional<YearFigures> figures(BudgetLineSettings line) {
        int year = linesYear.getValue() == null ? currentYear : linesYear.getValue();
        return line.years().stream().filter(f -> f.year().value() == year).findFirst();
    }

    /** The figure of the selected year; a dash when the line has nothing on that year. */
    private String amount(BudgetLineSettings line, Function<YearFigures, Amount> figure) {
        return figures(line).map(figure).map(Formats::amount).orElse("—");
    }

    private Badge adoptedBadge(BudgetLineSettings line) {
        boolean adopted = figures(line).map(YearFigures::adopted).orElse(false);
        Badge badge = new Badge(getTranslation(adopted ? "admin.line.adopted" : "admin.line.notAdopted"));
        if (adopted) {
            badge.addThemeVariants(BadgeVariant.SUCCESS);
        }
        return badge;
    }

    private HorizontalLayout lineActions(BudgetLineSettings line) {
        int year = linesYear.getValue();
        Button rename = new Button(getTranslation("admin.line.rename"),
                click -> BudgetLineDialog.rename(defineBudgetLine, line, this::reload).open());
        rename.setAriaLabel(getTranslation("admin.line.rename.aria", line.code()));
        Button envelope = new Button(getTranslation("admin.line.setEnvelope"),
                click -> BudgetLineDialog.envelope(defineBudgetLine, line, year, this::reload).open());
        envelope.setAriaLabel(getTranslation("admin.line.setEnvelope.aria", line.code(), String.valueOf(year)));
        Button adopt = new Button(getTranslation("admin.line.adopt"), click -> confirmAdoption(line, year));
        adopt.setAriaLabel(getTranslation("admin.line.adopt.aria", line.code(), String.valueOf(year)));
        adopt.setVisible(!figures(line).map(YearFigures::adopted).orElse(false));
        for (Button button : List.of(rename, envelope, adopt)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        rename.setClassName("line-rename");
        envelope.setClassName("line-envelope");
        adopt.setClassName("line-adopt");
        HorizontalLayout actions = new HorizontalLayout(rename, envelope, adopt);
        actions.setSpacing(false);
        return actions;
    }

    private void confirmAdoption(BudgetLineSettings line, int year) {
        Confirmations.confirm(getTranslation("admin.line.adopt.confirm.title", String.valueOf(year)),
                getTranslation("admin.line.adopt.confirm.text", line.code(), line.label(), String.valueOf(year)),
                getTranslation("admin.line.adopt"),
                () -> Notifications.attemptWithReload(() -> defineBudgetLine.define(new DefineBudgetLineCommand(line.id(), line.version(), line.code(),
                                line.label(), BudgetYear.of(year), null, true)),
                        () -> {
                            Notifications.success(getTranslation("admin.line.saved"));
                            reload();
                        }, this::reload));
    }

    /**
     * The years that have a signed agreement (whatever the current year: the demo's 2020 included), the most
     * recent chosen; for the year chosen, what the file holds and which agreements it leaves out, and why.
     */
    private Section openDataSection() {
        Section section = section(new Section(), "admin-opendata", new H3(getTranslation("admin.opendata.title")));
        exportYear.setId("admin-opendata-year");
        exportYear.setLabel(getTranslation("admin.opendata.year"));
        List<Integer> years = exportOpenData.years().stream().map(BudgetYear::value).toList();
        exportYear.setItems(years);
        exportYear.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                updateDownload(change.getValue());
            }
        });
        download.setId("admin-opendata-download");
        download.addClassName("download-link");
        exportReport.setId("admin-opendata-report");
        exportReport.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout row = new HorizontalLayout(exportYear, download);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        section.add(new Paragraph(getTranslation("admin.opendata.help")), row, exportReport);
        if (years.isEmpty()) {
            row.setVisible(false);
            exportReport.add(new Paragraph(getTranslation("admin.opendata.noYear")));
        } else {
            exportYear.setValue(years.getFirst());
        }
        return section;
    }

    private void updateDownload(int year) {
        download.setHref(openDataDownload(year), AttachmentType.DOWNLOAD);
        download.removeAll();
        download.add(VaadinIcon.DOWNLOAD.create());
        download.add(getTranslation("admin.opendata.download", String.valueOf(year)));
        exportReport.removeAll();
        Notifications.attempt(() -> {
            OpenDataExport export = exportOpenData.export(new ExportOpenDataQuery(BudgetYear.of(year)));
            exportReport.add(new Paragraph(getTranslation("admin.opendata.rows", String.valueOf(export.rowCount()), String.valueOf(year))));
            if (!export.unpublished().isEmpty()) {
                Paragraph title = new Paragraph(getTranslation("admin.opendata.unpublished", String.valueOf(export.unpublished().size())));
                title.setId("admin-opendata-unpublished-title");
                UnorderedList list = new UnorderedList();
                list.setId("admin-opendata-unpublished");
                export.unpublished().forEach(u -> list.add(new ListItem(getTranslation("admin.opendata.unpublished.item", u.reference(),
                        u.associationName(), u.reason()))));
                exportReport.add(title, list);
            }
        }, () -> {
        });
    }

    /**
     * The SCDL file of {@code year}, built when the link is followed (file name and content from
     * {@link ExportOpenDataUseCase}, UTF-8 CSV). A refusal is answered with an error status and told in
     * the page.
     */
    DownloadHandler openDataDownload(int year) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                OpenDataExport export = exportOpenData.export(new ExportOpenDataQuery(BudgetYear.of(year)));
                byte[] bytes = export.csv().getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(bytes), export.fileName(), "text/csv;charset=UTF-8", bytes.length);
            } catch (RuntimeException refusal) {
                if (event.getUI() != null) {
                    event.getUI().access(() -> Notifications.error(refusal));
                }
                return DownloadResponse.error(500, Messages.of(refusal));
            }
        });
    }

    private void reload() {
        Notifications.attempt(() -> settings = getFunderSettings.get(new GetFunderSettingsQuery()), this::show);
    }

    private void show() {
        if (funderForm != null) {
            funderSection.remove(funderForm);
        }
        funderForm = settings.map(s -> new FunderForm(FunderFormData.of(s), s.version(), setUpFunder, this::reload))
                .orElseGet(() -> new FunderForm(FunderFormData.empty(), null, setUpFunder, this::reload));
        funderSection.add(funderForm);
        lines.setItems(settings.map(FunderSettings::budgetLines).orElse(List.of()));
        newLine.setEnabled(settings.isPresent());
        linesNote.setText(settings.isPresent() ? "" : getTranslation("admin.lines.funderFirst"));
        linesNote.setVisible(settings.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title") + " — " + getTranslation("app.title");
    }
}
