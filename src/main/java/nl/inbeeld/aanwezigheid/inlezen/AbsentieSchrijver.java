package nl.inbeeld.aanwezigheid.inlezen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import nl.inbeeld.aanwezigheid.Absentiecode;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the valid absence rows fast: COPY into a temporary staging table on the transaction's connection, then
 * one {@code insert … select … on conflict do update … where … is distinct from …}, so an identical row changes
 * nothing and a changed row leaves its old value in the history (trigger on absentie).
 */
@Component
class AbsentieSchrijver {

    private static final Absentiecode[] CODES = Absentiecode.values();

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    AbsentieSchrijver(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * Stores the folder rows of {@code t} that are not rejected; returns how many were offered. When none of their
     * keys can already be stored (the check loaded no stored row for these pupils, schools and days: {@code t} holds
     * no row with line 0), the rows go straight into absentie by COPY: no staging table, no upsert. Otherwise, or
     * when a row was stored meanwhile (the COPY then fails on the primary key and is undone to a savepoint), the
     * staging table and upsert are used.
     */
    long schrijf(Absentietabel t, long inlezing, String door, Instant op) {
        if (!heeftOpgeslagen(t)) {
            Connection verbinding = DataSourceUtils.getConnection(dataSource);
            Savepoint punt = null;
            try {
                punt = verbinding.setSavepoint();
                long aantal = kopieer(t, "absentie (leerling_id, school_id, datum, code, minuten, aantal, gemeld_op,"
                        + " inlezing_id, vastgelegd_door, vastgelegd_op)",
                        "\t" + inlezing + "\t" + tekst(door) + "\t" + OffsetDateTime.ofInstant(op, ZoneOffset.UTC));
                verbinding.releaseSavepoint(punt);
                return aantal;
            } catch (SQLException | IllegalStateException e) {
                try {
                    if (punt != null) verbinding.rollback(punt);
                } catch (SQLException r) {
                    throw new IllegalStateException("Terugdraaien na COPY mislukt: " + r.getMessage(), r);
                }
            } finally {
                DataSourceUtils.releaseConnection(verbinding, dataSource);
            }
        }
        jdbc.sql("""
                create temporary table absentie_invoer (leerling_id varchar(64), school_id varchar(6), datum date,
                  code varchar(12), minuten smallint, aantal smallint, gemeld_op date) on commit drop""").update();
        long aantal = kopieer(t, "absentie_invoer", "");
        jdbc.sql("""
                insert into absentie (leerling_id, school_id, datum, code, minuten, aantal, gemeld_op, inlezing_id,
                  vastgelegd_door, vastgelegd_op)
                select leerling_id, school_id, datum, code, minuten, aantal, gemeld_op, ?, ?, ? from absentie_invoer
                on conflict (leerling_id, school_id, datum, code) do update set minuten = excluded.minuten,
                  aantal = excluded.aantal, gemeld_op = excluded.gemeld_op, inlezing_id = excluded.inlezing_id,
                  vastgelegd_door = excluded.vastgelegd_door, vastgelegd_op = excluded.vastgelegd_op
                where (absentie.minuten, absentie.aantal, absentie.gemeld_op)
                  is distinct from (excluded.minuten, excluded.aantal, excluded.gemeld_op)""")
                .params(inlezing, door, OffsetDateTime.ofInstant(op, ZoneOffset.UTC)).update();
        return aantal;
    }

    private static boolean heeftOpgeslagen(Absentietabel t) {
        for (int i = 0; i < t.aantal; i++) if (t.isOpgeslagen(i)) return true;
        return false;
    }

    /** A value for COPY text format: backslash, tab and line breaks escaped. */
    private static String tekst(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private long kopieer(Absentietabel t, String doel, String vasteKolommen) {
        Connection verbinding = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = verbinding.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + doel + " from stdin (format text)");
            long aantal = 0;
            try {
                StringBuilder b = new StringBuilder(1 << 20);
                for (int i = 0; i < t.aantal; i++) {
                    if (t.isOpgeslagen(i) || t.afgekeurd[i]) continue;
                    b.append(t.leerlingen[t.leerling[i]]).append('\t').append(t.scholen[t.school[i]]).append('\t')
                            .append(LocalDate.ofEpochDay(t.dag[i])).append('\t').append(CODES[t.code[i]].name())
                            .append('\t').append(t.minuten[i]).append('\t');
                    if (t.aantalTeLaat[i] == 0) b.append("\\N"); else b.append(t.aantalTeLaat[i]);
                    b.append('\t');
                    if (t.gemeldOp[i] == Absentietabel.GEEN) b.append("\\N");
                    else b.append(LocalDate.ofEpochDay(t.gemeldOp[i]));
                    b.append(vasteKolommen).append('\n');
                    aantal++;
                    if (b.length() > (1 << 20) - 256) stuur(copy, b);
                }
                stuur(copy, b);
                copy.endCopy();
            } finally {
                if (copy.isActive()) copy.cancelCopy();
            }
            return aantal;
        } catch (SQLException e) {
            throw new IllegalStateException("COPY naar " + doel + " mislukt: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(verbinding, dataSource);
        }
    }

    private static void stuur(CopyIn copy, StringBuilder b) throws SQLException {
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        b.setLength(0);
    }
}
