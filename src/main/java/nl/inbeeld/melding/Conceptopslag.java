package nl.inbeeld.melding;

import static nl.inbeeld.melding.Meldingrij.sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.verzuim.Signaal;
import nl.inbeeld.verzuim.Signaalsoort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The drafts made from signals and their links to signals, read and written in batches for reconciliation. */
@Repository
class Conceptopslag {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Conceptopslag(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Refreshes the planner statistics of the melding tables (also seeing this transaction's rows). */
    void statistiekBijwerken() {
        jdbc.sql("analyze melding, melding_signaal").update();
    }

    /**
     * Per pupil the meldingen made from signals that are not VERVALLEN, each with its linked signal keys; the
     * rows are locked until the transaction ends, so a school sending a draft meanwhile waits.
     */
    Map<LeerlingId, Map<Verzuimmelding, Set<Signaalsleutel>>> vanSignalen(Collection<LeerlingId> leerlingen) {
        String[] ids = leerlingen.stream().map(LeerlingId::waarde).toArray(String[]::new);
        Map<Long, Verzuimmelding> meldingen = new LinkedHashMap<>();
        jdbc.sql("""
                select * from melding where leerling_id in (select unnest(?::varchar[])) and bron is not null and soort <> 'OVERIG'
                  and status <> 'VERVALLEN' order by id for update""")
                .param(ids).query(rs -> {
                    var m = Meldingrij.lees(rs);
                    meldingen.put(m.id(), m);
                });
        Map<Long, Set<Signaalsleutel>> sleutels = new HashMap<>();
        jdbc.sql("select * from melding_signaal where leerling_id in (select unnest(?::varchar[]))").param(ids).query(rs -> {
            sleutels.computeIfAbsent(rs.getLong("melding_id"), k -> new HashSet<>()).add(new Signaalsleutel(
                    new SchoolId(rs.getString("school_id")), Signaalsoort.valueOf(rs.getString("soort")),
                    rs.getDate("einddatum").toLocalDate()));
        });
        Map<LeerlingId, Map<Verzuimmelding, Set<Signaalsleutel>>> perLeerling = new HashMap<>();
        meldingen.values().forEach(m -> perLeerling.computeIfAbsent(m.leerling(), k -> new LinkedHashMap<>())
                .put(m, sleutels.getOrDefault(m.id(), Set.of())));
        return perLeerling;
    }

    /** Writes the reconciliation of a batch of pupils. */
    void bewaar(List<Concept> nieuw, List<Concept> gewijzigd, List<Long> vervallen, LocalDate vandaag) {
        List<Concept> metId = new ArrayList<>(gewijzigd);
        if (!nieuw.isEmpty()) {
            List<Long> ids = jdbc.sql("select nextval('melding_id_seq') from generate_series(1, ?)")
                    .param(nieuw.size()).query(Long.class).list();
            List<Concept> nieuwMetId = new ArrayList<>();
            for (int i = 0; i < nieuw.size(); i++) {
                Concept c = nieuw.get(i);
                nieuwMetId.add(new Concept(ids.get(i), c.soort(), c.leerling(), c.school(), c.meldenAan(),
                        c.begindatum(), c.einddatum(), c.minuten(), c.bundelstart(), c.deadline(), c.bron(), c.signalen()));
            }
            template.batchUpdate("""
                    insert into melding (id, soort, leerling_id, school_id, melden_aan, begindatum, einddatum, minuten,
                      bundelstart, bron, status, deadline, aangemaakt_op)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CONCEPT', ?, ?)""", nieuwMetId, 1000, (ps, c) -> {
                ps.setLong(1, c.id());
                ps.setString(2, c.soort().name());
                ps.setString(3, c.leerling().waarde());
                ps.setString(4, c.school().waarde());
                ps.setString(5, c.meldenAan().waarde());
                ps.setDate(6, sql(c.begindatum()));
                ps.setDate(7, sql(c.einddatum()));
                ps.setObject(8, c.minuten());
                ps.setDate(9, sql(c.bundelstart()));
                ps.setString(10, c.bron().name());
                ps.setDate(11, sql(c.deadline()));
                ps.setDate(12, sql(vandaag));
            });
            metId.addAll(nieuwMetId);
        }
        template.batchUpdate("""
                update melding set melden_aan = ?, begindatum = ?, einddatum = ?, minuten = ?, bundelstart = ?,
                  deadline = ? where id = ? and status = 'CONCEPT'""", gewijzigd, 1000, (ps, c) -> {
            ps.setString(1, c.meldenAan().waarde());
            ps.setDate(2, sql(c.begindatum()));
            ps.setDate(3, sql(c.einddatum()));
            ps.setObject(4, c.minuten());
            ps.setDate(5, sql(c.bundelstart()));
            ps.setDate(6, sql(c.deadline()));
            ps.setLong(7, c.id());
        });
        List<Long> ontkoppelen = new ArrayList<>(vervallen);
        gewijzigd.forEach(c -> ontkoppelen.add(c.id()));
        if (!ontkoppelen.isEmpty()) {
            jdbc.sql("delete from melding_signaal where melding_id = any(?)").param(ontkoppelen.toArray(Long[]::new)).update();
            jdbc.sql("update melding set status = 'VERVALLEN', vervallen_op = ? where id = any(?) and status = 'CONCEPT'")
                    .params(sql(vandaag), vervallen.toArray(Long[]::new)).update();
        }
        List<Object[]> koppelingen = new ArrayList<>();
        for (Concept c : metId) {
            for (Signaal s : c.signalen()) {
                koppelingen.add(new Object[] {c.id(), s.leerling().waarde(), s.school().waarde(), s.soort().name(),
                        sql(s.einddatum()), sql(s.begindatum()), s.minuten()});
            }
        }
        template.batchUpdate("""
                insert into melding_signaal (melding_id, leerling_id, school_id, soort, einddatum, begindatum, minuten)
                values (?, ?, ?, ?, ?, ?, ?)""", koppelingen);
    }
}
