package nl.inbeeld.leerling;

import java.sql.Date;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.SchoolId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pupils, their enrolments and their residence periods. */
@Repository
public class Leerlingen {

    private final JdbcClient jdbc;

    Leerlingen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored pupils among {@code ids}. */
    public Map<LeerlingId, Leerling> zoek(Collection<LeerlingId> ids) {
        Map<LeerlingId, Leerling> gevonden = new HashMap<>();
        jdbc.sql("select * from leerling where leerling_id = any(?)").param(tekstArray(ids)).query(rs -> {
            Date sk = rs.getDate("startkwalificatie_op");
            var l = new Leerling(new LeerlingId(rs.getString("leerling_id")), rs.getDate("geboortedatum").toLocalDate(),
                    new Gemeentecode(rs.getString("woongemeente")), sk == null ? null : sk.toLocalDate());
            gevonden.put(l.id(), l);
        });
        return gevonden;
    }

    /** The residence periods from the population register of these persons. */
    public Map<LeerlingId, List<Verblijfperiode>> verblijf(Collection<LeerlingId> ids) {
        Map<LeerlingId, List<Verblijfperiode>> perPersoon = new HashMap<>();
        jdbc.sql("select * from bevolking where persoon_id = any(?) order by persoon_id, van")
                .param(tekstArray(ids)).query(rs -> {
                    Date tot = rs.getDate("tot_en_met");
                    var v = new Verblijfperiode(new LeerlingId(rs.getString("persoon_id")),
                            rs.getDate("geboortedatum").toLocalDate(), new Gemeentecode(rs.getString("gemeente")),
                            rs.getDate("van").toLocalDate(), tot == null ? null : tot.toLocalDate());
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

    private static String[] tekstArray(Collection<LeerlingId> ids) {
        return ids.stream().map(LeerlingId::waarde).toArray(String[]::new);
    }
}
