package nl.inbeeld.school;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The schools and their calendars. */
@Repository
public class Scholen {

    private static final int PARTIJ = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Scholen(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public List<School> alle() {
        return jdbc.sql("select * from school order by school_id").query(Scholen::school).list();
    }

    public Optional<School> zoek(SchoolId id) {
        return jdbc.sql("select * from school where school_id = ?").param(id.waarde()).query(Scholen::school).optional();
    }

    /** The calendar of one school; empty when the school does not exist. */
    public Optional<Schoolkalender> kalender(SchoolId id) {
        if (zoek(id).isEmpty()) return Optional.empty();
        return Optional.of(new Schoolkalender(jdbc.sql("select * from kalender where school_id = ?").param(id.waarde())
                .query((rs, i) -> new Kalenderperiode(rs.getDate("van").toLocalDate(), rs.getDate("tot_en_met").toLocalDate(),
                        Kalendersoort.valueOf(rs.getString("soort")), rs.getString("omschrijving"))).list()));
    }

    private static School school(java.sql.ResultSet rs, int rij) throws java.sql.SQLException {
        return new School(new SchoolId(rs.getString("school_id")), rs.getString("naam"), Sector.valueOf(rs.getString("sector")),
                new Gemeentecode(rs.getString("gemeente")), Vakantieregio.valueOf(rs.getString("vakantieregio")),
                rs.getInt("lesminuten_per_dag"));
    }

    /** The calendar of every school, by school. */
    public Map<SchoolId, Schoolkalender> kalenders() {
        Map<SchoolId, List<Kalenderperiode>> perioden = new HashMap<>();
        jdbc.sql("select school_id from school").query((rs, i) -> rs.getString(1)).list()
                .forEach(id -> perioden.put(new SchoolId(id), new ArrayList<>()));
        jdbc.sql("select * from kalender").query(rs -> {
            perioden.get(new SchoolId(rs.getString("school_id"))).add(new Kalenderperiode(
                    rs.getDate("van").toLocalDate(), rs.getDate("tot_en_met").toLocalDate(),
                    Kalendersoort.valueOf(rs.getString("soort")), rs.getString("omschrijving")));
        });
        Map<SchoolId, Schoolkalender> kalenders = new HashMap<>();
        perioden.forEach((id, p) -> kalenders.put(id, new Schoolkalender(p)));
        return kalenders;
    }

    /**
     * Stores schools in batches; an existing school is replaced when it differs (its old row goes to the
     * history). Returns the schools that were added or changed.
     */
    public Set<SchoolId> bewaar(List<School> scholen) {
        int[][] aantallen = template.batchUpdate("""
                insert into school (school_id, naam, sector, gemeente, vakantieregio, lesminuten_per_dag)
                values (?, ?, ?, ?, ?, ?)
                on conflict (school_id) do update set naam = excluded.naam, sector = excluded.sector,
                  gemeente = excluded.gemeente, vakantieregio = excluded.vakantieregio,
                  lesminuten_per_dag = excluded.lesminuten_per_dag
                where (school.naam, school.sector, school.gemeente, school.vakantieregio, school.lesminuten_per_dag)
                  is distinct from (excluded.naam, excluded.sector, excluded.gemeente, excluded.vakantieregio,
                  excluded.lesminuten_per_dag)""", scholen, PARTIJ, (ps, s) -> {
                    ps.setString(1, s.id().waarde());
                    ps.setString(2, s.naam());
                    ps.setString(3, s.sector().name());
                    ps.setString(4, s.gemeente().waarde());
                    ps.setString(5, s.vakantieregio().name());
                    ps.setInt(6, s.lesminutenPerDag());
                });
        return gewijzigd(aantallen, scholen.stream().map(School::id).toList());
    }

    /**
     * Stores calendar periods in batches; a period with an existing (school, start date) is replaced when it
     * differs. Returns the schools whose calendar was added to or changed.
     */
    public Set<SchoolId> bewaarKalender(List<Map.Entry<SchoolId, Kalenderperiode>> perioden) {
        int[][] aantallen = template.batchUpdate("""
                insert into kalender (school_id, van, tot_en_met, soort, omschrijving) values (?, ?, ?, ?, ?)
                on conflict (school_id, van) do update set tot_en_met = excluded.tot_en_met,
                  soort = excluded.soort, omschrijving = excluded.omschrijving
                where (kalender.tot_en_met, kalender.soort, kalender.omschrijving)
                  is distinct from (excluded.tot_en_met, excluded.soort, excluded.omschrijving)""",
                perioden, PARTIJ, (ps, e) -> {
                    Kalenderperiode p = e.getValue();
                    ps.setString(1, e.getKey().waarde());
                    ps.setDate(2, Date.valueOf(p.van()));
                    ps.setDate(3, Date.valueOf(p.totEnMet()));
                    ps.setString(4, p.soort().name());
                    ps.setString(5, p.omschrijving());
                });
        return gewijzigd(aantallen, perioden.stream().map(Map.Entry::getKey).toList());
    }

    private static Set<SchoolId> gewijzigd(int[][] aantallen, List<SchoolId> ids) {
        Set<SchoolId> gewijzigd = new TreeSet<>();
        int i = 0;
        for (int[] partij : aantallen) {
            for (int n : partij) {
                if (n != 0) gewijzigd.add(ids.get(i));
                i++;
            }
        }
        return gewijzigd;
    }
}
