package fr.conventio.application.mail;

import java.util.List;

/** The staff accounts (configuration, {@code conventio.security.users[n]}) that have an e-mail address. */
public interface StaffDirectoryPort {

    /** Every member of staff with an e-mail address, by user name. */
    List<StaffMember> withEmail();
}
