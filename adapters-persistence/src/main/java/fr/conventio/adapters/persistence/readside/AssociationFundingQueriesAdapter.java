package fr.conventio.adapters.persistence.readside;

import fr.conventio.application.association.AgreementFunding;
import fr.conventio.application.association.AssociationFundingQueries;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.FundingSourceKind;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetYear;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@link AssociationFundingQueries} in SQL on what is stored: the agreements of the association once signed
 * ({@code agreement_association_year_idx}, V21) with the voted subsidy and the subsidy in force of their stored
 * account ({@code agreement_account}, never recomputed), and the financing plan of their terms in force
 * ({@code agreement_terms_funding_source} at {@code agreement.terms_version}) summed per kind, the funder itself and
 * own resources left out. References sort code point by code point ({@code collate "C"}), as Java compares them.
 */
@Component
public class AssociationFundingQueriesAdapter implements AssociationFundingQueries {

    private static final String AGREEMENTS = """
            select a.id, a.reference, a.budget_year, a.status, acc.voted_subsidy, acc.subsidy_in_force
            from agreement a
            join agreement_account acc on acc.agreement_id = a.id
            where a.association_id = :associationId and a.status not in ('DRAFT', 'APPROVED')
            order by a.budget_year desc, a.reference collate "C", a.id""";

    private static final String OTHER_FUNDERS = """
            select f.agreement_id, f.kind, sum(f.amount) as amount
            from agreement a
            join agreement_terms_funding_source f on f.agreement_id = a.id and f.version_number = a.terms_version
            where a.association_id = :associationId and a.status not in ('DRAFT', 'APPROVED')
              and f.kind not in ('THIS_FUNDER', 'OWN_RESOURCES')
            group by f.agreement_id, f.kind""";

    private final NamedParameterJdbcTemplate jdbc;

    AssociationFundingQueriesAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<AgreementFunding> fundingOf(AssociationId associationId) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("associationId", associationId.value());
        Map<UUID, Map<FundingSourceKind, Amount>> others = new HashMap<>();
        jdbc.query(OTHER_FUNDERS, parameters, rs -> {
            others.computeIfAbsent(rs.getObject("agreement_id", UUID.class), id -> new EnumMap<>(FundingSourceKind.class))
                    .put(FundingSourceKind.valueOf(rs.getString("kind")), new Amount(rs.getBigDecimal("amount")));
        });
        List<AgreementFunding> result = new ArrayList<>();
        jdbc.query(AGREEMENTS, parameters, rs -> {
            UUID id = rs.getObject("id", UUID.class);
            result.add(new AgreementFunding(new AgreementId(id), AgreementReference.of(rs.getString("reference")),
                    BudgetYear.of(rs.getInt("budget_year")), AgreementStatus.valueOf(rs.getString("status")),
                    new Amount(rs.getBigDecimal("voted_subsidy")), new Amount(rs.getBigDecimal("subsidy_in_force")),
                    others.getOrDefault(id, Map.of())));
        });
        return List.copyOf(result);
    }
}
