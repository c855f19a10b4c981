package fr.conventio.adapters.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.conventio.adapters.web.ui.admin.AdministrationView;
import fr.conventio.adapters.web.ui.association.AssociationListView;
import fr.conventio.adapters.web.ui.common.CurrentStaff;
import fr.conventio.adapters.web.ui.dashboard.DashboardView;
import fr.conventio.application.security.Roles;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.core.GrantedAuthority;

import java.util.stream.Collectors;

/**
 * The one layout of the staff UI: header with the product, the user and role, logout; side navigation
 * (the current page is marked by {@link SideNav} with {@code aria-current="page"}). Administration is
 * offered to administrators only, as its route allows. Vaadin 25 checks a route's parent layouts too
 * (deny by default): the layout is open to every logged-in member of staff, the views decide the rest.
 */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));

        HorizontalLayout header = new HorizontalLayout(toggle, title);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        authentication.getAuthenticatedUser(org.springframework.security.core.userdetails.UserDetails.class).ifPresent(user -> {
            String roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .map(role -> getTranslation("role." + role.replaceFirst("^ROLE_", "")))
                    .collect(Collectors.joining(", "));
            Span who = new Span(user.getUsername() + " — " + roles);
            who.setId("current-user");
            Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.setId("logout");
            HorizontalLayout userBox = new HorizontalLayout(who, logout);
            userBox.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            userBox.getStyle().set("margin-inline-start", "auto").set("padding-inline-end", "var(--lumo-space-m)");
            header.add(userBox);
        });
        addToNavbar(header);

        addToDrawer(navigation(CurrentStaff.from(authentication)));
        setPrimarySection(Section.DRAWER);
    }

    private SideNav navigation(CurrentStaff staff) {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.setLabel(getTranslation("nav.label"));
        nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), DashboardView.class, VaadinIcon.DASHBOARD.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.agreements"), AgreementListView.class, VaadinIcon.FILE_TEXT_O.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.associations"), AssociationListView.class, VaadinIcon.GROUP.create()));
        if (staff.may(fr.conventio.application.calendar.IssueCalendarTokenUseCase.class)) { // a read-only account keeps no token
            nav.addItem(new SideNavItem(getTranslation("nav.calendar"), fr.conventio.adapters.web.ui.calendar.CalendarView.class,
                    VaadinIcon.CALENDAR.create()));
        }
        if (staff.roles().contains(Roles.ADMINISTRATEUR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.administration"), AdministrationView.class, VaadinIcon.COG.create()));
        }
        return nav;
    }
}
