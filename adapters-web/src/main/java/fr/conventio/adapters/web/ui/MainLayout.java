package fr.conventio.adapters.web.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** The one layout of the staff UI: header with the product name, side navigation. */
public class MainLayout extends AppLayout {

    public MainLayout() {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        addToNavbar(toggle, title);

        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        nav.addItem(new SideNavItem(getTranslation("nav.agreements"), AgreementListView.class, VaadinIcon.FILE_TEXT_O.create()));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
