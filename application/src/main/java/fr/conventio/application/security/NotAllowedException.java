package fr.conventio.application.security;

/** The current user's roles do not allow this use case (deny by default, see {@link UseCasePermissions}). */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String useCase, String user) {
        super("Action non autorisée pour " + user + " : « " + useCase + " » n'est pas permis à vos rôles.");
    }
}
