package fr.conventio.bootstrap.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoModeWarningTest {

    @Test
    void nothing_is_said_when_neither_the_demo_accounts_nor_the_demo_data_are_on() {
        assertThat(new DemoModeWarning(false, false).lines()).isEmpty();
    }

    @Test
    void the_demo_accounts_get_a_framed_warning_of_several_lines_that_says_never_in_production() {
        var lines = new DemoModeWarning(true, false).lines();

        assertThat(lines).hasSizeGreaterThanOrEqualTo(6);
        assertThat(lines.getFirst()).matches("=+").isEqualTo(lines.getLast());
        assertThat(String.join("\n", lines)).contains("NEVER USE THIS IN PRODUCTION").contains("The DEMO ACCOUNTS are ON")
                .contains("admin").contains("README").contains("conventio.security.users").contains("docs/operations.md")
                .doesNotContain("DEMO DATA");
    }

    @Test
    void the_demo_data_alone_is_warned_about_too() {
        String text = String.join("\n", new DemoModeWarning(false, true).lines());

        assertThat(text).contains("NEVER USE THIS IN PRODUCTION").contains("The DEMO DATA is ON").doesNotContain("DEMO ACCOUNTS");
    }
}
