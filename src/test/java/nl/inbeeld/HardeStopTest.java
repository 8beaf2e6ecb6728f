package nl.inbeeld;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.inbeeld.demo.Generatieopdracht;
import nl.inbeeld.demo.Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, durability: the product store commits to disk (fsync, synchronous_commit and full_page_writes on; zonky
 * starts postgres with them off), and an import killed with {@code kill -9} halfway — the InBeeld process and the
 * PostgreSQL server both, as at a power cut — is after the restart wholly absent: no pupil, no absence row, no signal,
 * no draft of it, and an import that had finished is wholly there. "Halfway" is while the import's transaction holds
 * a write lock on one of InBeeld's tables, seen from another connection.
 */
class HardeStopTest {

    @TempDir Path tmp;

    @Test
    void deProductieopslagSchrijftDuurzaam() throws Exception {
        try (var server = Database.EmbeddedServer.start(tmp.resolve("data"));
                Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.wachtwoord())) {
            assertThat(waarde(c, "show fsync")).isEqualTo("on");
            assertThat(waarde(c, "show synchronous_commit")).isEqualTo("on");
            assertThat(waarde(c, "show full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void eenAfgebrokenImportIsHeelOfHelemaalNiet() throws Exception {
        Path eerste = tmp.resolve("eerste");
        Path tweede = tmp.resolve("tweede");
        new Generator().schrijf(eerste, new Generatieopdracht(300, 5, LocalDate.of(2026, 3, 16)));
        new Generator().schrijf(tweede, new Generatieopdracht(40_000, 6, LocalDate.of(2026, 3, 16)));
        Path data = tmp.resolve("data");

        // a first import that finishes
        Process klaar = inbeeld("inlezen", "--data-dir", data.toString(), eerste.toString());
        assertThat(klaar.waitFor()).as("eerste import").isZero();
        Telling voor = tel(data);
        assertThat(voor.absenties()).isEqualTo(regels(eerste.resolve("absenties.csv")));
        assertThat(voor.signalen()).isPositive();

        // a second, large one, killed with its database while it writes
        Process bezig = inbeeld("inlezen", "--data-dir", data.toString(), tweede.toString());
        wachtTotSchrijven(data, bezig);
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip());
        var postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> postgres = new ArrayList<>(postmaster.descendants().toList());
        postgres.add(postmaster);
        // everything at once, as at a power cut: InBeeld, the postmaster and every backend
        bezig.destroyForcibly();
        postgres.forEach(ProcessHandle::destroyForcibly);
        bezig.waitFor();
        postgres.forEach(p -> p.onExit().join());

        // restart (crash recovery from the WAL): the first import whole, nothing of the second
        assertThat(tel(data)).isEqualTo(voor);
    }

    /** What an import leaves: pupils, absence rows, signals and melding drafts. */
    record Telling(long leerlingen, long absenties, long signalen, long meldingen) {}

    static Telling tel(Path data) throws Exception {
        try (var server = Database.EmbeddedServer.start(data);
                Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.wachtwoord())) {
            return new Telling(Long.parseLong(waarde(c, "select count(*) from leerling")),
                    Long.parseLong(waarde(c, "select count(*) from absentie")),
                    Long.parseLong(waarde(c, "select count(*) from signaal")),
                    Long.parseLong(waarde(c, "select count(*) from melding")));
        }
    }

    /**
     * Waits until the import's transaction holds a write lock on one of InBeeld's tables (seen from another connection kept open and
     * polled every 20 ms): from then until its commit, the import is halfway. At most two minutes.
     */
    static void wachtTotSchrijven(Path data, Process bezig) throws Exception {
        Instant uiterlijk = Instant.now().plus(Duration.ofMinutes(2));
        Connection c = null;
        try {
            while (Instant.now().isBefore(uiterlijk)) {
                assertThat(bezig.isAlive()).as("de import loopt nog (exitcode %s)", bezig.isAlive() ? "-" : bezig.exitValue())
                        .isTrue();
                if (c == null && Files.exists(data.resolve("postmaster.pid")) && Files.exists(data.resolve(Databasegeheim.BESTAND))) {
                    try (var server = Database.EmbeddedServer.start(data)) {
                        c = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.wachtwoord());
                    } catch (SQLException | IllegalStateException | java.io.IOException nogNiet) {
                        // the server is still starting
                    }
                }
                // the import's transaction holds a write lock on every table it wrote until it commits
                if (c != null && !waarde(c, "select count(*) from pg_locks l join pg_class t on t.oid = l.relation"
                        + " where t.relnamespace = 'public'::regnamespace and l.mode = 'RowExclusiveLock' and l.pid <> pg_backend_pid()")
                        .equals("0")) {
                    return;
                }
                Thread.sleep(20);
            }
        } finally {
            if (c != null) c.close();
        }
        throw new AssertionError("de import begon niet binnen twee minuten te schrijven");
    }

    /** An InBeeld command in a process of its own, on this test's class path. */
    static Process inbeeld(String... argumenten) throws Exception {
        List<String> opdracht = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), InBeeldApplication.class.getName()));
        opdracht.addAll(List.of(argumenten));
        return new ProcessBuilder(opdracht).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    static long regels(Path csv) throws Exception {
        try (var regels = Files.lines(csv)) {
            return regels.count() - 1;
        }
    }

    static String waarde(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
