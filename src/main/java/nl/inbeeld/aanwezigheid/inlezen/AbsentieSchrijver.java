package nl.inbeeld.aanwezigheid.inlezen;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import javax.sql.DataSource;
import nl.inbeeld.aanwezigheid.Absentiecode;
import nl.inbeeld.opslag.Binairkopie;
import nl.inbeeld.opslag.Savepunt;
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
    private static final String ABSENTIE = "absentie (leerling_id, school_id, datum, code, minuten, aantal, gemeld_op,"
            + " inlezing_id, vastgelegd_door, vastgelegd_op)";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    AbsentieSchrijver(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * Before the rows are checked (an atomic import, which is undone if the check rejects any): COPY the folder rows
     * straight into absentie as the parser hands them on, to a savepoint. Returns the number of rows stored, or -1
     * with nothing stored when the COPY fails because a key is stored already or repeats in the folder; then
     * {@link #schrijf} stores the rows after the check.
     */
    long probeer(Absentietabel.Aanvoer bron, long inlezing, String door, Instant op) {
        var herkomst = Herkomst.van(inlezing, door, op);
        return Savepunt.probeer(dataSource, () -> kopieer(bron, null, ABSENTIE, herkomst)).orElse(-1L);
    }

    /**
     * Stores the checked folder rows that are not {@code afgekeurd}; returns how many were offered. When none of
     * them has the key of a stored row (the check loaded every stored row of these pupils), the rows go straight into
     * absentie by COPY: no staging table, no upsert. Otherwise, or when a row was stored meanwhile (the COPY then
     * fails on the primary key and is undone to a savepoint), the staging table and upsert are used.
     */
    long schrijf(Absentietabel.Folderrijen r, boolean[] afgekeurd, boolean vervangtOpgeslagen, long inlezing,
            String door, Instant op) {
        if (!vervangtOpgeslagen) {
            var herkomst = Herkomst.van(inlezing, door, op);
            var aantal = Savepunt.probeer(dataSource, () -> kopieer(r, afgekeurd, ABSENTIE, herkomst));
            if (aantal.isPresent()) return aantal.get();
        }
        jdbc.sql("""
                create temporary table absentie_invoer (leerling_id varchar(64), school_id varchar(6), datum date,
                  code varchar(12), minuten smallint, aantal smallint, gemeld_op date) on commit drop""").update();
        long aantal = kopieer(r, afgekeurd, "absentie_invoer", null);
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
    private record Herkomst(long inlezing, byte[] door, long opMicros) {

        static Herkomst van(long inlezing, String door, Instant op) {
            return new Herkomst(inlezing, door.getBytes(StandardCharsets.UTF_8),
                    op.getEpochSecond() * 1_000_000L + op.getNano() / 1_000);
        }
    }

    /** COPY of the rows of {@code bron} as they come, without the {@code afgekeurd} ones; the number stored. */
    private long kopieer(Absentietabel.Aanvoer bron, boolean[] afgekeurd, String doel, Herkomst herkomst) {
        byte[][] codes = new byte[CODES.length][];
        for (int c = 0; c < CODES.length; c++) codes[c] = CODES[c].name().getBytes(StandardCharsets.UTF_8);
        int velden = herkomst == null ? 7 : 10;
        return Binairkopie.kopieer(dataSource, doel, uit -> {
            byte[][] leerlingen = new byte[1024][];
            byte[][] scholen = new byte[64][];
            int i = 0;
            for (Absentietabel.Folderrijen t; (t = bron.na(i)) != null; ) {
                int[] leerling = t.leerling(), school = t.school(), dag = t.dag(), gemeldOp = t.gemeldOp();
                byte[] code = t.code();
                short[] minuten = t.minuten(), aantalTeLaat = t.aantalTeLaat();
                if (leerlingen.length < t.leerlingen().length) leerlingen = Arrays.copyOf(leerlingen, t.leerlingen().length);
                if (scholen.length < t.scholen().length) scholen = Arrays.copyOf(scholen, t.scholen().length);
                for (; i < t.aantal(); i++) {
                    if (afgekeurd != null && afgekeurd[i]) continue;
                    int l = leerling[i], s = school[i];
                    if (leerlingen[l] == null) leerlingen[l] = t.leerlingen()[l].getBytes(StandardCharsets.UTF_8);
                    if (scholen[s] == null) scholen[s] = t.scholen()[s].getBytes(StandardCharsets.UTF_8);
                    uit.rij(velden);
                    uit.tekst(leerlingen[l]);
                    uit.tekst(scholen[s]);
                    uit.datum(dag[i]);
                    uit.tekst(codes[code[i]]);
                    uit.smallint(minuten[i]);
                    if (aantalTeLaat[i] == 0) uit.leeg(); else uit.smallint(aantalTeLaat[i]);
                    if (gemeldOp[i] == Absentietabel.GEEN) uit.leeg(); else uit.datum(gemeldOp[i]);
                    if (herkomst != null) {
                        uit.bigint(herkomst.inlezing());
                        uit.tekst(herkomst.door());
                        uit.tijdstip(herkomst.opMicros());
                    }
                }
            }
        });
    }
}
