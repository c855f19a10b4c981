package fr.conventio.application.fakes;

import fr.conventio.application.port.out.CurrentUserPort;

import java.util.Objects;

/** {@link CurrentUserPort} for tests: a login that tests may change ({@link #actAs}). */
public final class FixedCurrentUser implements CurrentUserPort {

    private volatile String login;

    public FixedCurrentUser(String login) {
        actAs(login);
    }

    public void actAs(String newLogin) {
        if (Objects.requireNonNull(newLogin).isBlank()) {
            throw new IllegalArgumentException("identifiant vide");
        }
        this.login = newLogin;
    }

    @Override
    public String currentUser() {
        return login;
    }
}
