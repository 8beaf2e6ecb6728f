package nl.inbeeld.melding;

import static nl.inbeeld.melding.Meldingrij.sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.toegang.Gebruiker;
import nl.inbeeld.toegang.Bereik;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored meldingen. Isolation is in the WHERE clause of every read ({@link Bereik#meldingen}): a SCHOOL user sees
 * the meldingen of its schools, LEERPLICHT and TEAMLEIDER those sent to one of their gemeenten (whatever the school),
 * a BEHEERDER only those of pupils opened by inzage met reden. A CONCEPT (or VERVALLEN draft) is the school's own
 * draft: the gemeente sees a melding from the moment it is sent, and sees drafts only as counts
 * ({@link #teLaatPerSchool}).
 * Transitions compare and set the status, so two users acting at once cannot both succeed.
 */
@Repository
class Meldingregister {

    private static final String TE_LAAT = "deadline is not null and status <> 'VERVALLEN' and coalesce(verzonden_op, ?) > deadline";

    /** A pupil's whole name as pages show it (nl.inbeeld.leerling.Naam#volledig), of table leerling as l_. */
    private static final String NAAM = "concat_ws(' ', nullif(l_.voornamen, ''), nullif(l_.tussenvoegsel, ''),"
            + " nullif(l_.achternaam, ''))";

    private final JdbcClient jdbc;

    Meldingregister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Verzuimmelding> zoek(Gebruiker g, Meldingfilter filter, LocalDate vandaag) {
        var zichtbaar = zichtbaar(g);
        var sql = new StringBuilder("select * from melding where ").append(zichtbaar.sql());
        List<Object> params = new ArrayList<>(zichtbaar.params());
        if (!filter.statussen().isEmpty()) {
            sql.append(" and status = any(?)");
            params.add(filter.statussen().stream().map(Enum::name).toArray(String[]::new));
        }
        if (filter.school() != null) {
            sql.append(" and school_id = ?");
            params.add(filter.school().waarde());
        }
        if (filter.tekst() != null) {
            // the id, or the name of a pupil whose core data the user may see (the same condition as the pages that
            // show the name): a search never reveals a name the user may not see
            String patroon = "%" + filter.tekst().replaceAll("([\\\\%_])", "\\\\$1") + "%";
            var naamZichtbaar = g.bereik().leerlingen("l_.leerling_id");
            sql.append(" and (melding.leerling_id ilike ? escape '\\' or exists (select 1 from leerling l_"
                    + " where l_.leerling_id = melding.leerling_id and " + NAAM + " ilike ? escape '\\' and "
                    + naamZichtbaar.sql() + "))");
            params.add(patroon);
            params.add(patroon);
            params.addAll(naamZichtbaar.params());
        }
        if (filter.alleenTeLaat()) {
            sql.append(" and ").append(TE_LAAT);
            params.add(sql(vandaag));
        }
        sql.append(" order by case status when 'CONCEPT' then 0 when 'VERZONDEN' then 1 when 'IN_BEHANDELING' then 2"
                + " when 'AFGESLOTEN' then 3 else 4 end, deadline nulls last, einddatum desc, id");
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> Meldingrij.lees(rs)).list();
    }

    Optional<Verzuimmelding> vind(Gebruiker g, long id) {
        var zichtbaar = zichtbaar(g);
        List<Object> params = new ArrayList<>(List.of(id));
        params.addAll(zichtbaar.params());
        return jdbc.sql("select * from melding where id = ? and " + zichtbaar.sql()).params(params)
                .query((rs, i) -> Meldingrij.lees(rs)).optional();
    }

    /** Per school within the user's Bereik: how many meldingen were not sent by their deadline (drafts included). */
    Map<SchoolId, Long> teLaatPerSchool(Gebruiker g, LocalDate vandaag) {
        var tellen = g.bereik().tellingen("school_id", "melden_aan");
        List<Object> params = new ArrayList<>(tellen.params());
        params.add(sql(vandaag));
        Map<SchoolId, Long> perSchool = new TreeMap<>();
        jdbc.sql("select school_id, count(*) from melding where " + tellen.sql() + " and " + TE_LAAT + " group by school_id")
                .params(params).query(rs -> {
                    perSchool.put(new SchoolId(rs.getString(1)), rs.getLong(2));
                });
        return perSchool;
    }

    /** The latest day a melding of the same kind as {@code m} was sent for its pupil at its school; null if never. */
    LocalDate laatstVerzonden(Verzuimmelding m) {
        return jdbc.sql("""
                select max(verzonden_op) from melding
                where leerling_id = ? and school_id = ? and soort = ? and verzonden_op is not null and id <> ?""")
                .params(m.leerling().waarde(), m.school().waarde(), m.soort().name(), m.id())
                .query((rs, i) -> Meldingrij.datum(rs, "max")).optional().orElse(null);
    }

    boolean verzend(long id, String watSchoolDeed, String door, LocalDate op) {
        return jdbc.sql("""
                update melding set status = 'VERZONDEN', wat_school_deed = ?, verzonden_door = ?, verzonden_op = ?
                where id = ? and status = 'CONCEPT'""").params(watSchoolDeed, door, sql(op), id).update() == 1;
    }

    boolean neemInBehandeling(long id, String behandelaar, LocalDate op) {
        return jdbc.sql("""
                update melding set status = 'IN_BEHANDELING', behandelaar = ?, in_behandeling_op = ?
                where id = ? and status = 'VERZONDEN'""").params(behandelaar, sql(op), id).update() == 1;
    }

    /** VERZONDEN or IN_BEHANDELING → INGETROKKEN, with the day, who and why. */
    boolean trekIn(long id, String reden, String door, LocalDate op) {
        return jdbc.sql("""
                update melding set status = 'INGETROKKEN', intrekreden = ?, ingetrokken_door = ?, ingetrokken_op = ?
                where id = ? and status in ('VERZONDEN', 'IN_BEHANDELING')""").params(reden, door, sql(op), id)
                .update() == 1;
    }

    boolean sluitAf(long id, Uitkomst uitkomst, String terugkoppeling, LocalDate op) {
        return jdbc.sql("""
                update melding set status = 'AFGESLOTEN', uitkomst = ?, terugkoppeling = ?, afgesloten_op = ?
                where id = ? and status = 'IN_BEHANDELING'""").params(uitkomst.name(), terugkoppeling, sql(op), id)
                .update() == 1;
    }

    /** Stores a new OVERIG CONCEPT (no deadline, no link to a signal) and returns its id. */
    long voegOverigToe(Verzuimmelding m) {
        return jdbc.sql("""
                insert into melding (soort, leerling_id, school_id, melden_aan, begindatum, einddatum, minuten,
                  bundelstart, bron, toelichting, status, aangemaakt_op)
                values ('OVERIG', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CONCEPT', ?) returning id""")
                .params(m.leerling().waarde(), m.school().waarde(), m.meldenAan().waarde(), sql(m.begindatum()),
                        sql(m.einddatum()), m.minuten(), sql(m.einddatum()), m.bron() == null ? null : m.bron().name(),
                        m.toelichting(), sql(m.aangemaaktOp()))
                .query(Long.class).single();
    }

    /** One melding regardless of Bereik: only after an action the user was allowed to take. */
    Verzuimmelding lees(long id) {
        return jdbc.sql("select * from melding where id = ?").param(id).query((rs, i) -> Meldingrij.lees(rs)).single();
    }

    private static Bereik.Voorwaarde zichtbaar(Gebruiker g) {
        return g.bereik().meldingen("melding.leerling_id", "melding.school_id", "melding.melden_aan", "melding.status");
    }
}
