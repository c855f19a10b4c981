package fr.conventio.adapters.web.ui.common;

import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.conventio.application.security.UseCasePermissions;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The logged-in member of staff as the views need it: name, roles, and whether a use case is
 * allowed (an action not allowed is simply not offered; bootstrap refuses it anyway if forced).
 */
public class CurrentStaff {

    private final String name;
    private final Set<String> roles;

    public CurrentStaff(String name, Set<String> roles) {
        this.name = name;
        this.roles = Set.copyOf(roles);
    }

    public static CurrentStaff from(AuthenticationContext authentication) {
        return authentication.getAuthenticatedUser(UserDetails.class)
                .map(user -> new CurrentStaff(user.getUsername(), user.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority).map(role -> role.replaceFirst("^ROLE_", ""))
                        .collect(Collectors.toSet())))
                .orElseGet(() -> new CurrentStaff("anonyme", Set.of()));
    }

    public String name() {
        return name;
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean may(Class<?> useCase) {
        return UseCasePermissions.isAllowed(useCase, roles);
    }
}
