package nl.inbeeld.leerling;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.time.LocalDate;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.SchoolId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pupils, their enrolments and their residence periods. */
@Repository
public class Leerlingen {

    private static final int PARTIJ = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Leerlingen(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The ids among {@code ids} of pupils that are stored. */
    public Set<LeerlingId> bekend(Collection<LeerlingId> ids) {
        Set<LeerlingId> bekend = new HashSet<>();
        jdbc.sql("select leerling_id from leerling where leerling_id = any(?)").param(tekstArray(ids))
                .query(rs -> {
                    bekend.add(new LeerlingId(rs.getString(1)));
                });
        return bekend;
    }

    /**
     * Stores pupils in batches; an existing pupil is replaced when it differs (the old row goes to the history).
     * Returns the pupils that were added or changed.
     */
    public Set<LeerlingId> bewaar(List<Leerling> leerlingen) {
        int[][] aantallen = template.batchUpdate("""
                insert into leerling (leerling_id, geboortedatum, woongemeente, startkwalificatie_op)
                values (?, ?, ?, ?)
                on conflict (leerling_id) do update set geboortedatum = excluded.geboortedatum,
                  woongemeente = excluded.woongemeente, startkwalificatie_op = excluded.startkwalificatie_op
                where (leerling.geboortedatum, leerling.woongemeente, leerling.startkwalificatie_op)
                  is distinct from (excluded.geboortedatum, excluded.woongemeente, excluded.startkwalificatie_op)""",
                leerlingen, PARTIJ, (ps, l) -> {
                    ps.setString(1, l.id().waarde());
                    ps.setDate(2, Date.valueOf(l.geboortedatum()));
                    ps.setString(3, l.woongemeente().waarde());
                    ps.setDate(4, sql(l.startkwalificatieOp()));
                });
        return gewijzigd(aantallen, leerlingen, Leerling::id);
    }

    /** Stores enrolments in batches, replacing one with the same key when it differs; returns the changed pupils. */
    public Set<LeerlingId> bewaarInschrijvingen(List<Inschrijving> inschrijvingen) {
        int[][] aantallen = template.batchUpdate("""
                insert into inschrijving (leerling_id, school_id, van, tot_en_met) values (?, ?, ?, ?)
                on conflict (leerling_id, school_id, van) do update set tot_en_met = excluded.tot_en_met
                where inschrijving.tot_en_met is distinct from excluded.tot_en_met""",
                inschrijvingen, PARTIJ, (ps, i) -> {
                    ps.setString(1, i.leerling().waarde());
                    ps.setString(2, i.school().waarde());
                    ps.setDate(3, Date.valueOf(i.van()));
                    ps.setDate(4, sql(i.totEnMet()));
                });
        return gewijzigd(aantallen, inschrijvingen, Inschrijving::leerling);
    }

    /** Stores residence periods (table bevolking) in batches; returns the persons whose periods changed. */
    public Set<LeerlingId> bewaarVerblijf(List<Verblijfperiode> perioden) {
        int[][] aantallen = template.batchUpdate("""
                insert into bevolking (persoon_id, geboortedatum, gemeente, van, tot_en_met) values (?, ?, ?, ?, ?)
                on conflict (persoon_id, gemeente, van) do update set geboortedatum = excluded.geboortedatum,
                  tot_en_met = excluded.tot_en_met
                where (bevolking.geboortedatum, bevolking.tot_en_met)
                  is distinct from (excluded.geboortedatum, excluded.tot_en_met)""",
                perioden, PARTIJ, (ps, v) -> {
                    ps.setString(1, v.persoon().waarde());
                    ps.setDate(2, Date.valueOf(v.geboortedatum()));
                    ps.setString(3, v.gemeente().waarde());
                    ps.setDate(4, Date.valueOf(v.van()));
                    ps.setDate(5, sql(v.totEnMet()));
                });
        return gewijzigd(aantallen, perioden, Verblijfperiode::persoon);
    }

    private static <T> Set<LeerlingId> gewijzigd(int[][] aantallen, List<T> rijen, Function<T, LeerlingId> id) {
        Set<LeerlingId> gewijzigd = new HashSet<>();
        int i = 0;
        for (int[] partij : aantallen) {
            for (int n : partij) {
                if (n != 0) gewijzigd.add(id.apply(rijen.get(i)));
                i++;
            }
        }
        return gewijzigd;
    }

    private static Date sql(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    /**
     * The pupil, if the user may see it: enrolled (ever) at one of the user's schools, or living (by the pupil's
     * record or a population-register period) in one of the user's gemeenten. Enforced in the query.
     */
    public java.util.Optional<Leerling> zichtbaar(nl.inbeeld.toegang.Bereik bereik, LeerlingId id) {
        return jdbc.sql("""
                select * from leerling l where l.leerling_id = ? and (?
                  or exists (select 1 from inschrijving i where i.leerling_id = l.leerling_id and i.school_id = any(?))
                  or l.woongemeente = any(?)
                  or exists (select 1 from bevolking b where b.persoon_id = l.leerling_id and b.gemeente = any(?)))""")
                .params(id.waarde(), bereik.alles(), bereik.scholenArray(), bereik.gemeentenArray(), bereik.gemeentenArray())
                .query((rs, i) -> leerling(rs)).optional();
    }

    /** The stored pupils among {@code ids}. */
    public Map<LeerlingId, Leerling> zoek(Collection<LeerlingId> ids) {
        Map<LeerlingId, Leerling> gevonden = new HashMap<>();
        jdbc.sql("select * from leerling where leerling_id = any(?)").param(tekstArray(ids)).query(rs -> {
            var l = leerling(rs);
            gevonden.put(l.id(), l);
        });
        return gevonden;
    }

    /** Pupils found by {@link #zoekMetVerblijf}: the pupils and the residence periods of each (in order of van). */
    public record Gevonden(Map<LeerlingId, Leerling> leerlingen, Map<LeerlingId, List<Verblijfperiode>> verblijf) {}

    /** As {@link #zoek} and {@link #verblijf} together, for a small recomputation: both statements in one round trip. */
    public Gevonden zoekMetVerblijf(Collection<LeerlingId> ids) {
        var leerling = Leerlingvoorwaarde.op("leerling_id", ids);
        var persoon = Leerlingvoorwaarde.op("persoon_id", ids);
        return template.execute("select * from leerling where " + leerling.sql() + ";"
                + " select * from bevolking where " + persoon.sql() + " order by persoon_id, van", (PreparedStatement ps) -> {
            ps.setObject(1, leerling.waarde());
            ps.setObject(2, persoon.waarde());
            ps.execute();
            Map<LeerlingId, Leerling> gevonden = new HashMap<>();
            try (ResultSet rs = ps.getResultSet()) {
                while (rs.next()) {
                    var l = leerling(rs);
                    gevonden.put(l.id(), l);
                }
            }
            ps.getMoreResults();
            Map<LeerlingId, List<Verblijfperiode>> perPersoon = new HashMap<>();
            try (ResultSet rs = ps.getResultSet()) {
                while (rs.next()) {
                    var v = verblijfperiode(rs);
                    perPersoon.computeIfAbsent(v.persoon(), k -> new ArrayList<>()).add(v);
                }
            }
            return new Gevonden(gevonden, perPersoon);
        });
    }

    /** The residence periods from the population register of these persons. */
    public Map<LeerlingId, List<Verblijfperiode>> verblijf(Collection<LeerlingId> ids) {
        Map<LeerlingId, List<Verblijfperiode>> perPersoon = new HashMap<>();
        jdbc.sql("select * from bevolking where persoon_id = any(?) order by persoon_id, van")
                .param(tekstArray(ids)).query(rs -> {
                    var v = verblijfperiode(rs);
                    perPersoon.computeIfAbsent(v.persoon(), k -> new ArrayList<>()).add(v);
                });
        return perPersoon;
    }

    public List<Inschrijving> inschrijvingen(Collection<LeerlingId> ids) {
        return jdbc.sql("select * from inschrijving where leerling_id = any(?) order by leerling_id, van")
                .param(tekstArray(ids)).query((rs, i) -> {
                    Date tot = rs.getDate("tot_en_met");
                    return new Inschrijving(new LeerlingId(rs.getString("leerling_id")),
                            new SchoolId(rs.getString("school_id")), rs.getDate("van").toLocalDate(),
                            tot == null ? null : tot.toLocalDate());
                }).list();
    }

    private static Leerling leerling(ResultSet rs) throws SQLException {
        Date sk = rs.getDate("startkwalificatie_op");
        return new Leerling(new LeerlingId(rs.getString("leerling_id")), rs.getDate("geboortedatum").toLocalDate(),
                new Gemeentecode(rs.getString("woongemeente")), sk == null ? null : sk.toLocalDate());
    }

    private static Verblijfperiode verblijfperiode(ResultSet rs) throws SQLException {
        Date tot = rs.getDate("tot_en_met");
        return new Verblijfperiode(new LeerlingId(rs.getString("persoon_id")), rs.getDate("geboortedatum").toLocalDate(),
                new Gemeentecode(rs.getString("gemeente")), rs.getDate("van").toLocalDate(), tot == null ? null : tot.toLocalDate());
    }

    private static String[] tekstArray(Collection<LeerlingId> ids) {
        return ids.stream().map(LeerlingId::waarde).toArray(String[]::new);
    }
}
