package nl.inbeeld.aanwezigheid.inlezen;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
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
     * Stores the folder rows of {@code t} that are not rejected; returns how many were offered. When none of them
     * has the key of a stored row (the check loaded every stored row of these pupils), the rows go straight into
     * absentie by COPY: no staging table, no upsert. Otherwise, or when a row was stored meanwhile (the COPY then
     * fails on the primary key and is undone to a savepoint), the staging table and upsert are used.
     */
    long schrijf(Absentietabel t, long inlezing, String door, Instant op) {
        if (!t.vervangtOpgeslagen) {
            Connection verbinding = DataSourceUtils.getConnection(dataSource);
            Savepoint punt = null;
            try {
                punt = verbinding.setSavepoint();
                long aantal = kopieer(t, "absentie (leerling_id, school_id, datum, code, minuten, aantal, gemeld_op,"
                        + " inlezing_id, vastgelegd_door, vastgelegd_op)", new Herkomst(inlezing,
                        door.getBytes(StandardCharsets.UTF_8), op.getEpochSecond() * 1_000_000L + op.getNano() / 1_000));
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
        long aantal = kopieer(t, "absentie_invoer", null);
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

    /** Which fields of the rows go into the COPY besides the seven of the folder: the stored row's origin. */
    private record Herkomst(long inlezing, byte[] door, long opMicros) {}

    private long kopieer(Absentietabel t, String doel, Herkomst herkomst) {
        Connection verbinding = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = verbinding.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + doel + " from stdin (format binary)");
            try {
                byte[][] leerlingen = new byte[t.aantalLeerlingen()][];
                byte[][] scholen = new byte[t.aantalScholen()][];
                byte[][] codes = new byte[CODES.length][];
                for (int c = 0; c < CODES.length; c++) codes[c] = CODES[c].name().getBytes(StandardCharsets.UTF_8);
                var uit = new Binairkopie(copy);
                int velden = herkomst == null ? 7 : 10;
                for (int i = 0; i < t.aantal; i++) {
                    if (t.isOpgeslagen(i) || t.afgekeurd[i]) continue;
                    int l = t.leerling[i], s = t.school[i];
                    if (leerlingen[l] == null) leerlingen[l] = t.leerlingen[l].getBytes(StandardCharsets.UTF_8);
                    if (scholen[s] == null) scholen[s] = t.scholen[s].getBytes(StandardCharsets.UTF_8);
                    uit.rij(velden);
                    uit.tekst(leerlingen[l]);
                    uit.tekst(scholen[s]);
                    uit.datum(t.dag[i]);
                    uit.tekst(codes[t.code[i]]);
                    uit.smallint(t.minuten[i]);
                    if (t.aantalTeLaat[i] == 0) uit.leeg(); else uit.smallint(t.aantalTeLaat[i]);
                    if (t.gemeldOp[i] == Absentietabel.GEEN) uit.leeg(); else uit.datum(t.gemeldOp[i]);
                    if (herkomst != null) {
                        uit.bigint(herkomst.inlezing());
                        uit.tekst(herkomst.door());
                        uit.tijdstip(herkomst.opMicros());
                    }
                }
                return uit.einde();
            } finally {
                if (copy.isActive()) copy.cancelCopy();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY naar " + doel + " mislukt: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(verbinding, dataSource);
        }
    }
}
