package fr.conventio.domain.agreement;

import fr.conventio.domain.payment.PaymentDeadline;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.Rate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Payment terms of the agreement (Art. 4.3). Holds the setting of rule V1 — the advance rate,
 * 80 % by default, more than 0 and at most 100 % — and what rule N1 needs: explicit payment dates,
 * whether payment depends on an event (the seed's advance waits for the signature) and the date
 * the award was notified. The payment rules themselves live with the payments.
 */
public record PaymentTerms(Rate advanceRate, List<LocalDate> paymentDates, boolean paymentOnEvent, LocalDate awardNotifiedOn,
                           InstalmentSchedule instalmentSchedule) {

    /** How the subsidy is paid: advance + balance (V1, V2) or a schedule of instalments (V5). */
    public enum Mode { ADVANCE_AND_BALANCE, INSTALMENTS }

    /** The default advance rate of rule V1. */
    public static final Rate DEFAULT_ADVANCE_RATE = Rate.ofPercent(80);

    public PaymentTerms {
        Checks.require("taux d'acompte", advanceRate);
        if (advanceRate.equals(Rate.ZERO)) {
            throw new InvalidValueException("taux d'acompte", "le taux d'acompte doit être supérieur à 0 % et au plus 100 %");
        }
        if (advanceRate.percent().scale() > 2) {
            throw new InvalidValueException("taux d'acompte",
                    "le taux d'acompte a au plus deux décimales : " + FrenchFormat.decimal(advanceRate.percent()) + " %");
        }
        paymentDates = Checks.copyOf("date de versement", paymentDates).stream().distinct().sorted().toList();
    }

    /** Advance + balance terms (no schedule of instalments). */
    public PaymentTerms(Rate advanceRate, List<LocalDate> paymentDates, boolean paymentOnEvent, LocalDate awardNotifiedOn) {
        this(advanceRate, paymentDates, paymentOnEvent, awardNotifiedOn, null);
    }

    /** 80 % advance, no explicit payment date, no payment event, award notification not recorded. */
    public static PaymentTerms standard() {
        return new PaymentTerms(DEFAULT_ADVANCE_RATE, List.of(), false, null);
    }

    public PaymentTerms withAdvanceRate(Rate rate) {
        return new PaymentTerms(rate, paymentDates, paymentOnEvent, awardNotifiedOn, instalmentSchedule);
    }

    public PaymentTerms withPaymentDates(List<LocalDate> dates) {
        return new PaymentTerms(advanceRate, dates, paymentOnEvent, awardNotifiedOn, instalmentSchedule);
    }

    public PaymentTerms withPaymentOnEvent(boolean onEvent) {
        return new PaymentTerms(advanceRate, paymentDates, onEvent, awardNotifiedOn, instalmentSchedule);
    }

    public PaymentTerms withAwardNotifiedOn(LocalDate date) {
        return new PaymentTerms(advanceRate, paymentDates, paymentOnEvent, date, instalmentSchedule);
    }

    /** These terms paid by the schedule of instalments {@code schedule} (V5), or by advance + balance when {@code null}. */
    public PaymentTerms withInstalments(InstalmentSchedule schedule) {
        return new PaymentTerms(advanceRate, paymentDates, paymentOnEvent, awardNotifiedOn, schedule);
    }

    public Mode mode() {
        return instalmentSchedule == null ? Mode.ADVANCE_AND_BALANCE : Mode.INSTALMENTS;
    }

    /** The schedule of instalments (V5), when the agreement is paid by instalments. */
    public Optional<InstalmentSchedule> instalments() {
        return Optional.ofNullable(instalmentSchedule);
    }

    /** V5: when paid by instalments, they add up to {@code subsidy} to the cent. */
    public void requireConsistentWith(Amount subsidy) {
        instalments().ifPresent(schedule -> schedule.requireAddsUpTo(subsidy));
    }

    /**
     * The most the advances may add up to (V1): the largest amount in cents that is not above
     * subsidy × advance rate, rounded down whatever the general rounding policy (64 000,00 € for the seed;
     * 80 % of 1 234,57 € is 987,656 €, so at most 987,65 €).
     */
    public Amount advanceCap(Amount subsidy) {
        return subsidy.percentAtMost(advanceRate);
    }

    /** Whether the agreement sets its own payment schedule (dates or an event), which sets aside the 60-day rule N1. */
    public boolean setsOwnPaymentSchedule() {
        return !paymentDates.isEmpty() || paymentOnEvent || instalmentSchedule != null;
    }

    /**
     * The funder's own deadline to pay (N1): 60 days after the notification of the award, when it is
     * recorded, unless these terms set payment dates or make payment wait for an event.
     */
    public Optional<PaymentDeadline> funderDeadline() {
        return awardNotificationDate().flatMap(date -> PaymentDeadline.forAward(date, !paymentDates.isEmpty() || instalmentSchedule != null,
                paymentOnEvent));
    }

    public Optional<LocalDate> awardNotificationDate() {
        return Optional.ofNullable(awardNotifiedOn);
    }
}
