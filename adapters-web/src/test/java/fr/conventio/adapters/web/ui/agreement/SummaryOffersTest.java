package fr.conventio.adapters.web.ui.agreement;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.domain.settlement.RecoveryGround;

import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * The summary offers what the other tabs offer: once a recovery order waits for its money (A2), finance sees
 * "record a receipt" on the summary as on the Liquidation tab, never "no action"; whoever may not record receipts
 * sees the offer in neither.
 */
class SummaryOffersTest extends AgreementPageTestBase {

    private void overpaidWithItsRecoveryOrder() {
        seedReadyToSettle();
        settleAt("728234.50");
        issueOrder(RecoveryGround.OVERPAYMENT);
    }

    private boolean receiptOffered() {
        return rowActions("recovery-orders-grid", 0).contains("Enregistrer un encaissement");
    }

    @Test
    void a2_finance_is_offered_the_receipt_on_the_summary_as_on_the_settlement_tab() {
        overpaidWithItsRecoveryOrder();
        openAs("paul.finances", "FINANCES");

        assertThat(_find(Paragraph.class, spec -> spec.withId("summary-no-action"))).isEmpty();
        assertThat(hasButton("action-record-receipt-TR-2021-0001")).isTrue();
        click("action-record-receipt-TR-2021-0001");
        assertThat(dialogOpen()).isTrue();
        click("dialog-cancel");
        tab("Liquidation");
        assertThat(receiptOffered()).isTrue();
    }

    @Test
    void a2_a_reader_is_offered_the_receipt_nowhere() {
        overpaidWithItsRecoveryOrder();
        openAs("luc.lecture", "LECTURE");

        assertThat(hasButton("action-record-receipt-TR-2021-0001")).isFalse();
        assertThat(_find(Paragraph.class, spec -> spec.withId("summary-no-action"))).hasSize(1);
        tab("Liquidation");
        assertThat(grid("recovery-orders-grid").getColumnByKey("actions")).as("recording a receipt is the finance department's").isNull();
    }
}
