package fr.conventio.application.security;

import java.util.List;

/**
 * The staff roles (constants usable in annotations). Who may run which use case is decided in
 * {@link UseCasePermissions}; the web adapter also uses these names on its routes.
 */
public final class Roles {

    /** Case officer (instructeur): drafts and follows agreements, checks documents. */
    public static final String INSTRUCTEUR = "INSTRUCTEUR";
    /** Manager (responsable): approves, signs, decides settlements, recovery orders, amendments, terminations. */
    public static final String RESPONSABLE = "RESPONSABLE";
    /** Finance department (finances): records payments and receipts. */
    public static final String FINANCES = "FINANCES";
    /** Read-only (lecture): reads everything, changes nothing. */
    public static final String LECTURE = "LECTURE";
    /** Administrator (administrateur): funder settings, budget lines, users. */
    public static final String ADMINISTRATEUR = "ADMINISTRATEUR";

    public static final List<String> ALL = List.of(INSTRUCTEUR, RESPONSABLE, FINANCES, LECTURE, ADMINISTRATEUR);

    private Roles() {
    }
}
