package fr.conventio.bootstrap.security;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Prints the {@code {bcrypt}} hash of a password, for {@code conventio.security.users[n].password}. The
 * password is read from the console without echo (typed twice), or from the first line of standard input
 * when there is no console, never from the command line (it would stay in the shell's history):
 * <pre>
 * java -cp conventio.jar -Dloader.main=fr.conventio.bootstrap.security.HashPassword \
 *      org.springframework.boot.loader.launch.PropertiesLauncher
 * </pre>
 */
public final class HashPassword {

    /** bcrypt cost of the hashes made here: 2^12 rounds, about a quarter of a second per sign-in. */
    static final int COST = 12;
    private static final int MIN_LENGTH = 12;

    private HashPassword() {
    }

    public static void main(String[] args) throws IOException {
        char[] password = read();
        try {
            if (password.length < MIN_LENGTH) {
                System.err.println("Mot de passe trop court (au moins " + MIN_LENGTH + " caractères) / password too short (at least "
                        + MIN_LENGTH + " characters)");
                System.exit(2);
            }
            System.out.println(hash(new String(password)));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The value to configure: {@code {bcrypt}} followed by a bcrypt hash of cost {@value #COST}. */
    static String hash(String password) {
        return "{bcrypt}" + new BCryptPasswordEncoder(COST).encode(password);
    }

    private static char[] read() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Mot de passe / password: ");
            char[] second = console.readPassword("Encore / again: ");
            if (first == null || !Arrays.equals(first, second)) {
                System.err.println("Les deux saisies diffèrent / the two entries differ");
                System.exit(2);
            }
            Arrays.fill(second, '\0');
            return first;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? new char[0] : line.toCharArray();
    }
}
