package fr.conventio.domain.payment;

import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Rate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The seed agreement's figures (2020, Pôle SCS): 80 000,00 € voted, 30 000,00 € on the Budget
 * Principal (CT1) and 50 000,00 € from the Territoire du Pays d'Aix, advance rate 80 %. The seed
 * leaves its signature date blank: 2 March 2020 is a stand-in.
 */
public final class PaymentFixtures {

    public static final AgreementId AGREEMENT = AgreementId.of("00000000-0000-0000-0000-000000002020");
    public static final BudgetLineId CT1 = BudgetLineId.of("00000000-0000-0000-0000-0000000000c1");
    public static final BudgetLineId PAYS_D_AIX = BudgetLineId.of("00000000-0000-0000-0000-0000000000a1");
    public static final LocalDate SIGNED_ON = LocalDate.of(2020, 3, 2);
    public static final Amount VOTED = Amount.of(80_000);

    private PaymentFixtures() {
    }

    /** Signed, nothing paid yet. */
    public static PaymentContext signed() {
        return context(AgreementStatus.SIGNED, VOTED, List.of(), false);
    }

    public static PaymentContext context(AgreementStatus status, Amount adjusted, List<Payment> payments, boolean documentsAccepted) {
        return new PaymentContext(AGREEMENT, status, status == AgreementStatus.DRAFT || status == AgreementStatus.APPROVED ? null : SIGNED_ON,
                VOTED, adjusted, Rate.ofPercent(80), Map.of(CT1, Amount.of(30_000), PAYS_D_AIX, Amount.of(50_000)),
                payments, documentsAccepted, false);
    }

    /** The seed's two advances: 24 000,00 € on CT1 and 40 000,00 € on the Pays d'Aix line, 64 000,00 € in all. */
    public static List<Payment> advancesOf64000() {
        PaymentContext context = signed();
        Payment first = Payment.create(PaymentId.newId(), context,
                PaymentRequest.advance(Amount.of(24_000), CT1, SIGNED_ON.plusDays(10), "M-2020-0101"));
        context = context.with(first);
        Payment second = Payment.create(PaymentId.newId(), context,
                PaymentRequest.advance(Amount.of(40_000), PAYS_D_AIX, SIGNED_ON.plusDays(10), "M-2020-0102"));
        return List.of(first, second);
    }

    /** Settled at {@code adjusted}, the 64 000,00 € advances paid, documents accepted or not. */
    public static PaymentContext settled(Amount adjusted, boolean documentsAccepted) {
        return context(AgreementStatus.SETTLED, adjusted, advancesOf64000(), documentsAccepted);
    }
}
