package fr.conventio.e2e;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The known Vaadin issues are ignored for exactly their rule, element and reason, nothing else. */
class AccessibilityTest {

    private static final String TABS_REASON = "Fix any of the following: Element has children which are not allowed: div[tabindex]";
    private static final String SELECT_REASON = "Fix all of the following: ARIA attribute is not allowed: aria-required=\"true\"";

    @Test
    void the_tabs_scroll_container_is_ignored_whatever_selector_axe_gives_the_tabs() {
        assertThat(Accessibility.isKnown("aria-required-children", node("[\"vaadin-tabs\"]", "vaadin-tabs", TABS_REASON))).isTrue();
        assertThat(Accessibility.isKnown("aria-required-children", node("[\"#draft-steps\"]", "vaadin-tabs", TABS_REASON))).isTrue();
    }

    @Test
    void the_required_select_value_button_is_ignored() {
        assertThat(Accessibility.isKnown("aria-allowed-attr", node("[\"vaadin-select-value-button\"]", "vaadin-select-value-button",
                SELECT_REASON))).isTrue();
    }

    @Test
    void anything_else_still_fails() {
        // another child not allowed in the tablist
        assertThat(Accessibility.isKnown("aria-required-children", node("[\"vaadin-tabs\"]", "vaadin-tabs",
                "Fix any of the following: Element has children which are not allowed: div[tabindex], span"))).isFalse();
        // the same reason on one of our elements
        assertThat(Accessibility.isKnown("aria-required-children", node("[\"#my-list\"]", "div", TABS_REASON))).isFalse();
        // another rule on vaadin-tabs
        assertThat(Accessibility.isKnown("aria-allowed-attr", node("[\"vaadin-tabs\"]", "vaadin-tabs", TABS_REASON))).isFalse();
        // another attribute on the select's button
        assertThat(Accessibility.isKnown("aria-allowed-attr", node("[\"vaadin-select-value-button\"]", "vaadin-select-value-button",
                "Fix all of the following: ARIA attribute is not allowed: aria-checked=\"true\""))).isFalse();
    }

    private static Map<String, Object> node(String target, String element, String summary) {
        return Map.of("target", target, "element", element, "summary", summary);
    }
}
