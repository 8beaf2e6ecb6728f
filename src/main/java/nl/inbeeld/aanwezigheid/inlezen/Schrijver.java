package nl.inbeeld.aanwezigheid.inlezen;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerling.Leerlingen;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.school.Scholen;
import nl.inbeeld.toegang.Auditlog;
import nl.inbeeld.toegang.Gebruiker;
import nl.inbeeld.aanwezigheid.Waarschuwing;
import nl.inbeeld.vrijstelling.Vrijstelling;
import nl.inbeeld.vrijstelling.Vrijstellingen;
import nl.inbeeld.vrijstelling.Vrijstellingsgrond;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores the valid rows of a checked folder in the current transaction, in steps ({@link #begin}, {@link #stam},
 * {@link #absenties}, {@link #einde}) so that the absence rows can still be checked while the others are written:
 * records the inlezing, tells the history triggers who and when ({@code inbeeld.door}, {@code inbeeld.tijdstip},
 * {@code inbeeld.inlezing}), writes the files in reference order and works out which pupils' signals may change.
 */
@Component
class Schrijver {

    private static final String DOEL = "verzuimadministratie bijhouden";

    /** What one import has stored so far, and which pupils' signals may change. */
    static final class Opslag {
        final long inlezing;
        final Map<Bestand, Long> opgeslagen = new EnumMap<>(Bestand.class);
        final Set<LeerlingId> geraakt = new HashSet<>();

        private Opslag(long inlezing) {
            this.inlezing = inlezing;
        }
    }

    private final Scholen scholen;
    private final Leerlingen leerlingen;
    private final Vrijstellingen vrijstellingen;
    private final AbsentieSchrijver absenties;
    private final JdbcClient jdbc;
    private final Auditlog audit;

    Schrijver(Scholen scholen, Leerlingen leerlingen, Vrijstellingen vrijstellingen, AbsentieSchrijver absenties,
            JdbcClient jdbc, Auditlog audit) {
        this.scholen = scholen;
        this.leerlingen = leerlingen;
        this.vrijstellingen = vrijstellingen;
        this.absenties = absenties;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Spec §7: an exemption of the folder from the duty to enrol (art. 5 onder a, b, c) that overlaps an enrolment
     * (of this folder or stored before) is a data-quality finding, reported as a warning; the row is stored all the
     * same. Read after {@link #stam}, so the folder's enrolments are seen too; one query, over the folder's art. 5 rows.
     */
    List<Waarschuwing> waarschuwingen(Mapinhoud m) {
        List<Rij<Vrijstelling>> art5 = m.vrijstellingen.stream().filter(r -> INSCHRIJVINGSPLICHT.contains(r.waarde().grond()))
                .toList();
        if (art5.isEmpty()) return List.of();
        return jdbc.sql("""
                select x.regel, x.grond, x.van, x.tot_en_met, i.school_id, i.van as ingeschreven_van, i.tot_en_met as ingeschreven_tot
                from unnest(?::text[], ?::bigint[], ?::text[], ?::date[], ?::date[]) as x(leerling_id, regel, grond, van, tot_en_met)
                join inschrijving i on i.leerling_id = x.leerling_id
                  and i.van <= coalesce(x.tot_en_met, 'infinity'::date) and coalesce(i.tot_en_met, 'infinity'::date) >= x.van
                order by x.regel, i.van, i.school_id""")
                .params(art5.stream().map(r -> r.waarde().leerling().waarde()).toArray(String[]::new),
                        art5.stream().map(Rij::regel).toArray(Long[]::new),
                        art5.stream().map(r -> r.waarde().grond().code()).toArray(String[]::new),
                        art5.stream().map(r -> java.sql.Date.valueOf(r.waarde().van())).toArray(java.sql.Date[]::new),
                        art5.stream().map(r -> r.waarde().totEnMet() == null ? null : java.sql.Date.valueOf(r.waarde().totEnMet()))
                                .toArray(java.sql.Date[]::new))
                .query((rs, i) -> new Waarschuwing(Bestand.VRIJSTELLINGEN.naam(), rs.getLong("regel"),
                        "vrijstelling " + rs.getString("grond") + " (" + periode(rs.getString("van"), rs.getString("tot_en_met"))
                                + ") overlapt de inschrijving bij school " + rs.getString("school_id") + " ("
                                + periode(rs.getString("ingeschreven_van"), rs.getString("ingeschreven_tot"))
                                + "): wie is vrijgesteld van de inschrijvingsplicht hoort niet ingeschreven te zijn"
                                + " (Leerplichtwet art. 5, 15a); de rij is opgeslagen"))
                .list();
    }

    private static final Set<Vrijstellingsgrond> INSCHRIJVINGSPLICHT = EnumSet.of(Vrijstellingsgrond.ART_5A,
            Vrijstellingsgrond.ART_5B, Vrijstellingsgrond.ART_5C);

    private static String periode(String van, String tot) {
        return tot == null ? "vanaf " + van : van + " t/m " + tot;
    }

    /** Records the inlezing and tells the history triggers who and when. */
    Opslag begin(Mapinhoud m, boolean gedeeltelijk, String door, Instant op) {
        long inlezing = jdbc.sql("""
                insert into inlezing (gestart_op, door, bron, gedeeltelijk) values (?, ?, ?, ?) returning id""")
                .params(OffsetDateTime.ofInstant(op, ZoneOffset.UTC), door, m.map.toAbsolutePath().toString(),
                        gedeeltelijk)
                .query(Long.class).single();
        jdbc.sql("select set_config('inbeeld.door', ?, true), set_config('inbeeld.tijdstip', ?, true), "
                        + "set_config('inbeeld.inlezing', ?, true)")
                .params(door, op.toString(), Long.toString(inlezing)).query().listOfRows();
        return new Opslag(inlezing);
    }

    /**
     * Stores the valid rows of the six files other than absenties.csv, in reference order, after the absence rows.
     * Pupils with absence at a school whose data or calendar changed are affected too: looked up for the schools
     * stored before the import ({@code eerder}; at a new school all absence is the folder's, whose pupils
     * {@link #absenties} adds).
     */
    void stam(Opslag o, Mapinhoud m, Set<SchoolId> eerder) {
        Set<SchoolId> scholenGewijzigd = new TreeSet<>(scholen.bewaar(waarden(m.scholen)));
        scholenGewijzigd.addAll(scholen.bewaarKalender(
                waarden(m.kalender, k -> Map.entry(k.school(), k.periode()))));
        o.geraakt.addAll(leerlingen.bewaar(waarden(m.leerlingen)));
        o.geraakt.addAll(leerlingen.bewaarInschrijvingen(waarden(m.inschrijvingen)));
        o.geraakt.addAll(leerlingen.bewaarVerblijf(waarden(m.bevolking)));
        o.geraakt.addAll(vrijstellingen.bewaar(waarden(m.vrijstellingen)));
        // parents change no signal: their pupils are not affected
        leerlingen.bewaarOuders(waarden(m.ouders));
        o.opgeslagen.put(Bestand.SCHOLEN, (long) m.scholen.size());
        o.opgeslagen.put(Bestand.KALENDER, (long) m.kalender.size());
        o.opgeslagen.put(Bestand.LEERLINGEN, (long) m.leerlingen.size());
        o.opgeslagen.put(Bestand.INSCHRIJVINGEN, (long) m.inschrijvingen.size());
        o.opgeslagen.put(Bestand.BEVOLKING, (long) m.bevolking.size());
        o.opgeslagen.put(Bestand.VRIJSTELLINGEN, (long) m.vrijstellingen.size());
        o.opgeslagen.put(Bestand.OUDERS, (long) m.ouders.size());
        scholenGewijzigd.retainAll(eerder);
        if (!scholenGewijzigd.isEmpty()) {
            // absence needs an enrolment at its school (checked on import and entry; enrolments are never deleted):
            // the enrolment index finds the candidates, the primary key of absentie which of them have absence there
            jdbc.sql("""
                    select distinct i.leerling_id from inschrijving i where i.school_id = any(?) and exists (
                      select 1 from absentie a where a.leerling_id = i.leerling_id and a.school_id = i.school_id)""")
                    .param(scholenGewijzigd.stream().map(SchoolId::waarde).toArray(String[]::new))
                    .query((rs, i) -> new LeerlingId(rs.getString(1))).list().forEach(o.geraakt::add);
        }
    }

    /**
     * Before their check, in an atomic import: stores every folder absence row as it is parsed
     * ({@link AbsentieSchrijver#probeer}); true when they are stored, false when nothing is. {@link #absenties}
     * completes the step.
     */
    boolean absentiesVooraf(Opslag o, Mapinhoud m, String door, Instant op) {
        if (!m.aanwezig.contains(Bestand.ABSENTIES)) return false;
        long aantal = absenties.probeer(m.absenties.aanvoer(), o.inlezing, door, op);
        if (aantal < 0) return false;
        o.opgeslagen.put(Bestand.ABSENTIES, aantal);
        return true;
    }

    /**
     * After their check: stores the absence rows that are not rejected, unless {@link #absentiesVooraf} stored them
     * already, and notes their pupils as affected.
     */
    void absenties(Opslag o, Mapinhoud m, Absentietabel.Folderrijen r, String door, Instant op) {
        if (!m.aanwezig.contains(Bestand.ABSENTIES)) return;
        boolean[] afgekeurd = m.absenties.afgekeurd;
        if (!o.opgeslagen.containsKey(Bestand.ABSENTIES)) {
            o.opgeslagen.put(Bestand.ABSENTIES, absenties.schrijf(r, afgekeurd, m.absenties.vervangtOpgeslagen,
                    o.inlezing, door, op));
        }
        boolean[] gezien = new boolean[r.leerlingen().length];
        for (int i = 0; i < r.aantal(); i++) {
            int l = r.leerling()[i];
            if (afgekeurd[i] || gezien[l]) continue;
            gezien[l] = true;
            o.geraakt.add(new LeerlingId(r.leerlingen()[l]));
        }
    }

    /**
     * After {@link #stam}: puts what the import changed of pupils into their audit history, with who and which
     * inlezing, in one statement each: every pupil whose core data (leerling row) or a parent's row (ouder) changed,
     * with the columns that changed, from this inlezing's history rows; and every new enrolment of a pupil enrolled at another school
     * before ({@code overstappen}).
     */
    void audit(Opslag o, Gebruiker wie, List<Bereikcontrole.Overstap> overstappen) {
        audit.vastleggenUit(wie, DOEL, """
                select 'WIJZIGEN leerling via inlezing ' || w.inlezing_id || ': ' || coalesce((
                    select string_agg(n.key, ', ' order by n.key) from jsonb_each(w.nieuwe_waarde) n
                    where n.value is distinct from w.oude_waarde -> n.key), ''), w.sleutel
                from wijziging w where w.tabel = 'leerling' and w.inlezing_id = ?""", o.inlezing);
        // a changed parent's row (ouders.csv): which columns, never the values (the parent's name is in the key)
        audit.vastleggenUit(wie, DOEL, """
                select 'WIJZIGEN ouder via inlezing ' || w.inlezing_id || ': ' || coalesce((
                    select string_agg(n.key, ', ' order by n.key) from jsonb_each(w.nieuwe_waarde) n
                    where n.value is distinct from w.oude_waarde -> n.key), ''), w.oude_waarde ->> 'leerling_id'
                from wijziging w where w.tabel = 'ouder' and w.inlezing_id = ?""", o.inlezing);
        if (overstappen.isEmpty()) return;
        String[] handelingen = new String[overstappen.size()];
        String[] ids = new String[overstappen.size()];
        for (int i = 0; i < ids.length; i++) {
            var overstap = overstappen.get(i);
            ids[i] = overstap.leerling().waarde();
            handelingen[i] = "INSCHRIJVEN op " + overstap.school().waarde() + " via inlezing " + o.inlezing
                    + ": leerling stond al ingeschreven op " + String.join(", ",
                    overstap.elders().stream().map(SchoolId::waarde).toList());
        }
        audit.vastleggenUit(wie, DOEL, "select * from unnest(?::text[], ?::text[])", handelingen, ids);
    }

    /** Records in the inlezing how many rows were stored and rejected. */
    void einde(Opslag o, Mapinhoud m, int afgekeurd) {
        o.opgeslagen.keySet().retainAll(m.aanwezig);
        long totaal = o.opgeslagen.values().stream().mapToLong(Long::longValue).sum();
        jdbc.sql("update inlezing set opgeslagen = ?, afgekeurd = ? where id = ?").params(totaal, afgekeurd, o.inlezing)
                .update();
    }

    private static <T> List<T> waarden(List<Rij<T>> rijen) {
        return waarden(rijen, Function.identity());
    }

    private static <T, U> List<U> waarden(List<Rij<T>> rijen, Function<T, U> f) {
        List<U> lijst = new ArrayList<>(rijen.size());
        for (Rij<T> r : rijen) lijst.add(f.apply(r.waarde()));
        return lijst;
    }
}
