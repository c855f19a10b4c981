package fr.conventio.bootstrap;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.ConventioApplication;
import fr.conventio.bootstrap.security.NoStaffUserConfiguredException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.nio.file.Path;

/**
 * The whole application, started as an operator would start it: with no user configured and the demo
 * accounts off (the default) it refuses to start and says what to set; with a weak password hash it refuses,
 * naming the user.
 */
class UserConfigurationStartupIT {

    @TempDir
    Path data;

    @Test
    void the_default_configuration_without_any_user_does_not_start_and_says_what_to_set() {
        assertThatThrownBy(() -> start()).isInstanceOf(NoStaffUserConfiguredException.class)
                .hasMessageContaining("conventio.security.users[0].password={bcrypt}")
                .hasMessageContaining("--spring.profiles.active=demo");
    }

    @Test
    void a_user_with_a_noop_password_does_not_start() {
        assertThatThrownBy(() -> start("--conventio.security.users[0].username=mdupont", "--conventio.security.users[0].password={noop}secret",
                "--conventio.security.users[0].roles=ADMINISTRATEUR"))
                .rootCause().hasMessageContaining("conventio.security.users « mdupont »").hasMessageContaining("{noop}")
                .hasMessageNotContaining("secret");
    }

    private void start(String... more) {
        String[] base = {"--server.port=0", "--conventio.database.data-directory=" + data.resolve("postgres"),
                "--conventio.documents.directory=" + data.resolve("documents"), "--vaadin.launch-browser=false"};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more)).toArray(String[]::new);
        new SpringApplicationBuilder(ConventioApplication.class).run(args).close();
    }
}
