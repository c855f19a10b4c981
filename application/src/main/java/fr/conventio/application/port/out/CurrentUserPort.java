package fr.conventio.application.port.out;

/** Who is acting: the logged-in member of staff (or "system" for start-up tasks such as demo data). */
public interface CurrentUserPort {

    /** The login of the current user, never blank. */
    String currentUser();
}
