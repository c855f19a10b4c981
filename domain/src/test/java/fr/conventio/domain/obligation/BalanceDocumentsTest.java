package fr.conventio.domain.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.domain.shared.AgreementId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BalanceDocumentsTest {

    private static final AgreementId AGREEMENT = AgreementId.newId();
    private static final LocalDate DUE = LocalDate.of(2021, 6, 30);

    private static Obligation accepted(ObligationType type) {
        Obligation obligation = Obligation.create(ObligationId.newId(), AGREEMENT, type, DUE);
        obligation.receive(new EvidenceRef("doc-" + type, type + ".pdf"), LocalDate.of(2021, 6, 1), "association");
        obligation.accept("instructeur", LocalDate.of(2021, 6, 2));
        return obligation;
    }

    @Test
    void o10_balance_documents_are_in_when_all_three_are_accepted_or_waived() {
        Obligation income = accepted(ObligationType.FINAL_INCOME_STATEMENT);
        Obligation report = accepted(ObligationType.QUALITATIVE_QUANTITATIVE_REPORT);
        Obligation accounts = Obligation.create(ObligationId.newId(), AGREEMENT, ObligationType.CERTIFIED_LAST_ACCOUNTS, DUE);

        assertThat(BalanceDocuments.accepted(List.of(income, report, accounts))).isFalse();
        assertThat(BalanceDocuments.outstanding(List.of(income, report, accounts))).containsExactly(ObligationType.CERTIFIED_LAST_ACCOUNTS);

        accounts.waive("comptes certifiés déjà transmis pour la convention 2020-12", "responsable", LocalDate.of(2021, 6, 3));
        assertThat(BalanceDocuments.accepted(List.of(income, report, accounts))).isTrue();
    }

    @Test
    void o10_a_missing_or_merely_received_document_keeps_the_balance_blocked() {
        Obligation income = accepted(ObligationType.FINAL_INCOME_STATEMENT);
        Obligation report = accepted(ObligationType.QUALITATIVE_QUANTITATIVE_REPORT);
        Obligation accounts = Obligation.create(ObligationId.newId(), AGREEMENT, ObligationType.CERTIFIED_LAST_ACCOUNTS, DUE);
        accounts.receive(new EvidenceRef("doc-9", "bilan.pdf"), LocalDate.of(2021, 6, 1), "association");

        assertThat(BalanceDocuments.accepted(List.of(income, report))).isFalse();
        assertThat(BalanceDocuments.accepted(List.of(income, report, accounts))).isFalse();
        assertThat(BalanceDocuments.accepted(List.of(income, report, accepted(ObligationType.CERTIFIED_LAST_ACCOUNTS)))).isTrue();
    }

    @Test
    void d5_o10_a_year_reported_over_the_period_has_no_balance_document_of_its_own_to_wait_for() {
        Obligation insurance = Obligation.create(ObligationId.newId(), AGREEMENT, ObligationType.INSURANCE_CERTIFICATE, DUE);
        Obligation accounts = Obligation.create(ObligationId.newId(), AGREEMENT, ObligationType.ANNUAL_ACCOUNTS, DUE);

        assertThat(BalanceDocuments.reportedOverThePeriod(List.of(insurance, accounts))).isTrue();
        assertThat(BalanceDocuments.outstanding(List.of(insurance, accounts))).isEmpty();
        assertThat(BalanceDocuments.accepted(List.of())).as("no obligation yet: not signed").isFalse();
        Obligation report = Obligation.create(ObligationId.newId(), AGREEMENT, ObligationType.FINANCIAL_REPORT, DUE);
        assertThat(BalanceDocuments.accepted(List.of(insurance, report))).as("a year reporting on its own").isFalse();
    }
}
