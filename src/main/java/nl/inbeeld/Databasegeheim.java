package nl.inbeeld;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How the embedded PostgreSQL is locked down (issue 11): the superuser {@code postgres} logs in only with a password
 * (scram-sha-256), a secret generated at the first start and kept in the data directory, readable by its owner only
 * (0600), so a command run beside a running {@code start} on the same data directory can read it; the server listens
 * on 127.0.0.1 only and its unix socket lies in a private directory (0700).
 */
final class Databasegeheim {

    /** The file in the data directory that holds the secret. */
    static final String BESTAND = "inbeeld-db-geheim";

    private static final Set<PosixFilePermission> ALLEEN_EIGENAAR_BESTAND = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> ALLEEN_EIGENAAR_MAP = PosixFilePermissions.fromString("rwx------");

    /** Only passwords, only the private socket and 127.0.0.1; replaces what initdb (trust) wrote. */
    static final String PG_HBA = """
            # InBeeld: every login needs the password (scram-sha-256), kept in %s; only the private socket and 127.0.0.1
            local   all          all                  scram-sha-256
            host    all          all   127.0.0.1/32   scram-sha-256
            local   replication  all                  scram-sha-256
            host    replication  all   127.0.0.1/32   scram-sha-256
            """.formatted(BESTAND);

    private Databasegeheim() {}

    /** A new secret: 32 random bytes, URL-safe Base64 (no quote, no newline: fit for a password file and SQL). */
    static String nieuw() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The secret kept in {@code dataDir}, or null when there is none. */
    static String lees(Path dataDir) throws IOException {
        Path bestand = dataDir.resolve(BESTAND);
        return Files.exists(bestand) ? Files.readString(bestand, StandardCharsets.UTF_8).strip() : null;
    }

    /** Writes {@code geheim} to {@code bestand}, created with owner-only permissions (0600), or makes them so. */
    static void bewaar(Path bestand, String geheim) throws IOException {
        if (!Files.exists(bestand)) {
            Files.createFile(bestand, PosixFilePermissions.asFileAttribute(ALLEEN_EIGENAAR_BESTAND));
        }
        Files.setPosixFilePermissions(bestand, ALLEEN_EIGENAAR_BESTAND);
        Files.writeString(bestand, geheim + "\n", StandardCharsets.UTF_8);
    }

    /** Locks a data directory down before its server starts: the secret (when not yet there) and pg_hba.conf. */
    static void vergrendel(Path dataDir, String geheim) {
        try {
            Path bestand = dataDir.resolve(BESTAND);
            if (Files.exists(bestand)) {
                Files.setPosixFilePermissions(bestand, ALLEEN_EIGENAAR_BESTAND);
            } else {
                bewaar(bestand, geheim);
            }
            Files.writeString(dataDir.resolve("pg_hba.conf"), PG_HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("De database in " + dataDir + " is niet af te schermen", e);
        }
    }

    /** A new directory only its owner can enter (0700), for the server's unix socket. */
    static Path socketmap() throws IOException {
        return Files.createTempDirectory("inbeeld-pg", PosixFilePermissions.asFileAttribute(ALLEEN_EIGENAAR_MAP));
    }

    /** Removes a directory of this process (the socket directory) with what is left in it. */
    static void verwijder(Path map) throws IOException {
        if (map == null || !Files.exists(map)) return;
        try (Stream<Path> paden = Files.walk(map)) {
            for (Path p : paden.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
