package nl.inbeeld.aanwezigheid.inlezen;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import nl.inbeeld.aanwezigheid.Absentie;
import nl.inbeeld.leerling.Inschrijving;
import nl.inbeeld.leerling.Leerling;
import nl.inbeeld.leerling.Verblijfperiode;
import nl.inbeeld.school.Scholen;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes the valid rows of a folder in the caller's transaction. A row with an existing key replaces the stored
 * one only when a value differs, so the history triggers keep exactly the replaced values. Absences go through
 * PostgreSQL COPY into a staging table and one upsert.
 */
@Component
public class Wegschrijver {

    private static final int COPY_BLOK = 100_000;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Scholen scholen;

    Wegschrijver(JdbcTemplate jdbc, DataSource dataSource, Scholen scholen) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.scholen = scholen;
    }

    /** Records the import and sets who and when for the history triggers; returns the inlezing id. */
    public long begin(String door, String bron, boolean gedeeltelijk, Instant tijdstip) {
        Long id = jdbc.queryForObject("insert into inlezing (gestart_op, door, bron, gedeeltelijk) values (?, ?, ?, ?) returning id",
                Long.class, Timestamp.from(tijdstip), door, bron, gedeeltelijk);
        jdbc.queryForObject("select set_config('inbeeld.door', ?, true) || set_config('inbeeld.tijdstip', ?, true)"
                + " || set_config('inbeeld.inlezing', ?, true)", String.class, door, tijdstip.toString(), String.valueOf(id));
        return id;
    }

    public void sluit(long inlezing, int opgeslagen, int afgekeurd) {
        jdbc.update("update inlezing set opgeslagen = ?, afgekeurd = ? where id = ?", opgeslagen, afgekeurd, inlezing);
    }

    public void schrijf(Invoer invoer, long inlezing, String door, Instant tijdstip) {
        scholen.opslaan(invoer.scholen);
        invoer.kalender.forEach(scholen::opslaanKalender);
        leerlingen(invoer.leerlingen);
        inschrijvingen(invoer.inschrijvingen);
        bevolking(invoer.bevolking);
        vrijstellingen(invoer.vrijstellingen);
        absenties(invoer.absenties, inlezing, door, tijdstip);
    }

    private void leerlingen(List<Leerling> rijen) {
        jdbc.batchUpdate("""
                insert into leerling (leerling_id, geboortedatum, woongemeente, startkwalificatie_op) values (?, ?, ?, ?)
                on conflict (leerling_id) do update set geboortedatum = excluded.geboortedatum,
                  woongemeente = excluded.woongemeente, startkwalificatie_op = excluded.startkwalificatie_op
                where (leerling.geboortedatum, leerling.woongemeente, leerling.startkwalificatie_op)
                  is distinct from (excluded.geboortedatum, excluded.woongemeente, excluded.startkwalificatie_op)""",
                rijen, 1000, (ps, l) -> {
                    ps.setString(1, l.id().waarde());
                    ps.setDate(2, Date.valueOf(l.geboortedatum()));
                    ps.setString(3, l.woongemeente().waarde());
                    ps.setDate(4, l.startkwalificatieOp() == null ? null : Date.valueOf(l.startkwalificatieOp()));
                });
    }

    private void inschrijvingen(List<Inschrijving> rijen) {
        jdbc.batchUpdate("""
                insert into inschrijving (leerling_id, school_id, van, tot_en_met) values (?, ?, ?, ?)
                on conflict (leerling_id, school_id, van) do update set tot_en_met = excluded.tot_en_met
                where inschrijving.tot_en_met is distinct from excluded.tot_en_met""",
                rijen, 1000, (ps, i) -> {
                    ps.setString(1, i.leerling().waarde());
                    ps.setString(2, i.school().waarde());
                    ps.setDate(3, Date.valueOf(i.van()));
                    ps.setDate(4, i.totEnMet() == null ? null : Date.valueOf(i.totEnMet()));
                });
    }

    private void bevolking(List<Verblijfperiode> rijen) {
        jdbc.batchUpdate("""
                insert into bevolking (persoon_id, geboortedatum, gemeente, van, tot_en_met) values (?, ?, ?, ?, ?)
                on conflict (persoon_id, gemeente, van) do update set geboortedatum = excluded.geboortedatum,
                  tot_en_met = excluded.tot_en_met""",
                rijen, 1000, (ps, v) -> {
                    ps.setString(1, v.persoon().waarde());
                    ps.setDate(2, Date.valueOf(v.geboortedatum()));
                    ps.setString(3, v.gemeente().waarde());
                    ps.setDate(4, Date.valueOf(v.van()));
                    ps.setDate(5, v.totEnMet() == null ? null : Date.valueOf(v.totEnMet()));
                });
    }

    private void vrijstellingen(List<Invoer.Vrijstellingsrij> rijen) {
        jdbc.batchUpdate("""
                insert into vrijstelling (leerling_id, grond, van, tot_en_met, kennisgeving_op) values (?, ?, ?, ?, ?)
                on conflict (leerling_id, grond, van) do update set tot_en_met = excluded.tot_en_met,
                  kennisgeving_op = excluded.kennisgeving_op
                where (vrijstelling.tot_en_met, vrijstelling.kennisgeving_op)
                  is distinct from (excluded.tot_en_met, excluded.kennisgeving_op)""",
                rijen, 1000, (ps, v) -> {
                    ps.setString(1, v.leerling());
                    ps.setString(2, v.grond());
                    ps.setDate(3, Date.valueOf(v.van()));
                    ps.setDate(4, v.totEnMet() == null ? null : Date.valueOf(v.totEnMet()));
                    ps.setDate(5, v.kennisgevingOp() == null ? null : Date.valueOf(v.kennisgevingOp()));
                });
    }

    private void absenties(List<Absentie> rijen, long inlezing, String door, Instant tijdstip) {
        if (rijen.isEmpty()) return;
        jdbc.execute("""
                create temporary table absentie_invoer (leerling_id varchar(64), school_id varchar(6), datum date,
                  code varchar(12), minuten smallint, aantal smallint, gemeld_op date) on commit drop""");
        Connection verbinding = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = verbinding.unwrap(PGConnection.class).getCopyAPI();
            var blok = new StringBuilder(COPY_BLOK * 48);
            for (int i = 0; i < rijen.size(); i++) {
                Absentie a = rijen.get(i);
                blok.append(a.leerling().waarde()).append('\t').append(a.school().waarde()).append('\t')
                        .append(a.datum()).append('\t').append(a.code().name()).append('\t').append(a.minuten()).append('\t')
                        .append(a.aantal() == 0 ? "\\N" : String.valueOf(a.aantal())).append('\t')
                        .append(a.gemeldOp() == null ? "\\N" : a.gemeldOp().toString()).append('\n');
                if ((i + 1) % COPY_BLOK == 0 || i == rijen.size() - 1) {
                    copy.copyIn("copy absentie_invoer from stdin", new StringReader(blok.toString()));
                    blok.setLength(0);
                }
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("Absenties konden niet worden opgeslagen", e);
        } finally {
            DataSourceUtils.releaseConnection(verbinding, dataSource);
        }
        jdbc.update("""
                insert into absentie (leerling_id, school_id, datum, code, minuten, aantal, gemeld_op, inlezing_id,
                  vastgelegd_door, vastgelegd_op)
                select leerling_id, school_id, datum, code, minuten, aantal, gemeld_op, ?, ?, ? from absentie_invoer
                on conflict (leerling_id, school_id, datum, code) do update set minuten = excluded.minuten,
                  aantal = excluded.aantal, gemeld_op = excluded.gemeld_op, inlezing_id = excluded.inlezing_id,
                  vastgelegd_door = excluded.vastgelegd_door, vastgelegd_op = excluded.vastgelegd_op
                where (absentie.minuten, absentie.aantal, absentie.gemeld_op)
                  is distinct from (excluded.minuten, excluded.aantal, excluded.gemeld_op)""",
                inlezing, door, Timestamp.from(tijdstip));
    }
}
