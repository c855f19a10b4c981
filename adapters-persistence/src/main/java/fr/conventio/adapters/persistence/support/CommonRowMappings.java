package fr.conventio.adapters.persistence.support;

import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.Rate;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Conversions of the shared value objects to and from column values, inherited by every row
 * mapper (MapStruct picks them by type).
 */
public interface CommonRowMappings {

    AddressRow toRow(PostalAddress address);

    PostalAddress toAddress(AddressRow row);

    RepresentativeRow toRow(Representative representative);

    Representative toRepresentative(RepresentativeRow row);

    SignatoryRow toRow(Signatory signatory);

    Signatory toSignatory(SignatoryRow row);

    default BigDecimal toDecimal(Amount amount) {
        return amount == null ? null : amount.value();
    }

    default Amount toAmount(BigDecimal value) {
        return value == null ? null : new Amount(value);
    }

    /**
     * A rate as stored in a {@code numeric(5,2)} column. A rate with more decimals is refused rather
     * than silently rounded by PostgreSQL (the domain already refuses such an advance rate; this
     * guard keeps any other rate honest too).
     */
    default BigDecimal toDecimal(Rate rate) {
        if (rate == null) {
            return null;
        }
        if (rate.percent().scale() > 2) {
            throw new IllegalArgumentException("taux " + rate.percent().toPlainString()
                    + " % : au plus deux décimales peuvent être enregistrées");
        }
        return rate.percent();
    }

    default Rate toRate(BigDecimal value) {
        return value == null ? null : Rate.ofPercent(value);
    }

    default UUID toUuid(BudgetLineId id) {
        return id == null ? null : id.value();
    }

    default BudgetLineId toBudgetLineId(UUID value) {
        return value == null ? null : new BudgetLineId(value);
    }

    default UUID toUuid(AgreementId id) {
        return id == null ? null : id.value();
    }

    default AgreementId toAgreementId(UUID value) {
        return value == null ? null : new AgreementId(value);
    }

    default int toInt(BudgetYear year) {
        return year.value();
    }

    default BudgetYear toBudgetYear(int value) {
        return new BudgetYear(value);
    }
}
