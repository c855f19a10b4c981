package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.adapters.web.ui.common.AmountField;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.application.reading.GetAgreementQuery;
import fr.conventio.application.payment.RecordPaymentCommand;
import fr.conventio.application.settlement.IssueRecoveryOrderCommand;
import fr.conventio.application.settlement.SettleAgreementCommand;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.shared.Amount;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The agreement page on the whole application in memory ({@link InMemoryConventio}, the real 2020
 * agreement through {@link SeedSteps}), browserless (Karibu-Testing), with a logged-in member of staff.
 * Helpers act as a user would: open a tab, click an action, type in a labelled field, confirm.
 */
abstract class AgreementPageTestBase {

    static final String NBSP = "\u00A0";

    final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
    final SeedSteps seed = new SeedSteps(app);
    AgreementView view;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(new Routes().autoDiscoverViews("fr.conventio.adapters.web.testsupport"));
        UI.getCurrent().setLocale(Locale.FRANCE);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Logs in {@code login} with the given roles (also the application's current user) and opens the seed agreement's page. */
    AgreementView openAs(String login, String... roles) {
        UserDetails user = User.withUsername(login).password("n/a").roles(roles).build();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        app.currentUser.actAs(login);
        UI.getCurrent().removeAll();
        view = new AgreementView(app.getAgreement, app.approveAgreement, app.signAgreement, app.recordPayment, app.cancelPayment,
                app.settleAgreement, app.issueRecoveryOrder, app.recordRecoveryReceipt, app.amendAgreement, app.recordThirdPartyDelegation,
                app.storeDocument, app.openDocument, app.receiveEvidence, app.acceptEvidence, app.rejectEvidence, app.waiveObligation,
                app.sendFormalNotice, app.recordNoticeRemedy, app.recordFundingDecision, app.recordMeeting, app.terminateAgreement,
                app.closeAgreement, app.getAgreementHistory, app.dryRun, app.checkSubsidyCommitments, app.listAgreementMails, app.deleteDraftAgreement,
                app.listAgreementDocuments, app.generateDocument, app.getDocumentMailDraft, app.sendDocumentByMail,
                new AuthenticationContext());
        UI.getCurrent().add(view);
        view.show(seed.agreementId());
        return view;
    }

    /** The day comes: the application's today is {@code day}, and the page on screen is read again on that day (as staff open it). */
    void dayComes(LocalDate day) {
        app.clock.setToday(day);
        if (view != null) {
            view.reload();
        }
    }

    /** The seed signed, its 64 000,00 € advance paid and its three balance documents accepted (May 2021), ready to settle. */
    void seedReadyToSettle() {
        seed.signed();
        seed.payAdvance();
        seed.acceptBalanceDocuments(LocalDate.of(2021, 5, 10), LocalDate.of(2021, 5, 20));
        app.clock.setToday(LocalDate.of(2021, 6, 15));
    }

    /** Settles the seed on {@code realExpenses} on 15/06/2021 (936 301,50 € is 90 % of the forecast, 728 234,50 € is 70 %). */
    void settleAt(String realExpenses) {
        app.as(InMemoryConventio.MANAGER, () -> app.settleAgreement.settle(new SettleAgreementCommand(seed.agreementId(), seed.version(), new Amount(new BigDecimal(realExpenses)),
                LocalDate.of(2021, 6, 15))));
    }

    /** Pays the balance on 30/06/2021 with the charges the account proposes. */
    void payBalance() {
        app.recordPayment.record(new RecordPaymentCommand(seed.agreementId(), seed.version(), PaymentKind.BALANCE, details().proposedBalance(),
                LocalDate.of(2021, 6, 30), PaymentOrderReference.of("M-2021-0555")));
    }

    /** Issues the recovery order for what is owed on {@code ground}, on 20/06/2021. */
    void issueOrder(RecoveryGround ground) {
        app.issueRecoveryOrder.issue(new IssueRecoveryOrderCommand(seed.agreementId(), seed.version(), ground,
                details().outstanding().get(ground), LocalDate.of(2021, 6, 20)));
    }

    AgreementDetails details() {
        return app.getAgreement.get(new GetAgreementQuery(seed.agreementId()));
    }

    void tab(String label) {
        TabSheet tabs = _get(TabSheet.class);
        for (int i = 0; i < AgreementView.TABS.length; i++) {
            if (label.equals(tabs.getTabAt(i).getLabel())) {
                tabs.setSelectedIndex(i);
                return;
            }
        }
        throw new AssertionError("no tab " + label);
    }

    Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    boolean hasButton(String id) {
        return !_find(Button.class, spec -> spec.withId(id)).isEmpty();
    }

    void click(String id) {
        _click(button(id));
    }

    Dialog dialog() {
        return _get(Dialog.class, spec -> spec.withPredicate(d -> d.isOpened()));
    }

    boolean dialogOpen() {
        return !_find(Dialog.class, spec -> spec.withPredicate(d -> d.isOpened())).isEmpty();
    }

    <T extends Component & HasValue<?, ?>> T field(Class<T> type, String label) {
        return _get(dialog(), type, spec -> spec.withLabel(label));
    }

    /** Types {@code value} in the amount field labelled {@code label}, as staff type it ("936 301,50"). */
    void amount(String label, String value) {
        _setValue(field(AmountField.class, label), value == null ? "" : value);
    }

    void date(String label, LocalDate value) {
        _setValue(field(DatePicker.class, label), value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void type(String label, String value) {
        HasValue<?, String> field = (HasValue) _get(dialog(), Component.class,
                spec -> spec.withLabel(label).withPredicate(c -> c instanceof HasValue<?, ?> hv && !(hv.getValue() instanceof BigDecimal)));
        _setValue(field, value);
    }

    /** Picks {@code value} in the dialog's select (or radio group) labelled {@code label}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void choose(Class<? extends Component> type, String label, Object value) {
        HasValue field = (HasValue) _get(dialog(), type, spec -> spec.withLabel(label));
        _setValue(field, value);
    }

    /** The open items the close dialog lists, as read. */
    List<String> openItems() {
        return _get(dialog(), UnorderedList.class, spec -> spec.withId("close-open-items")).getChildren()
                .map(item -> item.getElement().getText()).toList();
    }

    Button submitButton() {
        return _get(dialog(), Button.class, spec -> spec.withId("dialog-submit"));
    }

    void submit() {
        _click(_get(dialog(), Button.class, spec -> spec.withId("dialog-submit")));
        MockVaadin.clientRoundtrip(false); // the answer reached the browser
    }

    ConfirmDialog confirmation() {
        List<ConfirmDialog> open = _find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened).toList();
        if (open.size() != 1) {
            throw new AssertionError("expected one open confirmation, found " + open.size());
        }
        return open.getFirst();
    }

    /** Whether a confirmation is open (a refusal found by the dry run opens none). */
    boolean confirmationOpen() {
        return _find(ConfirmDialog.class).stream().anyMatch(ConfirmDialog::isOpened);
    }

    /** The refusal shown at the top of the open dialog (not tied to a field), or {@code null} when none is shown. */
    String dialogProblem() {
        Div problem = _get(dialog(), Div.class, spec -> spec.withClasses("form-problem"));
        return problem.isVisible() ? problem.getText() : null;
    }

    /** The stale-record warning of the open dialog, as read on screen, or {@code null} when none is shown. */
    String staleWarning() {
        Div stale = _get(dialog(), Div.class, spec -> spec.withClasses("stale-warning"));
        return stale.isVisible() ? stale.getElement().getTextRecursively() : null;
    }

    String confirmationText() {
        return ConfirmDialogKt._getText(confirmation());
    }

    void confirm() {
        ConfirmDialogKt._fireConfirm(confirmation());
        MockVaadin.clientRoundtrip(false); // the answer reached the browser
    }

    /** Submits the open dialog and accepts its confirmation. */
    void submitAndConfirm() {
        submit();
        confirm();
    }

    String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(fr.conventio.adapters.web.ui.StaffUi::notificationText).toList();
    }

    String lastNotification() {
        List<String> all = notifications();
        return all.isEmpty() ? null : all.getLast();
    }

    @SuppressWarnings("unchecked")
    <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    /** The stage badge of the header, as read on screen. */
    String stage() {
        return _get(Badge.class, spec -> spec.withId("agreement-stage")).getText();
    }

    static String euros(String french) {
        return french.replace(" ", NBSP) + NBSP + "€";
    }

    void clickInRow(String gridId, int row, String buttonText) {
        Grid<?> grid = grid(gridId);
        _click(_get(GridKt._getCellComponent(grid, row, "actions"), Button.class, spec -> spec.withText(buttonText)));
    }

    /** The texts of the buttons in a row's actions cell. */
    List<String> rowActions(String gridId, int row) {
        return _find(GridKt._getCellComponent(grid(gridId), row, "actions"), Button.class).stream().map(Button::getText).toList();
    }

    /** The cell's component text (badges, links). */
    static String cellText(Grid<?> grid, int row, String key) {
        return GridKt._getCellComponent(grid, row, key).getElement().getTextRecursively();
    }

    /** The row of the obligations grid that shows the obligation of this type. */
    int row(fr.conventio.domain.obligation.ObligationType type) {
        Grid<AgreementDetails.ObligationLine> grid = grid("obligations-grid");
        var lines = GridKt._findAll(grid);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).type() == type) {
                return i;
            }
        }
        throw new AssertionError("no obligation " + type);
    }
}
