package fr.conventio.adapters.persistence.readside;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.adapters.persistence.DatabaseTestSupport;
import fr.conventio.application.reading.AgreementSearch;
import fr.conventio.application.reading.SearchAgreementsUseCase;
import fr.conventio.application.shared.PageRequest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * The first page of the agreements list, by reference (the default) and by association, is read from the
 * expression indexes of V11 in their order, never by sorting every agreement: with sorts and sequential scans
 * priced out of reach, the plan of the adapter's own statement holds the index and no full sort (an incremental
 * sort of the page's ties may remain). On an empty table the planner would otherwise prefer a sort.
 */
class AgreementListPlanIT extends DatabaseTestSupport {

    @Autowired
    private TransactionTemplate transaction;

    @ParameterizedTest(name = "{0}")
    @CsvSource({SearchAgreementsUseCase.SORT_REFERENCE + ", true, agreement_reference_sort_idx",
            SearchAgreementsUseCase.SORT_REFERENCE + ", false, agreement_reference_sort_idx",
            SearchAgreementsUseCase.SORT_ASSOCIATION + ", true, association_name_sort_idx"})
    void the_first_page_is_read_in_the_order_of_an_index(String sortBy, boolean ascending, String index) {
        RecordingJdbc recording = new RecordingJdbc(jdbc);
        new AgreementQueriesAdapter(recording).search(AgreementSearch.all(), PageRequest.of(0, 20, sortBy, ascending));
        RecordingJdbc.Statement page = recording.statements().stream().filter(s -> s.sql().contains("order by")).findFirst().orElseThrow();

        List<String> plan = transaction.execute(tx -> {
            jdbc.execute("set local enable_sort = off");
            jdbc.execute("set local enable_seqscan = off");
            return recording.explain(page, "costs off");
        });

        assertThat(plan).as(String.join("\n", plan)).anyMatch(line -> line.contains("Index Scan") && line.contains(index))
                .noneMatch(line -> line.matches("\\s*(->\\s+)?Sort\\s*"));
    }
}
