package nl.inbeeld.vrijstelling;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.opslag.Rondgang;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The exemptions. Replaced rows go to the history (table wijziging) through the database trigger. */
@Repository
public class Vrijstellingen {

    private static final int PARTIJ = 1000;

    private final JdbcTemplate jdbc;

    Vrijstellingen(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The exemptions of a pupil, ordered by start date. */
    public List<Vrijstelling> van(LeerlingId leerling) {
        return jdbc.query("select * from vrijstelling where leerling_id = ? order by van, grond", (rs, i) ->
                new Vrijstelling(leerling, Vrijstellingsgrond.vanCode(rs.getString("grond")).orElseThrow(),
                        rs.getDate("van").toLocalDate(), datum(rs.getDate("tot_en_met")),
                        datum(rs.getDate("kennisgeving_op"))), leerling.waarde());
    }

    /** The exemptions of these pupils with this ground, per pupil, ordered by start date (one query). */
    public Map<LeerlingId, List<Vrijstelling>> van(Collection<LeerlingId> leerlingen, Vrijstellingsgrond grond) {
        if (leerlingen.isEmpty()) return new HashMap<>();
        var vraag = vraag(leerlingen, grond);
        Rondgang.uitvoeren(jdbc, vraag.delen());
        return vraag.uitslag().get();
    }

    /** As {@link #van}, as a statement to send in one round trip with other reads ({@link Rondgang#uitvoeren}). */
    public Rondgang.Vraag<Map<LeerlingId, List<Vrijstelling>>> vraag(Collection<LeerlingId> leerlingen,
            Vrijstellingsgrond grond) {
        Map<LeerlingId, List<Vrijstelling>> uit = new HashMap<>();
        return new Rondgang.Vraag<>(List.of(Rondgang.Deel.lees(
                "select * from vrijstelling where grond = ? and leerling_id = any(?) order by leerling_id, van", rs -> {
                    var leerling = new LeerlingId(rs.getString("leerling_id"));
                    uit.computeIfAbsent(leerling, k -> new ArrayList<>()).add(new Vrijstelling(leerling, grond,
                            rs.getDate("van").toLocalDate(), datum(rs.getDate("tot_en_met")),
                            datum(rs.getDate("kennisgeving_op"))));
                }, grond.code(), leerlingen.stream().map(LeerlingId::waarde).toArray(String[]::new))), () -> uit);
    }

    /**
     * Stores exemptions in batches; a row with an existing key (pupil, grond, van) is replaced when it differs.
     * Returns the pupils whose exemptions were added or changed.
     */
    public Set<LeerlingId> bewaar(List<Vrijstelling> vrijstellingen) {
        int[][] aantallen = jdbc.batchUpdate("""
                insert into vrijstelling (leerling_id, grond, van, tot_en_met, kennisgeving_op) values (?, ?, ?, ?, ?)
                on conflict (leerling_id, grond, van) do update set tot_en_met = excluded.tot_en_met,
                  kennisgeving_op = excluded.kennisgeving_op
                where (vrijstelling.tot_en_met, vrijstelling.kennisgeving_op)
                  is distinct from (excluded.tot_en_met, excluded.kennisgeving_op)""",
                vrijstellingen, PARTIJ, (ps, v) -> {
                    ps.setString(1, v.leerling().waarde());
                    ps.setString(2, v.grond().code());
                    ps.setDate(3, Date.valueOf(v.van()));
                    ps.setDate(4, sql(v.totEnMet()));
                    ps.setDate(5, sql(v.kennisgevingOp()));
                });
        Set<LeerlingId> gewijzigd = new HashSet<>();
        List<Vrijstelling> lijst = new ArrayList<>(vrijstellingen);
        int i = 0;
        for (int[] partij : aantallen) {
            for (int n : partij) {
                if (n != 0) gewijzigd.add(lijst.get(i).leerling());
                i++;
            }
        }
        return gewijzigd;
    }

    private static Date sql(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate datum(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
