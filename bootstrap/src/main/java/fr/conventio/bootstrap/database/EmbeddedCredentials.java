package fr.conventio.bootstrap.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The passwords of the embedded server's three roles (superuser, schema owner, application), generated
 * once and kept in the data directory in {@value #FILE_NAME}, readable and writable by its owner only
 * (POSIX mode 600; the data directory itself is 700). Each password is 256 random bits.
 */
public record EmbeddedCredentials(String superuser, String owner, String application) {

    public static final String FILE_NAME = "conventio-credentials.properties";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCredentials.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    public EmbeddedCredentials {
        for (String password : new String[] {superuser, owner, application}) {
            if (password == null || password.length() < 32) {
                throw new IllegalArgumentException("embedded database credentials: a password is missing or shorter than 32 characters");
            }
        }
    }

    static EmbeddedCredentials generate() {
        return new EmbeddedCredentials(randomPassword(), randomPassword(), randomPassword());
    }

    public static Path file(Path dataDirectory) {
        return dataDirectory.resolve(FILE_NAME);
    }

    /** The credentials kept in {@code dataDirectory}, empty when the file does not exist. Rights wider than 600 are narrowed, with a warning. */
    static Optional<EmbeddedCredentials> read(Path dataDirectory) {
        Path file = file(dataDirectory);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            if (supportsPosix(file)) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                if (!permissions.equals(OWNER_ONLY)) {
                    LOG.warn("{} was readable by others ({}): narrowed to rw-------", file, PosixFilePermissions.toString(permissions));
                    Files.setPosixFilePermissions(file, OWNER_ONLY);
                }
            }
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return Optional.of(new EmbeddedCredentials(properties.getProperty("superuser.password"),
                    properties.getProperty("owner.password"), properties.getProperty("application.password")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded database credentials " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " is damaged (" + e.getMessage() + "): restore it from a backup of the data directory", e);
        }
    }

    /** Writes the file atomically: a temporary file created with mode 600, then moved into place. */
    void write(Path dataDirectory) {
        Path file = file(dataDirectory);
        Path temporary = dataDirectory.resolve(FILE_NAME + ".new");
        try {
            Files.deleteIfExists(temporary);
            if (supportsPosix(dataDirectory)) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(temporary);
                LOG.warn("{}: this file system has no POSIX rights; restrict the access to {} by other means", dataDirectory, file);
            }
            Properties properties = new Properties();
            properties.setProperty("superuser.password", superuser);
            properties.setProperty("owner.password", owner);
            properties.setProperty("application.password", application);
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "Conventio: passwords of the embedded PostgreSQL roles (postgres, "
                        + EmbeddedRoles.OWNER + ", " + EmbeddedRoles.APPLICATION + "). Keep secret; back up with the data directory.");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("Cannot write " + file + ": " + temporary + " appeared meanwhile", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the embedded database credentials " + file, e);
        }
    }

    /** Never the passwords. */
    @Override
    public String toString() {
        return "EmbeddedCredentials[***]";
    }

    private static boolean supportsPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static String randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
