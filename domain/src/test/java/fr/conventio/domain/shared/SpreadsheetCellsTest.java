package fr.conventio.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_prefixed_with_an_apostrophe() {
        assertThat(SpreadsheetCells.neutralised("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(SpreadsheetCells.neutralised("+33 4 91 00 00 00")).isEqualTo("'+33 4 91 00 00 00");
        assertThat(SpreadsheetCells.neutralised("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetCells.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.neutralised("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetCells.neutralised("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void other_cells_are_left_as_they_are_and_neutralising_twice_changes_nothing_more() {
        assertThat(SpreadsheetCells.neutralised("Pôle SCS = réseau")).isEqualTo("Pôle SCS = réseau");
        assertThat(SpreadsheetCells.neutralised("")).isEmpty();
        assertThat(SpreadsheetCells.neutralised(null)).isNull();
        assertThat(SpreadsheetCells.neutralised(SpreadsheetCells.neutralised("=1"))).isEqualTo("'=1");
    }
}
