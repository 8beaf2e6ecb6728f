package nl.inbeeld.school;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The schools and their calendars. */
@Repository
public class Scholen {

    private final JdbcClient jdbc;
    Scholen(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
     * Stores schools (ids unique) in one statement; an existing school is replaced when it differs (its old row goes to
     * the history). Returns the schools that were added or changed.
     */
    public Set<SchoolId> bewaar(List<School> scholen) {
        Set<SchoolId> gewijzigd = new TreeSet<>();
        if (scholen.isEmpty()) return gewijzigd;
        jdbc.sql("""
                insert into school (school_id, naam, sector, gemeente, vakantieregio, lesminuten_per_dag)
                select * from unnest(?::varchar[], ?::text[], ?::varchar[], ?::char(6)[], ?::varchar[], ?::smallint[])
                on conflict (school_id) do update set naam = excluded.naam, sector = excluded.sector,
                  gemeente = excluded.gemeente, vakantieregio = excluded.vakantieregio,
                  lesminuten_per_dag = excluded.lesminuten_per_dag
                where (school.naam, school.sector, school.gemeente, school.vakantieregio, school.lesminuten_per_dag)
                  is distinct from (excluded.naam, excluded.sector, excluded.gemeente, excluded.vakantieregio,
                  excluded.lesminuten_per_dag)
                returning school_id""")
                .params(kolom(scholen, s -> s.id().waarde()), kolom(scholen, School::naam),
                        kolom(scholen, s -> s.sector().name()), kolom(scholen, s -> s.gemeente().waarde()),
                        kolom(scholen, s -> s.vakantieregio().name()),
                        scholen.stream().map(School::lesminutenPerDag).toArray(Integer[]::new))
                .query((rs, i) -> new SchoolId(rs.getString(1))).list().forEach(gewijzigd::add);
        return gewijzigd;
    }

    /**
     * Stores calendar periods ((school, start date) unique) in one statement; a period with an existing key is
     * replaced when it differs. Returns the schools whose calendar was added to or changed. One statement also means
     * one new {@code kalenderversie} (a trigger per statement) instead of one per period.
     */
    public Set<SchoolId> bewaarKalender(List<Map.Entry<SchoolId, Kalenderperiode>> perioden) {
        Set<SchoolId> gewijzigd = new TreeSet<>();
        if (perioden.isEmpty()) return gewijzigd;
        jdbc.sql("""
                insert into kalender (school_id, van, tot_en_met, soort, omschrijving)
                select * from unnest(?::varchar[], ?::date[], ?::date[], ?::varchar[], ?::text[])
                on conflict (school_id, van) do update set tot_en_met = excluded.tot_en_met,
                  soort = excluded.soort, omschrijving = excluded.omschrijving
                where (kalender.tot_en_met, kalender.soort, kalender.omschrijving)
                  is distinct from (excluded.tot_en_met, excluded.soort, excluded.omschrijving)
                returning school_id""")
                .params(kolom(perioden, e -> e.getKey().waarde()), kolom(perioden, e -> e.getValue().van().toString()),
                        kolom(perioden, e -> e.getValue().totEnMet().toString()),
                        kolom(perioden, e -> e.getValue().soort().name()), kolom(perioden, e -> e.getValue().omschrijving()))
                .query((rs, i) -> new SchoolId(rs.getString(1))).list().forEach(gewijzigd::add);
        return gewijzigd;
    }

    private static <T> String[] kolom(List<T> rijen, Function<T, String> waarde) {
        String[] kolom = new String[rijen.size()];
        for (int i = 0; i < kolom.length; i++) kolom[i] = waarde.apply(rijen.get(i));
        return kolom;
    }
}
