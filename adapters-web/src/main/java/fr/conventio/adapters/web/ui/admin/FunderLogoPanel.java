package fr.conventio.adapters.web.ui.admin;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.adapters.web.ui.agreement.dialog.BoundedUploadHandler;
import fr.conventio.adapters.web.ui.common.Messages;
import fr.conventio.adapters.web.ui.common.Notifications;
import fr.conventio.adapters.web.ui.common.OneClick;
import fr.conventio.adapters.web.ui.common.Uploads;
import fr.conventio.application.paperwork.FunderLogoView;
import fr.conventio.application.paperwork.GetFunderLogoUseCase;
import fr.conventio.application.paperwork.RemoveFunderLogoUseCase;
import fr.conventio.application.paperwork.UploadFunderLogoCommand;
import fr.conventio.application.paperwork.UploadFunderLogoUseCase;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.domain.paperwork.FunderLogo;
import fr.conventio.domain.shared.FileNames;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadMetadata;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The funder's logo in the letterhead of every generated document (issue 11): a PNG or JPEG of at most 1 Mo, checked by
 * its content (the refusal says why, in French, under the upload), previewed here as it was stored, removable.
 */
final class FunderLogoPanel extends VerticalLayout {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    final Upload upload = new Upload();
    final Span message = new Span();
    final Image preview = new Image();
    final Span description = new Span();
    final Button remove = new Button();

    private final UploadFunderLogoUseCase uploadLogo;
    private final GetFunderLogoUseCase getLogo;
    private final RemoveFunderLogoUseCase removeLogo;

    FunderLogoPanel(UploadFunderLogoUseCase uploadLogo, GetFunderLogoUseCase getLogo, RemoveFunderLogoUseCase removeLogo) {
        this.uploadLogo = uploadLogo;
        this.getLogo = getLogo;
        this.removeLogo = removeLogo;
        setId("admin-logo");
        setPadding(false);
        setSpacing(false);
        add(new H4(getTranslation("admin.logo.title")), new Paragraph(getTranslation("admin.logo.help")));

        upload.setId("admin-logo-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(FunderLogo.MAX_BYTES);
        upload.setAcceptedFileTypes(FunderLogo.PNG, FunderLogo.JPEG, ".png", ".jpg", ".jpeg");
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setI18n(Uploads.french(getTranslation("admin.logo.drop"), getTranslation("admin.logo.add"), getTranslation("admin.logo.tooBigShort"),
                getTranslation("admin.logo.wrongType"), getTranslation("agreement.upload.tooMany")));
        upload.getElement().setAttribute("aria-label", getTranslation("admin.logo.file"));
        upload.setUploadHandler(new BoundedUploadHandler(FunderLogo.MAX_BYTES, getTranslation("admin.logo.tooBig", BoundedUploadHandler.NAME),
                new BoundedUploadHandler.Receiver() {
                    @Override
                    public void received(UploadMetadata metadata, byte[] content) {
                        Uploads.inSession(FunderLogoPanel.this, () -> store(metadata.fileName(), content));
                    }

                    @Override
                    public void tooLarge(String fileName, String refusal) {
                        Uploads.inSession(FunderLogoPanel.this, () -> refused(refusal));
                    }
                }));
        message.setId("admin-logo-message");
        message.getElement().setAttribute("aria-live", "polite");

        preview.setId("admin-logo-preview");
        preview.setAlt(getTranslation("admin.logo.alt"));
        preview.setMaxHeight("64px");
        preview.setMaxWidth("240px");
        description.setId("admin-logo-description");
        remove.setId("admin-logo-remove");
        remove.setText(getTranslation("admin.logo.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> remove());
        OneClick.guard(remove);
        HorizontalLayout current = new HorizontalLayout(preview, description, remove);
        current.setAlignItems(FlexComponent.Alignment.CENTER);
        current.getStyle().set("flex-wrap", "wrap");
        add(current, upload, message);
        show();
    }

    /** Shows the stored logo, or says there is none. */
    private void show() {
        Optional<FunderLogoView>[] logo = new Optional[]{Optional.empty()};
        Notifications.attempt(() -> logo[0] = getLogo.current(), () -> {
        });
        if (logo[0].isEmpty()) {
            preview.setVisible(false);
            remove.setVisible(false);
            description.setText(getTranslation("admin.logo.none"));
            return;
        }
        FunderLogoView view = logo[0].get();
        byte[] bytes = view.content();
        preview.setSrc(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes), view.fileName(),
                view.mediaType(), bytes.length)).inline());
        preview.setVisible(true);
        remove.setVisible(true);
        description.setText(getTranslation("admin.logo.current", FileNames.display(view.fileName()), view.width(), view.height(),
                Formats.date(view.uploadedAt().atZone(PARIS).toLocalDate()), view.uploadedBy()));
    }

    void store(String fileName, byte[] content) {
        try {
            FunderLogoView stored = uploadLogo.upload(new UploadFunderLogoCommand(fileName, content));
            message.setText(getTranslation("admin.logo.saved", FileNames.display(stored.fileName())));
            upload.clearFileList();
            show();
        } catch (InvalidCommandException refusal) {
            refused(Messages.of(refusal));
        } catch (RuntimeException failure) {
            upload.clearFileList();
            Notifications.error(failure);
        }
    }

    private void refused(String refusal) {
        message.setText(refusal);
        upload.clearFileList();
    }

    private void remove() {
        if (Notifications.attempt(removeLogo::remove, () -> {
        })) {
            message.setText(getTranslation("admin.logo.removed"));
            show();
        }
    }

}
