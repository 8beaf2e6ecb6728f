package nl.inbeeld.melding;

import static nl.inbeeld.melding.Meldingrij.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import nl.inbeeld.leerling.Leerlingvoorwaarde;
import nl.inbeeld.opslag.Binairkopie;
import nl.inbeeld.opslag.Rondgang;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.verzuim.Signaal;
import nl.inbeeld.verzuim.Signaalsoort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
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
        jdbc.sql("select * from melding_signaal where leerling_id in (select unnest(?::varchar[]))").param(ids)
                .query((RowCallbackHandler) rs -> koppeling(rs, sleutels));
        return perLeerling(meldingen, sleutels);
    }

    /**
     * As {@link #vanSignalen}, for a few pupils (a small recomputation): both statements sent in one round trip,
     * each an index lookup per pupil.
     */
    Map<LeerlingId, Map<Verzuimmelding, Set<Signaalsleutel>>> vanSignalenKlein(Collection<LeerlingId> leerlingen) {
        var voorwaarde = Leerlingvoorwaarde.op("leerling_id", leerlingen);
        Map<Long, Verzuimmelding> meldingen = new LinkedHashMap<>();
        Map<Long, Set<Signaalsleutel>> sleutels = new HashMap<>();
        Rondgang.uitvoeren(template, List.of(
                Rondgang.Deel.lees("select * from melding where " + voorwaarde.sql() + " and bron is not null"
                        + " and soort <> 'OVERIG' and status <> 'VERVALLEN' order by id for update", rs -> {
                            var m = Meldingrij.lees(rs);
                            meldingen.put(m.id(), m);
                        }, voorwaarde.waarde()),
                Rondgang.Deel.lees("select * from melding_signaal where " + voorwaarde.sql(),
                        rs -> koppeling(rs, sleutels), voorwaarde.waarde())));
        return perLeerling(meldingen, sleutels);
    }

    private static void koppeling(ResultSet rs, Map<Long, Set<Signaalsleutel>> sleutels) throws SQLException {
        sleutels.computeIfAbsent(rs.getLong("melding_id"), k -> new HashSet<>()).add(new Signaalsleutel(
                new SchoolId(rs.getString("school_id")), Signaalsoort.valueOf(rs.getString("soort")),
                rs.getDate("einddatum").toLocalDate()));
    }

    private static Map<LeerlingId, Map<Verzuimmelding, Set<Signaalsleutel>>> perLeerling(
            Map<Long, Verzuimmelding> meldingen, Map<Long, Set<Signaalsleutel>> sleutels) {
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
                        c.begindatum(), c.einddatum(), c.minuten(), c.bundelstart(), c.deadline(), c.bron(), c.signalen(),
                        c.verzendbaarVanaf()));
            }
            kopieer("melding (id, soort, leerling_id, school_id, melden_aan, begindatum, einddatum, minuten, bundelstart,"
                    + " bron, status, deadline, aangemaakt_op, verzendbaar_vanaf)", nieuwMetId, (uit, c) -> {
                        uit.rij(14);
                        uit.bigint(c.id());
                        uit.tekst(c.soort().name());
                        uit.tekst(c.leerling().waarde());
                        uit.tekst(c.school().waarde());
                        uit.tekst(c.meldenAan().waarde());
                        uit.datum(c.begindatum());
                        uit.datum(c.einddatum());
                        uit.integer(c.minuten());
                        uit.datum(c.bundelstart());
                        uit.tekst(c.bron().name());
                        uit.tekst("CONCEPT");
                        uit.datum(c.deadline());
                        uit.datum(vandaag);
                        uit.datum(c.verzendbaarVanaf());
                    });
            metId.addAll(nieuwMetId);
        }
        template.batchUpdate("""
                update melding set melden_aan = ?, begindatum = ?, einddatum = ?, minuten = ?, bundelstart = ?,
                  deadline = ?, verzendbaar_vanaf = ? where id = ? and status = 'CONCEPT'""", gewijzigd, 1000, (ps, c) -> {
            ps.setString(1, c.meldenAan().waarde());
            ps.setDate(2, sql(c.begindatum()));
            ps.setDate(3, sql(c.einddatum()));
            ps.setObject(4, c.minuten());
            ps.setDate(5, sql(c.bundelstart()));
            ps.setDate(6, sql(c.deadline()));
            ps.setDate(7, sql(c.verzendbaarVanaf()));
            ps.setLong(8, c.id());
        });
        List<Long> ontkoppelen = new ArrayList<>(vervallen);
        gewijzigd.forEach(c -> ontkoppelen.add(c.id()));
        if (!ontkoppelen.isEmpty()) {
            jdbc.sql("delete from melding_signaal where melding_id = any(?)").param(ontkoppelen.toArray(Long[]::new)).update();
            jdbc.sql("update melding set status = 'VERVALLEN', vervallen_op = ? where id = any(?) and status = 'CONCEPT'")
                    .params(sql(vandaag), vervallen.toArray(Long[]::new)).update();
        }
        List<Map.Entry<Long, Signaal>> koppelingen = new ArrayList<>();
        for (Concept c : metId) {
            for (Signaal s : c.signalen()) koppelingen.add(Map.entry(c.id(), s));
        }
        kopieer("melding_signaal (melding_id, leerling_id, school_id, soort, einddatum, begindatum, minuten)", koppelingen,
                (uit, k) -> {
                    Signaal s = k.getValue();
                    uit.rij(7);
                    uit.bigint(k.getKey());
                    uit.tekst(s.leerling().waarde());
                    uit.tekst(s.school().waarde());
                    uit.tekst(s.soort().name());
                    uit.datum(s.einddatum());
                    uit.datum(s.begindatum());
                    uit.integer(s.minuten());
                });
    }

    /** How one row goes into a binary COPY. */
    private interface Rijschrijver<T> {
        void schrijf(Binairkopie uit, T rij) throws SQLException;
    }

    /** Binary COPY of the rows into {@code doel} in the caller's transaction; nothing for no rows. */
    private <T> void kopieer(String doel, List<T> rijen, Rijschrijver<T> schrijver) {
        if (rijen.isEmpty()) return;
        Binairkopie.kopieer(template.getDataSource(), doel, uit -> {
            for (T rij : rijen) schrijver.schrijf(uit, rij);
        });
    }

    /**
     * As {@link #bewaar}, for the few drafts of a small recomputation: the statements to send in one round trip (with
     * others, such as the audit entry; {@link Rondgang#uitvoeren} splits them only for thousands of drafts), none when
     * nothing changed. The changed drafts lose their links and get their new fields and links, lapsed drafts become
     * VERVALLEN, and each new draft takes its id from the sequence and its links take the same id through
     * {@code currval} (the value this session's last {@code nextval} returned; the statements run in order on one
     * connection, so also across round trips).
     */
    List<Rondgang.Deel> schrijfKlein(List<Concept> nieuw, List<Concept> gewijzigd, List<Long> vervallen, LocalDate vandaag) {
        List<Rondgang.Deel> delen = new ArrayList<>();
        for (Concept c : gewijzigd) {
            delen.add(Rondgang.Deel.schrijf("update melding set melden_aan = ?, begindatum = ?, einddatum = ?, minuten = ?,"
                    + " bundelstart = ?, deadline = ?, verzendbaar_vanaf = ? where id = ? and status = 'CONCEPT'",
                    c.meldenAan().waarde(), sql(c.begindatum()), sql(c.einddatum()), c.minuten(), sql(c.bundelstart()),
                    sql(c.deadline()), sql(c.verzendbaarVanaf()), c.id()));
        }
        List<Long> ontkoppelen = new ArrayList<>(vervallen);
        gewijzigd.forEach(c -> ontkoppelen.add(c.id()));
        if (!ontkoppelen.isEmpty()) {
            delen.add(Rondgang.Deel.schrijf("delete from melding_signaal where melding_id = any(?)",
                    (Object) ontkoppelen.toArray(Long[]::new)));
        }
        if (!vervallen.isEmpty()) {
            delen.add(Rondgang.Deel.schrijf("update melding set status = 'VERVALLEN', vervallen_op = ? where id = any(?)"
                    + " and status = 'CONCEPT'", sql(vandaag), vervallen.toArray(Long[]::new)));
        }
        for (Concept c : gewijzigd) delen.add(koppeling(c));
        for (Concept c : nieuw) {
            delen.add(Rondgang.Deel.schrijf("""
                    insert into melding (id, soort, leerling_id, school_id, melden_aan, begindatum, einddatum, minuten,
                      bundelstart, bron, status, deadline, aangemaakt_op, verzendbaar_vanaf)
                    values (nextval('melding_id_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CONCEPT', ?, ?, ?)""", c.soort().name(),
                    c.leerling().waarde(), c.school().waarde(), c.meldenAan().waarde(), sql(c.begindatum()),
                    sql(c.einddatum()), c.minuten(), sql(c.bundelstart()), c.bron().name(), sql(c.deadline()), sql(vandaag),
                    sql(c.verzendbaarVanaf())));
            delen.add(koppeling(c));
        }
        return delen;
    }

    /** The insert of a draft's links; a new draft (no id yet) is the one the sequence gave last. */
    private static Rondgang.Deel koppeling(Concept c) {
        List<Object> params = new ArrayList<>();
        if (c.id() != null) params.add(c.id());
        params.add(c.signalen().stream().map(s -> s.leerling().waarde()).toArray(String[]::new));
        params.add(c.signalen().stream().map(s -> s.school().waarde()).toArray(String[]::new));
        params.add(c.signalen().stream().map(s -> s.soort().name()).toArray(String[]::new));
        params.add(c.signalen().stream().map(s -> s.einddatum().toString()).toArray(String[]::new));
        params.add(c.signalen().stream().map(s -> s.begindatum().toString()).toArray(String[]::new));
        params.add(c.signalen().stream().map(Signaal::minuten).toArray(Integer[]::new));
        return new Rondgang.Deel("insert into melding_signaal (melding_id, leerling_id, school_id, soort, einddatum,"
                + " begindatum, minuten) select " + (c.id() == null ? "currval('melding_id_seq')" : "?") + ", * from unnest("
                + "?::varchar[], ?::varchar[], ?::varchar[], ?::date[], ?::date[], ?::int[])", params, null);
    }
}
