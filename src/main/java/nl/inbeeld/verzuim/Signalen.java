package nl.inbeeld.verzuim;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerling.Leerlingvoorwaarde;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.toegang.Bereik;
import javax.sql.DataSource;
import nl.inbeeld.opslag.Binairkopie;
import nl.inbeeld.opslag.Rondgang;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored signals: replaced per pupil when detection runs again, read per peildatum. */
@Repository
public class Signalen {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final DataSource dataSource;

    Signalen(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource) {
        this.jdbc = jdbc;
        this.template = template;
        this.dataSource = dataSource;
    }

    /**
     * Every signal with {@code einddatum} on or before the peildatum, optionally of one school or of the
     * pupils living in one municipality (on {@code einddatum}), sorted by einddatum, leerling_id, soort (spec §5).
     */
    public List<Signaal> tot(LocalDate peildatum, SchoolId school, Gemeentecode gemeente) {
        return zichtbaar(Bereik.ALLES, peildatum, school, gemeente);
    }

    /** As {@link #tot}, limited in the query to what the user may see pupil by pupil ({@link Bereik#signalen}). */
    public List<Signaal> zichtbaar(Bereik bereik, LocalDate peildatum, SchoolId school, Gemeentecode gemeente) {
        return zichtbaar(bereik, LocalDate.of(1900, 1, 1), peildatum, school, gemeente);
    }

    /** As {@link #zichtbaar(Bereik, LocalDate, SchoolId, Gemeentecode)}, with einddatum from {@code van} on. */
    public List<Signaal> zichtbaar(Bereik bereik, LocalDate van, LocalDate peildatum, SchoolId school, Gemeentecode gemeente) {
        var voorwaarde = bereik.signalen("signaal.leerling_id", "signaal.school_id", "signaal.woongemeente", "signaal.verplicht");
        var sql = new StringBuilder("select * from signaal where einddatum between ? and ? and " + voorwaarde.sql());
        List<Object> params = new ArrayList<>(List.of(Date.valueOf(van), Date.valueOf(peildatum)));
        params.addAll(voorwaarde.params());
        if (school != null) {
            sql.append(" and school_id = ?");
            params.add(school.waarde());
        }
        if (gemeente != null) {
            sql.append(" and woongemeente = ?");
            params.add(gemeente.waarde());
        }
        sql.append(" order by einddatum, leerling_id collate \"C\", soort collate \"C\", school_id collate \"C\","
                + " begindatum, aantal");
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> lees(rs)).list();
    }

    /**
     * Per school and kind, how many signals arose between {@code van} and {@code tot}, counted over what the user may
     * count ({@link Bereik#tellingen}: no ids leave this method).
     */
    public java.util.Map<SchoolId, java.util.Map<Signaalsoort, Integer>> telling(Bereik bereik, LocalDate van, LocalDate tot) {
        var voorwaarde = bereik.tellingen("school_id", "woongemeente");
        List<Object> params = new ArrayList<>(List.of(Date.valueOf(van), Date.valueOf(tot)));
        params.addAll(voorwaarde.params());
        java.util.Map<SchoolId, java.util.Map<Signaalsoort, Integer>> telling = new java.util.TreeMap<>();
        jdbc.sql("select school_id, soort, count(*) from signaal where einddatum between ? and ? and " + voorwaarde.sql()
                        + " group by school_id, soort")
                .params(params).query(rs -> {
                    telling.computeIfAbsent(new SchoolId(rs.getString(1)), k -> new java.util.EnumMap<>(Signaalsoort.class))
                            .put(Signaalsoort.valueOf(rs.getString(2)), rs.getInt(3));
                });
        return telling;
    }

    /** Signals of the given pupil. */
    public List<Signaal> van(LeerlingId leerling) {
        return van(Bereik.ALLES, leerling);
    }

    /** Signals of the given pupil that the user may see. */
    public List<Signaal> van(Bereik bereik, LeerlingId leerling) {
        var voorwaarde = bereik.signalen("signaal.leerling_id", "signaal.school_id", "signaal.woongemeente", "signaal.verplicht");
        List<Object> params = new ArrayList<>(List.of(leerling.waarde()));
        params.addAll(voorwaarde.params());
        return jdbc.sql("select * from signaal where leerling_id = ? and " + voorwaarde.sql()
                        + " order by einddatum, soort collate \"C\"")
                .params(params).query((rs, i) -> lees(rs)).list();
    }

    /** Refreshes the planner statistics of these tables (names from code, never from input). */
    public void statistiekBijwerken(String... tabellen) {
        jdbc.sql("analyze " + String.join(", ", tabellen)).update();
    }

    /** The mandatory signals of these pupils, ordered by pupil, school, soort and einddatum. */
    public List<Signaal> verplichtVanLeerlingen(Collection<LeerlingId> leerlingen) {
        var voorwaarde = Leerlingvoorwaarde.op("leerling_id", leerlingen);
        return jdbc.sql("select * from signaal where " + voorwaarde.sql() + " and verplicht"
                        + " order by leerling_id collate \"C\", school_id collate \"C\", soort collate \"C\", einddatum")
                .param(voorwaarde.waarde())
                .query((rs, i) -> lees(rs)).list();
    }

    /** A stored signal and its physical row ({@code ctid}), valid for deleting it later in the same transaction. */
    record Signaalrij(String ctid, Gedetecteerd signaal) {}

    /** The stored signals of some pupils, and the kalenderversie read with them. */
    record Opgeslagen(long kalenderversie, List<Signaalrij> rijen) {}

    /**
     * The stored signals of these pupils with their rows, and the current kalenderversie: two statements, to be sent
     * in one round trip with the other reads of a recomputation.
     */
    Rondgang.Vraag<Opgeslagen> opgeslagen(Collection<LeerlingId> leerlingen) {
        var voorwaarde = Leerlingvoorwaarde.op("leerling_id", leerlingen);
        long[] versie = new long[1];
        List<Signaalrij> rijen = new ArrayList<>();
        return new Rondgang.Vraag<>(List.of(
                Rondgang.Deel.lees("select versie from kalenderversie", rs -> versie[0] = rs.getLong(1)),
                Rondgang.Deel.lees("select ctid::text as rij, * from signaal where " + voorwaarde.sql(),
                        rs -> rijen.add(new Signaalrij(rs.getString("rij"),
                                new Gedetecteerd(lees(rs), new Gemeentecode(rs.getString("woongemeente"))))),
                        voorwaarde.waarde())),
                () -> new Opgeslagen(versie[0], rijen));
    }

    /**
     * Applies a difference found by {@link Signaalverschil#tussen} in one round trip (in the caller's transaction):
     * deletes the rows no longer found and inserts the new signals; writes nothing when there is no difference.
     * {@code leerlingen} are the pupils the rows were read for; a row is only deleted while it belongs to one.
     */
    void wijzig(Collection<LeerlingId> leerlingen, Signaalverschil verschil) {
        var sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (!verschil.weg().isEmpty()) {
            sql.append("delete from signaal where ctid = any(?::tid[]) and leerling_id = any(?);");
            params.add(verschil.weg().toArray(String[]::new));
            params.add(leerlingen.stream().map(LeerlingId::waarde).toArray(String[]::new));
        }
        int n = verschil.nieuw().size();
        if (n > 0) {
            String[] leerling = new String[n], school = new String[n], soort = new String[n], begin = new String[n],
                    eind = new String[n], meldenAan = new String[n], woongemeente = new String[n];
            Integer[] minuten = new Integer[n], aantal = new Integer[n];
            Boolean[] verplicht = new Boolean[n];
            for (int i = 0; i < n; i++) {
                Gedetecteerd g = verschil.nieuw().get(i);
                Signaal x = g.signaal();
                leerling[i] = x.leerling().waarde();
                school[i] = x.school().waarde();
                soort[i] = x.soort().name();
                begin[i] = x.begindatum().toString();
                eind[i] = x.einddatum().toString();
                minuten[i] = x.minuten();
                aantal[i] = x.aantal();
                meldenAan[i] = x.meldenAan() == null ? null : x.meldenAan().waarde();
                woongemeente[i] = g.woongemeente().waarde();
                verplicht[i] = x.verplicht();
            }
            sql.append("""
                    insert into signaal (leerling_id, school_id, soort, begindatum, einddatum, minuten, aantal, melden_aan,
                      woongemeente, verplicht)
                    select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::date[], ?::date[], ?::int[], ?::int[],
                      ?::varchar[], ?::varchar[], ?::boolean[])""");
            params.addAll(List.of(leerling, school, soort, begin, eind, minuten, aantal, meldenAan, woongemeente, verplicht));
        }
        if (!params.isEmpty()) jdbc.sql(sql.toString()).params(params).update();
    }

    /** Replaces all signals of these pupils by the given ones (in the caller's transaction). */
    void vervang(Collection<LeerlingId> leerlingen, List<Gedetecteerd> signalen) {
        jdbc.sql("delete from signaal where leerling_id in (select unnest(?::varchar[]))")
                .param(leerlingen.stream().map(LeerlingId::waarde).toArray(String[]::new)).update();
        if (signalen.isEmpty()) return;
        // binary COPY, streamed: one statement for all rows of the batch, in the caller's transaction
        Binairkopie.kopieer(dataSource, "signaal (leerling_id, school_id, soort, begindatum, einddatum, minuten, aantal,"
                + " melden_aan, woongemeente, verplicht)", uit -> {
                    for (Gedetecteerd g : signalen) {
                        Signaal x = g.signaal();
                        uit.rij(10);
                        uit.tekst(x.leerling().waarde());
                        uit.tekst(x.school().waarde());
                        uit.tekst(x.soort().name());
                        uit.datum(x.begindatum());
                        uit.datum(x.einddatum());
                        uit.integer(x.minuten());
                        uit.integer(x.aantal());
                        if (x.meldenAan() == null) uit.leeg(); else uit.tekst(x.meldenAan().waarde());
                        uit.tekst(g.woongemeente().waarde());
                        uit.bool(x.verplicht());
                    }
                });
    }

    private static Signaal lees(ResultSet rs) throws SQLException {
        String meldenAan = rs.getString("melden_aan");
        return new Signaal(Signaalsoort.valueOf(rs.getString("soort")), new LeerlingId(rs.getString("leerling_id")),
                new SchoolId(rs.getString("school_id")), rs.getDate("begindatum").toLocalDate(),
                rs.getDate("einddatum").toLocalDate(), (Integer) rs.getObject("minuten"),
                (Integer) rs.getObject("aantal"), meldenAan == null ? null : new Gemeentecode(meldenAan),
                rs.getBoolean("verplicht"));
    }
}
