package fr.conventio.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void control_characters_cr_lf_and_bidi_controls_are_removed_from_the_stored_name() {
        assertThat(FileNames.safe("compte\r\nrendu.pdf")).isEqualTo("compterendu.pdf");
        assertThat(FileNames.safe("facture\u202Efdp.exe")).isEqualTo("facturefdp.exe");
        assertThat(FileNames.safe("a\u2066b\u2069\u200E\u200F\u200B\uFEFFc\u0000\u0007\u007F\u0085.odt")).isEqualTo("abc.odt");
    }

    @Test
    void quotes_path_separators_and_reserved_characters_become_underscores_spaces_are_collapsed() {
        assertThat(FileNames.safe("rapport \"final\" d'activité.pdf")).isEqualTo("rapport _final_ d_activité.pdf");
        assertThat(FileNames.safe("C:\\Users\\asso\\bilan 2020.pdf")).isEqualTo("bilan 2020.pdf");
        assertThat(FileNames.safe("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.safe("a:b*c?d<e>f|g`h.pdf")).isEqualTo("a_b_c_d_e_f_g_h.pdf");
        assertThat(FileNames.safe("  budget \t\u00A0 2020 .xlsx ")).isEqualTo("budget 2020 .xlsx");
    }

    @Test
    void a_name_left_empty_or_hidden_gets_a_plain_one_keeping_its_extension() {
        assertThat(FileNames.safe("\u202E\r\n")).isEqualTo("document");
        assertThat(FileNames.safe(".pdf")).isEqualTo("document.pdf");
        assertThat(FileNames.safe("...bashrc")).isEqualTo("document.bashrc");
    }

    @Test
    void accents_and_other_scripts_are_kept_in_composed_form() {
        assertThat(FileNames.safe("e\u0301te\u0301.pdf")).isEqualTo("\u00E9t\u00E9.pdf");
        assertThat(FileNames.safe("报告.pdf")).isEqualTo("报告.pdf");
    }

    @Test
    void the_displayed_name_is_the_original_with_every_invisible_character_written_out() {
        assertThat(FileNames.display("facture\u202Efdp.exe")).isEqualTo("facture[U+202E]fdp.exe");
        assertThat(FileNames.display("a\r\nb \"c\".pdf")).isEqualTo("a[U+000D][U+000A]b \"c\".pdf");
        assertThat(FileNames.display("rapport d'activité.pdf")).isEqualTo("rapport d'activité.pdf");
    }
}
