package fr.conventio.application.fakes;

import fr.conventio.application.mail.StaffDirectoryPort;
import fr.conventio.application.mail.StaffMember;
import fr.conventio.domain.party.EmailAddress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Staff accounts with an e-mail address, as configuration lists them. */
public final class InMemoryStaffDirectory implements StaffDirectoryPort {

    private final List<StaffMember> members = new ArrayList<>();

    public synchronized InMemoryStaffDirectory add(String username, String email, String... roles) {
        members.add(new StaffMember(username, new EmailAddress(email), Set.of(roles)));
        return this;
    }

    @Override
    public synchronized List<StaffMember> withEmail() {
        return members.stream().sorted(Comparator.comparing(StaffMember::username)).toList();
    }
}
