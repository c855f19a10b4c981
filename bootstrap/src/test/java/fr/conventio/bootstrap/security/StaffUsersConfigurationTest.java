package fr.conventio.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * The users the application starts with, in a Spring context of the user configuration alone: no user at all
 * stops the start-up with a message that says what to set; a password that is not a strong hash (or a wrong
 * role, or a user declared twice) stops it naming the user, never repeating the password; strong hashes sign in.
 */
class StaffUsersConfigurationTest {

    private static final String SECRET = "Un-Secret-Qui-Ne-Doit-Pas-Fuiter";

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(StaffUsersConfiguration.class);

    @Test
    void without_any_user_and_without_the_demo_accounts_the_start_up_fails_and_says_what_to_set() {
        context.run(started -> {
            assertThat(started).hasFailed();
            Throwable failure = started.getStartupFailure();
            assertThat(root(failure)).isInstanceOf(NoStaffUserConfiguredException.class)
                    .hasMessageContaining("Aucun compte utilisateur n'est configuré")
                    .hasMessageContaining("No user account is configured")
                    .hasMessageContaining("conventio.security.users[0].username=")
                    .hasMessageContaining("conventio.security.users[0].password={bcrypt}$2a$12$")
                    .hasMessageContaining("conventio.security.users[0].roles=")
                    .hasMessageContaining("CONVENTIO_SECURITY_USERS_0_PASSWORD")
                    .hasMessageContaining("htpasswd -bnBC 12")
                    .hasMessageContaining("fr.conventio.bootstrap.security.HashPassword")
                    .hasMessageContaining("--spring.profiles.active=demo")
                    .hasMessageContaining("conventio.security.demo-accounts=true");

            FailureAnalysis analysis = new StaffUsersFailureAnalyzer().analyze(failure);
            assertThat(analysis).as("printed instead of a stack trace").isNotNull();
            assertThat(analysis.getDescription()).contains("personne ne pourrait se connecter");
            assertThat(analysis.getAction()).contains("conventio.security.users[0].password", "{bcrypt}", "{argon2}", "{pbkdf2}");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"{noop}" + SECRET, "{MD5}{salt}a3b2c1d4e5f60718293a4b5c6d7e8f90", "{SHA-1}8843d7f92416211de9ebb963ff4ce28125932878",
            "{SHA-256}5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8",
            "{sha256}97cde38028ad898ebc02e690819fa220e88c62e0699403e94fff291cfffaf8410849f27605abcbc0",
            "{ldap}{SSHA}cRdPQ4vLNtMXKQkqjRiAlBhXDEY4M2hn", "{MD4}{salt}0123456789abcdef0123456789abcdef", SECRET,
            "{bcrypt}$2a$04$KfJmpo7c7JkeZTWEjH9p3.ymO2VK1ZdRJU5i8yCdn2z3wFCPOK9sW", "{bcrypt}" + SECRET, "{scrypt}$e0801$abc$def", " "})
    void a_password_that_is_not_a_strong_hash_stops_the_start_up_naming_the_user_never_the_password(String password) {
        context.withPropertyValues("conventio.security.users[0].username=mdupont", "conventio.security.users[0].password=" + password,
                "conventio.security.users[0].roles=RESPONSABLE").run(started -> {
            assertThat(started).hasFailed();
            assertThat(root(started.getStartupFailure())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("conventio.security.users « mdupont »")
                    .hasMessageContaining("{bcrypt} (coût / cost ≥ 10), {argon2}, {pbkdf2}")
                    .hasMessageNotContaining(SECRET);
        });
    }

    @Test
    void argon2_is_refused_with_the_reason_since_the_application_does_not_ship_bouncy_castle() {
        context.withPropertyValues("conventio.security.users[0].username=mdupont",
                "conventio.security.users[0].password={argon2}$argon2id$v=19$m=16384,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA",
                "conventio.security.users[0].roles=RESPONSABLE").run(started ->
                assertThat(root(started.getStartupFailure())).hasMessageContaining("Bouncy Castle").hasMessageContaining("mdupont"));
    }

    @Test
    void an_unknown_role_or_a_user_declared_twice_stops_the_start_up() {
        String hash = HashPassword.hash(SECRET);
        context.withPropertyValues("conventio.security.users[0].username=mdupont", "conventio.security.users[0].password=" + hash,
                "conventio.security.users[0].roles=CHEF").run(started ->
                assertThat(root(started.getStartupFailure())).hasMessageContaining("mdupont").hasMessageContaining("CHEF"));
        context.withPropertyValues("conventio.security.users[0].username=admin", "conventio.security.users[0].password=" + hash,
                "conventio.security.users[0].roles=ADMINISTRATEUR", "conventio.security.demo-accounts=true").run(started ->
                assertThat(root(started.getStartupFailure())).hasMessageContaining("« admin »").hasMessageContaining("deux fois"));
    }

    @Test
    void users_with_a_bcrypt_or_pbkdf2_hash_start_and_their_password_matches() {
        String bcrypt = HashPassword.hash(SECRET);
        String pbkdf2 = "{pbkdf2@SpringSecurity_v5_8}" + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(SECRET);
        context.withPropertyValues("conventio.security.users[0].username=mdupont", "conventio.security.users[0].password=" + bcrypt,
                "conventio.security.users[0].roles=RESPONSABLE,FINANCES", "conventio.security.users[1].username=pmartin",
                "conventio.security.users[1].password=" + pbkdf2, "conventio.security.users[1].roles=LECTURE").run(started -> {
            assertThat(started).hasNotFailed();
            PasswordEncoder encoder = started.getBean(PasswordEncoder.class);
            UserDetails mdupont = started.getBean(UserDetailsService.class).loadUserByUsername("mdupont");
            assertThat(encoder.matches(SECRET, mdupont.getPassword())).isTrue();
            assertThat(encoder.matches("autre", mdupont.getPassword())).isFalse();
            assertThat(mdupont.getAuthorities()).extracting(Object::toString).containsExactlyInAnyOrder("ROLE_RESPONSABLE", "ROLE_FINANCES");
            assertThat(encoder.matches(SECRET, started.getBean(UserDetailsService.class).loadUserByUsername("pmartin").getPassword())).isTrue();
            assertThat(started.getBean(UserDetailsService.class)).extracting(users -> exists(users, "admin")).as("no demo account")
                    .isEqualTo(false);
        });
    }

    @Test
    void the_demo_accounts_only_when_asked_for() {
        context.withPropertyValues("conventio.security.demo-accounts=true").run(started -> {
            assertThat(started).hasNotFailed();
            UserDetails admin = started.getBean(UserDetailsService.class).loadUserByUsername("admin");
            assertThat(started.getBean(PasswordEncoder.class).matches("admin", admin.getPassword())).isTrue();
        });
    }

    @Test
    void the_hashes_made_by_hash_password_are_bcrypt_of_cost_12_and_accepted() {
        String hash = HashPassword.hash(SECRET);
        assertThat(hash).startsWith("{bcrypt}$2a$12$");
        assertThat(PasswordHashes.problem(hash)).isEmpty();
    }

    /** The innermost cause (the failure itself when it has none). */
    static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static boolean exists(UserDetailsService users, String name) {
        try {
            users.loadUserByUsername(name);
            return true;
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException notFound) {
            return false;
        }
    }
}
