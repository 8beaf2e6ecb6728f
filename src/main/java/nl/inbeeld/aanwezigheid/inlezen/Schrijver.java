package nl.inbeeld.aanwezigheid.inlezen;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
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
import nl.inbeeld.vrijstelling.Vrijstellingen;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores the valid rows of a checked folder in the current transaction: records the inlezing, tells the history
 * triggers who and when ({@code inbeeld.door}, {@code inbeeld.tijdstip}, {@code inbeeld.inlezing}), writes the
 * files in reference order and works out which pupils' signals may change.
 */
@Component
class Schrijver {

    /** What was stored. */
    record Opslag(long inlezing, Map<Bestand, Long> opgeslagen, Set<LeerlingId> geraakt) {}

    private final Scholen scholen;
    private final Leerlingen leerlingen;
    private final Vrijstellingen vrijstellingen;
    private final AbsentieSchrijver absenties;
    private final JdbcClient jdbc;

    Schrijver(Scholen scholen, Leerlingen leerlingen, Vrijstellingen vrijstellingen, AbsentieSchrijver absenties,
            JdbcClient jdbc) {
        this.scholen = scholen;
        this.leerlingen = leerlingen;
        this.vrijstellingen = vrijstellingen;
        this.absenties = absenties;
        this.jdbc = jdbc;
    }

    Opslag schrijf(Mapinhoud m, boolean gedeeltelijk, String door, Instant op, int afgekeurd) {
        long inlezing = jdbc.sql("""
                insert into inlezing (gestart_op, door, bron, gedeeltelijk, afgekeurd) values (?, ?, ?, ?, ?)
                returning id""")
                .params(OffsetDateTime.ofInstant(op, ZoneOffset.UTC), door, m.map.toAbsolutePath().toString(),
                        gedeeltelijk, afgekeurd)
                .query(Long.class).single();
        jdbc.sql("select set_config('inbeeld.door', ?, true), set_config('inbeeld.tijdstip', ?, true), "
                        + "set_config('inbeeld.inlezing', ?, true)")
                .params(door, op.toString(), Long.toString(inlezing)).query().listOfRows();

        Set<SchoolId> scholenGewijzigd = new TreeSet<>(scholen.bewaar(waarden(m.scholen)));
        scholenGewijzigd.addAll(scholen.bewaarKalender(
                waarden(m.kalender, k -> Map.entry(k.school(), k.periode()))));
        Set<LeerlingId> geraakt = new HashSet<>(leerlingen.bewaar(waarden(m.leerlingen)));
        geraakt.addAll(leerlingen.bewaarInschrijvingen(waarden(m.inschrijvingen)));
        geraakt.addAll(leerlingen.bewaarVerblijf(waarden(m.bevolking)));
        geraakt.addAll(vrijstellingen.bewaar(waarden(m.vrijstellingen)));

        Map<Bestand, Long> opgeslagen = new EnumMap<>(Bestand.class);
        opgeslagen.put(Bestand.SCHOLEN, (long) m.scholen.size());
        opgeslagen.put(Bestand.KALENDER, (long) m.kalender.size());
        opgeslagen.put(Bestand.LEERLINGEN, (long) m.leerlingen.size());
        opgeslagen.put(Bestand.INSCHRIJVINGEN, (long) m.inschrijvingen.size());
        opgeslagen.put(Bestand.BEVOLKING, (long) m.bevolking.size());
        opgeslagen.put(Bestand.VRIJSTELLINGEN, (long) m.vrijstellingen.size());
        if (m.aanwezig.contains(Bestand.ABSENTIES)) {
            opgeslagen.put(Bestand.ABSENTIES, absenties.schrijf(m.absenties, inlezing, door, op));
            geraakt.addAll(leerlingenMetAbsenties(m.absenties));
        }
        if (!scholenGewijzigd.isEmpty()) {
            // absence needs an enrolment at its school (checked on import and entry; enrolments are never deleted):
            // the enrolment index finds the candidates, the primary key of absentie which of them have absence there
            jdbc.sql("""
                    select distinct i.leerling_id from inschrijving i where i.school_id = any(?) and exists (
                      select 1 from absentie a where a.leerling_id = i.leerling_id and a.school_id = i.school_id)""")
                    .param(scholenGewijzigd.stream().map(SchoolId::waarde).toArray(String[]::new))
                    .query((rs, i) -> new LeerlingId(rs.getString(1))).list().forEach(geraakt::add);
        }
        opgeslagen.keySet().retainAll(m.aanwezig);
        long totaal = opgeslagen.values().stream().mapToLong(Long::longValue).sum();
        jdbc.sql("update inlezing set opgeslagen = ? where id = ?").params(totaal, inlezing).update();
        return new Opslag(inlezing, opgeslagen, geraakt);
    }

    private static Set<LeerlingId> leerlingenMetAbsenties(Absentietabel t) {
        boolean[] gezien = new boolean[t.aantalLeerlingen()];
        Set<LeerlingId> ids = new HashSet<>();
        for (int i = 0; i < t.aantal; i++) {
            if (t.isOpgeslagen(i) || t.afgekeurd[i] || gezien[t.leerling[i]]) continue;
            gezien[t.leerling[i]] = true;
            ids.add(new LeerlingId(t.leerlingen[t.leerling[i]]));
        }
        return ids;
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
