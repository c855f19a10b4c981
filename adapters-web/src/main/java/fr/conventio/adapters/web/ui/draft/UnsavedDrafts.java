package fr.conventio.adapters.web.ui.draft;

import fr.conventio.application.shared.SubmissionKey;

import com.vaadin.flow.server.VaadinSession;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What was typed in the wizard and not saved yet, kept on the server in the user's session (one per user and per
 * draft: {@code "nouvelle"} before the first save, the draft's id and version after), so that a reload, a closed
 * tab or a lost connection does not lose it. It goes when the draft is saved or when the user chooses to leave
 * without saving. It does not outlive the session (sign-out, idle timeout): the saved draft does.
 */
final class UnsavedDrafts {

    /** The key of a draft not saved yet. */
    static final String NEW = "nouvelle";
    private static final String ATTRIBUTE = UnsavedDrafts.class.getName();

    /** The form data typed (the wizard's own, live), the intention's key and the step shown (0-based). */
    record Kept(DraftFormData data, SubmissionKey submission, int step) {
    }

    private UnsavedDrafts() {
    }

    /** The key of a stored draft at {@code version}: input kept on an older version is not restored over a newer save. */
    static String of(String agreementId, long version) {
        return agreementId + "@" + version;
    }

    static Optional<Kept> find(VaadinSession session, String key) {
        return Optional.ofNullable(all(session).get(key));
    }

    static void keep(VaadinSession session, String key, Kept kept) {
        all(session).put(key, kept);
    }

    static void forget(VaadinSession session, String key) {
        all(session).remove(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Kept> all(VaadinSession session) {
        Object stored = session.getAttribute(ATTRIBUTE);
        if (stored == null) {
            Map<String, Kept> created = new HashMap<>();
            session.setAttribute(ATTRIBUTE, created);
            return created;
        }
        return (Map<String, Kept>) stored;
    }
}
