package fr.conventio.domain.payment;

import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The funder's own deadline to pay a subsidy (N1, loi 2000-321 art. 10 as amended by loi 2021-875):
 * for an award notified from 1 July 2021, when the agreement sets no other date and payment does not
 * wait for an event, the subsidy is paid within 60 days of the notification.
 *
 * <p>Arithmetic: the notification day is day 0 and the 60th day after it is the last day to pay, so
 * {@code dueBy = notifiedOn + 60 days} (notified 15 March 2023 ⇒ due by 14 May 2023).
 *
 * @param notifiedOn date the award was notified to the association
 * @param dueBy      last day on which the payment is on time
 */
public record PaymentDeadline(LocalDate notifiedOn, LocalDate dueBy) {

    /** Awards notified from this day on fall under the 60-day rule (N1). */
    public static final LocalDate IN_FORCE_FROM = LocalDate.of(2021, 7, 1);
    /** The legal delay, in days after notification. */
    public static final int DAYS = 60;

    public PaymentDeadline {
        if (notifiedOn == null) {
            throw new InvalidValueException("date de notification", "la date de notification de l'attribution est absente");
        }
        if (dueBy == null || dueBy.isBefore(notifiedOn)) {
            throw new InvalidValueException("échéance de paiement", "l'échéance (" + FrenchFormat.date(dueBy)
                    + ") ne peut précéder la notification (" + FrenchFormat.date(notifiedOn) + ")");
        }
    }

    /**
     * The deadline that applies to an award, if any.
     *
     * @param notifiedOn           notification date of the award
     * @param agreementSetsDates   the agreement sets its own payment dates
     * @param paymentWaitsForEvent payment depends on an event (e.g. the seed's advance waits for signature)
     * @return empty when N1 does not apply (before July 2021, other dates, or an event condition)
     */
    public static Optional<PaymentDeadline> forAward(LocalDate notifiedOn, boolean agreementSetsDates, boolean paymentWaitsForEvent) {
        Objects.requireNonNull(notifiedOn, "date de notification absente");
        if (notifiedOn.isBefore(IN_FORCE_FROM) || agreementSetsDates || paymentWaitsForEvent) {
            return Optional.empty();
        }
        return Optional.of(new PaymentDeadline(notifiedOn, lastDayAfter(notifiedOn)));
    }

    /**
     * The last day of the {@value #DAYS} days counted from {@code day} (day 0): 15 March 2023 ⇒ 14 May 2023. Also the
     * deadline the funder keeps for an instalment (V5) that waits for an event, counted from the day it happened
     * (the signature, a document accepted): the agreement sets no date, so the delay of N1 is the yardstick.
     */
    public static LocalDate lastDayAfter(LocalDate day) {
        return Objects.requireNonNull(day, "date absente").plusDays(DAYS);
    }

    /** Late on {@code today} when nothing was paid and the last day has passed. */
    public boolean isLateOn(LocalDate today, boolean paid) {
        return !paid && today.isAfter(dueBy);
    }

    /** Whether a payment made on {@code paidOn} met the deadline. */
    public boolean isMetBy(LocalDate paidOn) {
        return !paidOn.isAfter(dueBy);
    }
}
