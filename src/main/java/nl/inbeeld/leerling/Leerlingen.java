package nl.inbeeld.leerling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.time.LocalDate;
import javax.sql.DataSource;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.opslag.Rondgang;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pupils, their enrolments and their residence periods. */
@Repository
public class Leerlingen {

    private final JdbcClient jdbc;
    private final Stapelopslag stapel;

    Leerlingen(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.stapel = new Stapelopslag(dataSource, jdbc);
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

    private static final Stapelopslag.Tabel LEERLING = new Stapelopslag.Tabel("leerling",
            List.of("leerling_id", "geboortedatum", "woongemeente", "startkwalificatie_op", "voornamen", "tussenvoegsel",
                    "achternaam", "klas"), List.of("leerling_id"));
    private static final Stapelopslag.Tabel OUDER = new Stapelopslag.Tabel("ouder",
            List.of("leerling_id", "naam", "adres", "postcode", "woonplaats", "email", "telefoon"),
            List.of("leerling_id", "naam"));
    private static final Stapelopslag.Tabel INSCHRIJVING = new Stapelopslag.Tabel("inschrijving",
            List.of("leerling_id", "school_id", "van", "tot_en_met"), List.of("leerling_id", "school_id", "van"));
    private static final Stapelopslag.Tabel BEVOLKING = new Stapelopslag.Tabel("bevolking",
            List.of("persoon_id", "geboortedatum", "gemeente", "van", "tot_en_met"), List.of("persoon_id", "gemeente", "van"));

    /**
     * Stores pupils (ids unique); an existing pupil is replaced when it differs (the old row goes to the history).
     * Returns the pupils that were added or changed.
     */
    public Set<LeerlingId> bewaar(List<Leerling> leerlingen) {
        return stapel.bewaar(LEERLING, leerlingen, l -> new Object[] {l.id().waarde(), l.geboortedatum(),
                l.woongemeente().waarde(), l.startkwalificatieOp(), l.naam().voornamen(), l.naam().tussenvoegsel(),
                l.naam().achternaam(), l.naam().klas()});
    }

    /**
     * Stores parents (keys leerling_id, naam unique), replacing one with the same key when it differs (the old row goes
     * to the history). Returns the pupils whose parents were added or changed.
     */
    public Set<LeerlingId> bewaarOuders(List<Ouder> ouders) {
        return stapel.bewaar(OUDER, ouders, o -> new Object[] {o.leerling().waarde(), o.naam(), o.adres(),
                o.postcode(), o.woonplaats(), o.email(), o.telefoon()});
    }

    /**
     * The parents of the pupil, if the user may see the pupil's core data ({@link nl.inbeeld.toegang.Bereik#leerlingen}),
     * enforced in the query; in order of name.
     */
    public List<Ouder> oudersZichtbaar(nl.inbeeld.toegang.Bereik bereik, LeerlingId id) {
        var voorwaarde = bereik.leerlingen("o.leerling_id");
        List<Object> params = new ArrayList<>(List.of(id.waarde()));
        params.addAll(voorwaarde.params());
        return jdbc.sql("select * from ouder o where o.leerling_id = ? and " + voorwaarde.sql() + " order by o.naam")
                .params(params).query((rs, i) -> new Ouder(new LeerlingId(rs.getString("leerling_id")),
                        rs.getString("naam"), rs.getString("adres"), rs.getString("postcode"),
                        rs.getString("woonplaats"), rs.getString("email"), rs.getString("telefoon"))).list();
    }

    /** Stores enrolments (keys unique), replacing one with the same key when it differs; returns the changed pupils. */
    public Set<LeerlingId> bewaarInschrijvingen(List<Inschrijving> inschrijvingen) {
        return stapel.bewaar(INSCHRIJVING, inschrijvingen, i -> new Object[] {i.leerling().waarde(),
                i.school().waarde(), i.van(), i.totEnMet()});
    }

    /** Stores residence periods (table bevolking, keys unique); returns the persons whose periods changed. */
    public Set<LeerlingId> bewaarVerblijf(List<Verblijfperiode> perioden) {
        return stapel.bewaar(BEVOLKING, perioden, v -> new Object[] {v.persoon().waarde(), v.geboortedatum(),
                v.gemeente().waarde(), v.van(), v.totEnMet()});
    }

    /** The pupil, if the user may see its core data ({@link nl.inbeeld.toegang.Bereik#leerlingen}): enforced in the query. */
    public java.util.Optional<Leerling> zichtbaar(nl.inbeeld.toegang.Bereik bereik, LeerlingId id) {
        var voorwaarde = bereik.leerlingen("l.leerling_id");
        List<Object> params = new ArrayList<>(List.of(id.waarde()));
        params.addAll(voorwaarde.params());
        return jdbc.sql("select * from leerling l where l.leerling_id = ? and " + voorwaarde.sql())
                .params(params).query((rs, i) -> leerling(rs)).optional();
    }

    /**
     * The names of those of {@code ids} whose core data the user may see ({@link nl.inbeeld.toegang.Bereik#leerlingen},
     * enforced in the query), by id; pupils without a known name are left out. For lists that show pupils.
     */
    public Map<String, String> namen(nl.inbeeld.toegang.Bereik bereik, Collection<LeerlingId> ids) {
        Map<String, String> namen = new HashMap<>();
        if (ids.isEmpty()) return namen;
        var voorwaarde = bereik.leerlingen("l.leerling_id");
        List<Object> params = new ArrayList<>();
        params.add(tekstArray(ids));
        params.addAll(voorwaarde.params());
        jdbc.sql("select l.leerling_id, l.voornamen, l.tussenvoegsel, l.achternaam from leerling l"
                        + " where l.leerling_id = any(?) and (l.voornamen is not null or l.achternaam is not null)"
                        + " and " + voorwaarde.sql())
                .params(params).query(rs -> {
                    namen.put(rs.getString(1), Naam.volledig(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return namen;
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

    /** Pupils found by {@link #metVerblijf}: the pupils and the residence periods of each (in order of van). */
    public record Gevonden(Map<LeerlingId, Leerling> leerlingen, Map<LeerlingId, List<Verblijfperiode>> verblijf) {}

    /**
     * As {@link #zoek} and {@link #verblijf} together, for a small recomputation: two statements, to be sent in one
     * round trip with the recomputation's other reads ({@link Rondgang#uitvoeren}).
     */
    public Rondgang.Vraag<Gevonden> metVerblijf(Collection<LeerlingId> ids) {
        var leerling = Leerlingvoorwaarde.op("leerling_id", ids);
        var persoon = Leerlingvoorwaarde.op("persoon_id", ids);
        Map<LeerlingId, Leerling> gevonden = new HashMap<>();
        Map<LeerlingId, List<Verblijfperiode>> perPersoon = new HashMap<>();
        return new Rondgang.Vraag<>(List.of(
                Rondgang.Deel.lees("select * from leerling where " + leerling.sql(), rs -> {
                    var l = leerling(rs);
                    gevonden.put(l.id(), l);
                }, leerling.waarde()),
                Rondgang.Deel.lees("select * from bevolking where " + persoon.sql() + " order by persoon_id, van", rs -> {
                    var v = verblijfperiode(rs);
                    perPersoon.computeIfAbsent(v.persoon(), k -> new ArrayList<>()).add(v);
                }, persoon.waarde())),
                () -> new Gevonden(gevonden, perPersoon));
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
                    LocalDate tot = rs.getObject("tot_en_met", LocalDate.class);
                    return new Inschrijving(new LeerlingId(rs.getString("leerling_id")),
                            new SchoolId(rs.getString("school_id")), rs.getObject("van", LocalDate.class),
                            tot);
                }).list();
    }

    private static Leerling leerling(ResultSet rs) throws SQLException {
        LocalDate sk = rs.getObject("startkwalificatie_op", LocalDate.class);
        return new Leerling(new LeerlingId(rs.getString("leerling_id")), rs.getObject("geboortedatum", LocalDate.class),
                new Gemeentecode(rs.getString("woongemeente")), sk, new Naam(rs.getString("voornamen"),
                        rs.getString("tussenvoegsel"), rs.getString("achternaam"), rs.getString("klas")));
    }

    private static Verblijfperiode verblijfperiode(ResultSet rs) throws SQLException {
        LocalDate tot = rs.getObject("tot_en_met", LocalDate.class);
        return new Verblijfperiode(new LeerlingId(rs.getString("persoon_id")), rs.getObject("geboortedatum", LocalDate.class),
                new Gemeentecode(rs.getString("gemeente")), rs.getObject("van", LocalDate.class), tot);
    }

    private static String[] tekstArray(Collection<LeerlingId> ids) {
        return ids.stream().map(LeerlingId::waarde).toArray(String[]::new);
    }
}
