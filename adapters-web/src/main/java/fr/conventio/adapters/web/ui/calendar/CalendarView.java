package fr.conventio.adapters.web.ui.calendar;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.adapters.web.ui.MainLayout;
import fr.conventio.adapters.web.ui.common.Confirmations;
import fr.conventio.adapters.web.ui.common.CurrentStaff;
import fr.conventio.adapters.web.ui.common.Notifications;
import fr.conventio.application.calendar.CalendarSubscription;
import fr.conventio.application.calendar.GetCalendarSubscriptionQuery;
import fr.conventio.application.calendar.GetCalendarSubscriptionUseCase;
import fr.conventio.application.calendar.IssueCalendarTokenCommand;
import fr.conventio.application.calendar.IssueCalendarTokenUseCase;
import fr.conventio.application.calendar.IssuedCalendarToken;
import fr.conventio.application.calendar.RevokeCalendarTokenCommand;
import fr.conventio.application.calendar.RevokeCalendarTokenUseCase;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * « Mon agenda »: the member of staff's address to subscribe a calendar application to the deadlines. The address
 * holds a secret token, shown once when it is created (only its digest is kept), with a button that copies it;
 * regenerating closes the previous address, revoking closes it. A read-only account reads this page but keeps no
 * token (it changes nothing, its own settings included).
 */
@PermitAll
@Route(value = "agenda", layout = MainLayout.class)
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final GetCalendarSubscriptionUseCase subscription;
    private final IssueCalendarTokenUseCase issue;
    private final RevokeCalendarTokenUseCase revoke;
    private final CurrentStaff staff;

    final Paragraph status = new Paragraph();
    final Div issued = new Div();
    final TextField address = new TextField();
    final Button create = new Button();
    final Button revokeButton = new Button();

    public CalendarView(GetCalendarSubscriptionUseCase subscription, IssueCalendarTokenUseCase issue, RevokeCalendarTokenUseCase revoke,
                        AuthenticationContext authentication) {
        this(subscription, issue, revoke, CurrentStaff.from(authentication));
    }

    CalendarView(GetCalendarSubscriptionUseCase subscription, IssueCalendarTokenUseCase issue, RevokeCalendarTokenUseCase revoke,
                 CurrentStaff staff) {
        this.subscription = subscription;
        this.issue = issue;
        this.revoke = revoke;
        this.staff = staff;
        setId("calendar-view");
        setMaxWidth("60rem");
        add(new H2(getTranslation("calendar.title")));
        add(new Paragraph(getTranslation("calendar.intro")));
        status.setId("calendar-status");
        add(status);

        issued.setId("calendar-issued");
        issued.setVisible(false);
        address.setId("calendar-address");
        address.setLabel(getTranslation("calendar.address.label"));
        address.setReadOnly(true);
        address.setWidthFull();
        Button copy = new Button(getTranslation("calendar.copy"), click -> {
            address.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", address.getValue());
            Notifications.success(getTranslation("calendar.copied"));
        });
        copy.setId("calendar-copy");
        HorizontalLayout addressLine = new HorizontalLayout(address, copy);
        addressLine.setWidthFull();
        addressLine.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        addressLine.expand(address);
        issued.add(addressLine, new Paragraph(getTranslation("calendar.address.once")), new Paragraph(getTranslation("calendar.agreements")));
        add(issued);

        create.setId("calendar-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> createOrRegenerate());
        revokeButton.setId("calendar-revoke");
        revokeButton.setText(getTranslation("calendar.revoke"));
        revokeButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revokeButton.addClickListener(click -> Confirmations.confirmDestructive(getTranslation("calendar.revoke.title"),
                getTranslation("calendar.revoke.text"), getTranslation("calendar.revoke"), getTranslation("calendar.keep"),
                this::revoke, () -> { }));
        boolean mayHoldToken = staff.may(IssueCalendarTokenUseCase.class);
        create.setVisible(mayHoldToken);
        revokeButton.setVisible(mayHoldToken);
        if (!mayHoldToken) {
            add(new Paragraph(getTranslation("calendar.readOnly")));
        }
        add(new HorizontalLayout(create, revokeButton));
        refresh();
    }

    private void refresh() {
        CalendarSubscription current = subscription.get(new GetCalendarSubscriptionQuery());
        status.setText(current.issuedAt()
                .map(at -> getTranslation("calendar.status.active", Formats.date(LocalDate.ofInstant(at, PARIS))))
                .orElseGet(() -> getTranslation("calendar.status.none")));
        create.setText(getTranslation(current.active() ? "calendar.regenerate" : "calendar.create"));
        revokeButton.setEnabled(current.active());
    }

    private void createOrRegenerate() {
        if (subscription.get(new GetCalendarSubscriptionQuery()).active()) {
            Confirmations.confirmDestructive(getTranslation("calendar.regenerate.title"), getTranslation("calendar.regenerate.text"),
                    getTranslation("calendar.regenerate"), getTranslation("calendar.keep"), this::issue, () -> { });
        } else {
            issue();
        }
    }

    private void issue() {
        IssuedCalendarToken[] token = new IssuedCalendarToken[1];
        Notifications.attempt(() -> token[0] = issue.issue(new IssueCalendarTokenCommand()), () -> {
            address.setValue(CalendarAddresses.portfolio(token[0].token()));
            issued.setVisible(true);
            refresh();
            Notifications.success(getTranslation("calendar.created"));
        });
    }

    private void revoke() {
        Notifications.attempt(() -> revoke.revoke(new RevokeCalendarTokenCommand()), () -> {
            address.clear();
            issued.setVisible(false);
            refresh();
            Notifications.success(getTranslation("calendar.revoked"));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title") + " — " + getTranslation("app.title");
    }
}
