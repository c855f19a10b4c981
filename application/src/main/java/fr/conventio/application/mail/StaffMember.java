package fr.conventio.application.mail;

import fr.conventio.domain.party.EmailAddress;

import java.util.Objects;
import java.util.Set;

/** A member of staff who receives the daily digest: user name, e-mail address and roles (as in {@code Roles}). */
public record StaffMember(String username, EmailAddress email, Set<String> roles) {

    public StaffMember {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        roles = Set.copyOf(roles);
    }
}
