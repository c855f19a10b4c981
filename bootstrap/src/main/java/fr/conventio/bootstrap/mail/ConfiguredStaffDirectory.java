package fr.conventio.bootstrap.mail;

import fr.conventio.application.mail.StaffDirectoryPort;
import fr.conventio.application.mail.StaffMember;
import fr.conventio.bootstrap.security.StaffUsersProperties;
import fr.conventio.domain.party.EmailAddress;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The staff of configuration ({@code conventio.security.users[n]}) that have an {@code email}; the demo accounts
 * have none.
 */
public final class ConfiguredStaffDirectory implements StaffDirectoryPort {

    private final List<StaffMember> members;

    public ConfiguredStaffDirectory(StaffUsersProperties properties) {
        this.members = Objects.requireNonNull(properties).users().stream().filter(user -> user.email() != null)
                .map(user -> new StaffMember(user.username(), new EmailAddress(user.email()), Set.copyOf(user.roles())))
                .sorted(Comparator.comparing(StaffMember::username)).toList();
    }

    @Override
    public List<StaffMember> withEmail() {
        return members;
    }
}
