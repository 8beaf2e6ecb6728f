package nl.inbeeld.aanwezigheid.inlezen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
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

    /** Stores the folder rows of {@code t} that are not rejected; returns how many were offered. */
    long schrijf(Absentietabel t, long inlezing, String door, Instant op) {
        jdbc.sql("""
                create temporary table absentie_invoer (leerling_id varchar(64), school_id varchar(6), datum date,
                  code varchar(12), minuten smallint, aantal smallint, gemeld_op date) on commit drop""").update();
        long aantal = kopieer(t);
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

    private long kopieer(Absentietabel t) {
        Connection verbinding = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = verbinding.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy absentie_invoer from stdin (format text)");
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
                    b.append('\n');
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
            throw new IllegalStateException("COPY naar absentie_invoer mislukt: " + e.getMessage(), e);
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
