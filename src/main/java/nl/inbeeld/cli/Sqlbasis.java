package nl.inbeeld.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * The baselines of the benchmark: VERZUIM_16_UUR written as SQL, run in PostgreSQL and in DuckDB over the same rows,
 * and a raw {@code COPY} of the generated rows into PostgreSQL.
 *
 * <p>The SQL rule, without counting restarts: per pupil and school, the first lesson day on which the unexcused
 * minutes (ONGEOORLOOFD, LUXE, TE_LAAT) on the lesson days of its lesweek and the three lesweken before it, up to and
 * including that day, counting only days on which the pupil is leerplichtig or kwalificatieplichtig, reach 960.
 * Before the first signal the engine has not restarted counting, so this is exactly the einddatum of the engine's
 * first VERZUIM_16_UUR signal. Window = the three previous lesweken (a RANGE frame over the lesweek number) plus a
 * running sum within the day's own lesweek. DuckDB reads its driver from the classpath only when present
 * (benchmark scope; it is not in the application jar).
 */
final class Sqlbasis {

    static final int DREMPEL = 960;
    static final int VORIGE_WEKEN = 3;

    private Sqlbasis() {}

    /** The rule over tables absentie-like {@code bron}, {@code bench_lesdag} and {@code bench_groep}. */
    static String zestienUur(String bron) {
        return """
                with dag as (
                  select a.leerling_id, a.school_id, a.datum, l.lesweek, sum(a.minuten) as m
                  from %1$s a
                  join bench_lesdag l on l.school_id = a.school_id and l.datum = a.datum
                  join bench_groep g on g.leerling_id = a.leerling_id and g.school_id = a.school_id
                  where a.code in ('ONGEOORLOOFD', 'LUXE', 'TE_LAAT') and a.datum between g.plicht_van and g.plicht_tot
                  group by a.leerling_id, a.school_id, a.datum, l.lesweek
                ), week as (
                  select leerling_id, school_id, lesweek, sum(m) as m from dag group by leerling_id, school_id, lesweek
                ), vooraf as (
                  select leerling_id, school_id, lesweek, coalesce(sum(m) over (partition by leerling_id, school_id
                    order by lesweek range between %2$d preceding and 1 preceding), 0) as m
                  from week
                ), venster as (
                  select d.leerling_id, d.school_id, d.datum, v.m + sum(d.m) over (
                    partition by d.leerling_id, d.school_id, d.lesweek order by d.datum) as totaal
                  from dag d join vooraf v on v.leerling_id = d.leerling_id and v.school_id = d.school_id
                    and v.lesweek = d.lesweek
                )
                select leerling_id, school_id, min(datum) as einddatum from venster where totaal >= %3$d
                group by leerling_id, school_id""".formatted(bron, VORIGE_WEKEN, DREMPEL);
    }

    /** Runs the rule; returns {@code leerling_id|school_id} → einddatum. */
    static Map<String, LocalDate> voerUit(Connection c, String sql) throws SQLException {
        Map<String, LocalDate> uit = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) uit.put(rs.getString(1) + "|" + rs.getString(2), rs.getObject(3, LocalDate.class));
        }
        return uit;
    }

    static final String KOPIE_TABEL = """
            create table bench_kopie (leerling_id varchar(64) not null, school_id varchar(6) not null,
              datum date not null, minuten smallint not null, code varchar(12) not null, aantal smallint,
              gemeld_op date, primary key (leerling_id, school_id, datum, code)) with (autovacuum_enabled = false)""";

    /** Raw COPY of the generated absenties.csv into a table of the same columns with the same primary key. */
    static long kopieer(Connection c, Path absenties, String tabel) throws Exception {
        try (InputStream in = Files.newInputStream(absenties)) {
            return c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + tabel
                    + " (leerling_id, school_id, datum, minuten, code, aantal, gemeld_op) from stdin (format csv, header true)",
                    in, 1 << 20);
        }
    }

    /**
     * Writes all dirty pages out before a timed load, so that it does not pay for the one before it (a checkpoint
     * falling inside it, and the full-page images after one). Needs superuser rights; without them, nothing happens.
     */
    static void checkpoint(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("checkpoint");
        } catch (SQLException geenRecht) {
            // an external database as a user without the right: measured as it is
        }
    }

    /** The other seven files of the format: the table each is stored in and that table's primary key. */
    private record Stamkopie(String bestand, String tabel, String sleutel) {}

    private static final List<Stamkopie> STAM = List.of(
            new Stamkopie("scholen.csv", "school", "school_id"),
            new Stamkopie("kalender.csv", "kalender", "school_id, van"),
            new Stamkopie("leerlingen.csv", "leerling", "leerling_id"),
            new Stamkopie("inschrijvingen.csv", "inschrijving", "leerling_id, school_id, van"),
            new Stamkopie("bevolking.csv", "bevolking", "persoon_id, gemeente, van"),
            new Stamkopie("vrijstellingen.csv", "vrijstelling", "leerling_id, grond, van"),
            new Stamkopie("ouders.csv", "ouder", "leerling_id, naam"));

    /**
     * Raw COPY of the seven other files of {@code map}, each into a new table with the columns of InBeeld's table for it
     * and the same primary key (no other index, no constraint); returns the number of rows copied. With
     * {@link #kopieer} of absenties.csv this is a raw COPY of every row an import of the folder stores.
     */
    static long kopieerStam(Connection c, Path map) throws Exception {
        long rijen = 0;
        for (Stamkopie k : STAM) {
            Path bestand = map.resolve(k.bestand());
            if (!Files.isRegularFile(bestand)) continue;
            try (Statement s = c.createStatement()) {
                s.execute("create table bench_" + k.tabel() + " (like " + k.tabel() + ", primary key (" + k.sleutel()
                        + ")) with (autovacuum_enabled = false)");
            }
            String kolommen;
            try (var regels = Files.lines(bestand)) {
                kolommen = regels.findFirst().orElseThrow();
            }
            try (InputStream in = Files.newInputStream(bestand)) {
                rijen += c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_" + k.tabel() + " (" + kolommen
                        + ") from stdin (format csv, header true)", in, 1 << 20);
            }
        }
        return rijen;
    }

    /** Drops the baseline tables from PostgreSQL, so that they take no part in what is measured next. */
    static void ruimOp(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_kopie, bench_lesdag, bench_groep");
            for (Stamkopie k : STAM) s.execute("drop table if exists bench_" + k.tabel());
        }
    }

    /** Loads the lesson-day and group tables into PostgreSQL. */
    static void laadPostgres(Connection c, Path lesdag, Path groep) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("create table bench_lesdag (school_id varchar(6), datum date, lesweek int, primary key (school_id, datum))"
                    + " with (autovacuum_enabled = false)");
            s.execute("create table bench_groep (leerling_id varchar(64), school_id varchar(6), plicht_van date,"
                    + " plicht_tot date, primary key (leerling_id, school_id)) with (autovacuum_enabled = false)");
        }
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        try (InputStream in = Files.newInputStream(lesdag)) {
            copy.copyIn("copy bench_lesdag from stdin (format csv)", in);
        }
        try (InputStream in = Files.newInputStream(groep)) {
            copy.copyIn("copy bench_groep from stdin (format csv)", in);
        }
        try (Statement s = c.createStatement()) {
            s.execute("analyze bench_lesdag");
            s.execute("analyze bench_groep");
            s.execute("analyze bench_kopie");
        }
    }

    /** An in-memory DuckDB with the same three tables, read from the same files; null without the driver. */
    static Connection duckdb(Path absenties, Path lesdag, Path groep) throws SQLException {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            return null;
        }
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = c.createStatement()) {
            s.execute("create table bench_kopie as select * from read_csv('" + absenties + "', header = true, columns = {"
                    + "'leerling_id': 'VARCHAR', 'school_id': 'VARCHAR', 'datum': 'DATE', 'minuten': 'SMALLINT',"
                    + " 'code': 'VARCHAR', 'aantal': 'SMALLINT', 'gemeld_op': 'DATE'})");
            s.execute("create table bench_lesdag as select * from read_csv('" + lesdag + "', header = false, columns = {"
                    + "'school_id': 'VARCHAR', 'datum': 'DATE', 'lesweek': 'INTEGER'})");
            s.execute("create table bench_groep as select * from read_csv('" + groep + "', header = false, columns = {"
                    + "'leerling_id': 'VARCHAR', 'school_id': 'VARCHAR', 'plicht_van': 'DATE', 'plicht_tot': 'DATE'})");
        }
        return c;
    }

    static String duckdbVersie(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select version()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
