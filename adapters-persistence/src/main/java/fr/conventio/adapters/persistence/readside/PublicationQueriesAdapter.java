package fr.conventio.adapters.persistence.readside;

import fr.conventio.application.publication.PublicationQueries;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.BudgetYear;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The agreements to publish in open data (X1): those of the year that were signed, by reference; the years that have some. */
@Component
public class PublicationQueriesAdapter implements PublicationQueries {

    private final NamedParameterJdbcTemplate jdbc;

    PublicationQueriesAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Signed: a signature date, whatever the status since (settled, closed, suspended, terminated). */
    @Override
    @Transactional(readOnly = true)
    public List<AgreementId> signedAgreementsOf(BudgetYear year) {
        return jdbc.query("""
                        select id from agreement
                        where budget_year = :year and signature_date is not null
                        order by reference collate "C", id""",
                Map.of("year", year.value()), (rs, n) -> new AgreementId(rs.getObject("id", UUID.class)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<BudgetYear> yearsWithSignedAgreements() {
        return jdbc.query("select distinct budget_year from agreement where signature_date is not null order by budget_year desc",
                Map.of(), (rs, n) -> BudgetYear.of(rs.getInt("budget_year")));
    }
}
