package fr.conventio.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.port.out.RecoveryOrderNumberingPort;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.shared.FunderId;
import org.junit.jupiter.api.Test;

/** What every {@link RecoveryOrderNumberingPort} does: one sequence per funder and year, from 1. */
public abstract class RecoveryOrderNumberingContract {

    protected abstract RecoveryOrderNumberingPort numbering();

    /** A funder the store knows, other than the seed's. */
    protected abstract FunderId otherFunder();

    @Test
    void numbers_follow_each_other_per_funder_and_year() {
        FunderId seed = AgreementFixtures.SEED_FUNDER_ID;

        assertThat(numbering().nextNumber(seed, 2021).toString()).isEqualTo("TR-2021-0001");
        assertThat(numbering().nextNumber(seed, 2021).toString()).isEqualTo("TR-2021-0002");
        assertThat(numbering().nextNumber(seed, 2022).toString()).isEqualTo("TR-2022-0001");
        assertThat(numbering().nextNumber(otherFunder(), 2021).toString()).isEqualTo("TR-2021-0001");
        assertThat(numbering().nextNumber(seed, 2021).toString()).isEqualTo("TR-2021-0003");
    }
}
