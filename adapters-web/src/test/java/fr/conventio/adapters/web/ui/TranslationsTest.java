package fr.conventio.adapters.web.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message bundles stay in step: the default bundle is the French one (identical to
 * {@code translations_fr}, which Java's lookup needs for a French UI on a non-French server), and
 * every key has an English translation.
 */
class TranslationsTest {

    @Test
    void default_bundle_is_the_french_one() throws IOException {
        assertThat(load("translations.properties")).isEqualTo(load("translations_fr.properties"));
    }

    @Test
    void every_key_has_an_english_translation_and_no_value_is_blank() throws IOException {
        Properties french = load("translations_fr.properties");
        Properties english = load("translations_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
        assertThat(french.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
