package fr.conventio.adapters.web.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinSession;

/** What every upload field of the application shares: its French texts, and running an upload's outcome in the session. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * The upload component's texts in French: the drop and add prompts, and the refusals it makes itself in the browser
     * (too big, wrong type, too many files).
     */
    public static UploadI18N french(String drop, String add, String tooBig, String wrongType, String tooMany) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(tooBig).setIncorrectFileType(wrongType).setTooManyFiles(tooMany));
        return i18n;
    }

    /** Runs an upload's outcome for {@code component} with the session lock (the upload handler itself runs without it). */
    public static void inSession(Component component, Command command) {
        UI ui = component.getUI().orElse(UI.getCurrent());
        VaadinSession session = ui == null ? null : ui.getSession();
        if (session == null || session.hasLock()) {
            command.execute();
        } else {
            ui.access(command);
        }
    }
}
