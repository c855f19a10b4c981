package fr.conventio.bootstrap.security;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which password hashes a configured user may have: Spring Security's delegating format
 * {@code {id}hash} with a slow, salted algorithm only — {@code {bcrypt}} (cost 10 or more),
 * {@code {argon2}} / {@code {argon2@SpringSecurity_v5_8}} (needs Bouncy Castle on the class path, which
 * the application does not ship: use bcrypt) and {@code {pbkdf2}} / {@code {pbkdf2@SpringSecurity_v5_8}}.
 * Anything else ({@code {noop}}, {@code {MD5}}, {@code {SHA-1}}, {@code {SHA-256}}, {@code {sha256}},
 * {@code {ldap}}, {@code {MD4}}, a clear password...) is refused at start-up, naming the user; the
 * message never repeats the password or the hash.
 */
public final class PasswordHashes {

    /** The minimum bcrypt cost accepted (2^10 rounds, Spring Security's default). */
    public static final int MIN_BCRYPT_COST = 10;

    private static final Pattern DELEGATING = Pattern.compile("^\\{([^}]*)}(.*)$", Pattern.DOTALL);
    private static final Pattern BCRYPT = Pattern.compile("^\\$2[aby]?\\$(\\d\\d)\\$[./A-Za-z0-9]{53}$");
    private static final Pattern ARGON2 = Pattern.compile("^\\$argon2(id|i|d)\\$v=\\d+\\$m=\\d+,t=\\d+,p=\\d+\\$[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+$");
    private static final Pattern PBKDF2 = Pattern.compile("^[0-9a-fA-F]{64,}$");
    private static final Map<String, Pattern> STRONG = Map.of(
            "bcrypt", BCRYPT,
            "argon2", ARGON2,
            "argon2@springsecurity_v5_8", ARGON2,
            "pbkdf2", PBKDF2,
            "pbkdf2@springsecurity_v5_8", PBKDF2);

    static final String HOW_TO_HASH = "Produire un hachage bcrypt / produce a bcrypt hash: "
            + "htpasswd -bnBC 12 '' 'le-mot-de-passe' | tr -d ':\\n'   (paquet / package apache2-utils), "
            + "puis préfixer par / then prefix with {bcrypt} ; ou / or: "
            + "java -cp conventio.jar -Dloader.main=fr.conventio.bootstrap.security.HashPassword "
            + "org.springframework.boot.loader.launch.PropertiesLauncher   (lit le mot de passe au clavier / reads the password from the console).";

    private PasswordHashes() {
    }

    /** Throws, naming the user and what to do, unless {@code password} is a strong hash in Spring Security's format. */
    static void requireStrongHash(String username, String password) {
        problem(password).ifPresent(problem -> {
            throw new IllegalArgumentException("conventio.security.users « " + username + " » : " + problem + ". "
                    + "Seuls sont acceptés / only accepted: {bcrypt} (coût / cost ≥ " + MIN_BCRYPT_COST + "), {argon2}, {pbkdf2}. "
                    + HOW_TO_HASH);
        });
    }

    /** What is wrong with {@code password} as a configured hash (bilingual), empty when it is a strong hash. */
    static Optional<String> problem(String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("mot de passe manquant / password missing");
        }
        Matcher delegating = DELEGATING.matcher(password);
        if (!delegating.matches()) {
            return Optional.of("le mot de passe n'est pas haché (format attendu {bcrypt}$2a$12$…) / the password is not hashed"
                    + " (expected format {bcrypt}$2a$12$…)");
        }
        String id = delegating.group(1).toLowerCase(Locale.ROOT);
        String hash = delegating.group(2);
        Pattern format = STRONG.get(id);
        if (format == null) {
            return Optional.of("algorithme « {" + delegating.group(1) + "} » refusé, trop faible ou sans sel / algorithm « {"
                    + delegating.group(1) + "} » refused, weak or unsalted");
        }
        Matcher matcher = format.matcher(hash);
        if (!matcher.matches()) {
            return Optional.of("hachage « {" + delegating.group(1) + "} » mal formé / malformed « {" + delegating.group(1) + "} » hash");
        }
        if (format == BCRYPT && Integer.parseInt(matcher.group(1)) < MIN_BCRYPT_COST) {
            return Optional.of("coût bcrypt " + matcher.group(1) + " trop faible / bcrypt cost " + matcher.group(1) + " too low");
        }
        if (format == ARGON2 && !bouncyCastlePresent()) {
            return Optional.of("{argon2} demande Bouncy Castle (org.bouncycastle:bcprov-jdk18on), absent de l'application : utilisez {bcrypt}"
                    + " / {argon2} needs Bouncy Castle, which the application does not ship: use {bcrypt}");
        }
        return Optional.empty();
    }

    private static boolean bouncyCastlePresent() {
        try {
            Class.forName("org.bouncycastle.crypto.generators.Argon2BytesGenerator", false, PasswordHashes.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
