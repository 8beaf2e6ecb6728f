package nl.inbeeld.aanwezigheid;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.inbeeld.aanwezigheid.inlezen.Bestaand;
import nl.inbeeld.aanwezigheid.inlezen.Invoer;
import nl.inbeeld.aanwezigheid.inlezen.Mapcontrole;
import nl.inbeeld.aanwezigheid.inlezen.Wegschrijver;
import nl.inbeeld.leerling.Inschrijving;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.school.Scholen;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a folder in uitwisselformaat v1 (spec §1–§2): validates every row first, then stores the folder in one
 * transaction — all of it, or (with {@code gedeeltelijk}) the valid rows while the rejected ones go to
 * {@code afgekeurd.csv} in the folder. Publishes {@link AbsentiesGewijzigd} in that transaction, so signals are
 * recomputed before it commits.
 */
@Service
public class Inlezen {

    private final JdbcClient jdbc;
    private final Scholen scholen;
    private final Wegschrijver wegschrijver;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactie;
    private final Clock clock;

    Inlezen(JdbcClient jdbc, Scholen scholen, Wegschrijver wegschrijver, ApplicationEventPublisher events,
            TransactionTemplate transactie, Clock clock) {
        this.jdbc = jdbc;
        this.scholen = scholen;
        this.wegschrijver = wegschrijver;
        this.events = events;
        this.transactie = transactie;
        this.clock = clock;
    }

    /** @throws IllegalArgumentException when the folder does not exist or holds none of the format's files */
    public Inleesresultaat lees(Path map, boolean gedeeltelijk, String door) {
        if (!Files.isDirectory(map)) throw new IllegalArgumentException("map " + map + " bestaat niet");
        if (!Mapcontrole.bevatBestanden(map)) {
            throw new IllegalArgumentException("map " + map + " bevat geen bestand van uitwisselformaat v1 ("
                    + String.join(", ", Mapcontrole.BESTANDEN) + ")");
        }
        Invoer invoer = new Mapcontrole(map, bestaand()).controleer();
        var afgekeurd = invoer.afgekeurd.stream()
                .sorted(Comparator.comparingInt((Invoer.Afgekeurd a) -> Mapcontrole.BESTANDEN.indexOf(a.afkeuring().bestand()))
                        .thenComparingLong(a -> a.afkeuring().regel()))
                .toList();
        List<Afkeuring> afkeuringen = afgekeurd.stream().map(Invoer.Afgekeurd::afkeuring).toList();
        if (!afkeuringen.isEmpty() && !gedeeltelijk) return new Inleesresultaat(0, Map.of(), afkeuringen, null);
        Instant tijdstip = clock.instant();
        long inlezing = transactie.execute(status -> {
            long id = wegschrijver.begin(door, map.toAbsolutePath().toString(), gedeeltelijk, tijdstip);
            wegschrijver.schrijf(invoer, id, door, tijdstip);
            events.publishEvent(new AbsentiesGewijzigd(geraakt(invoer)));
            wegschrijver.sluit(id, opgeslagen(invoer).values().stream().mapToInt(Integer::intValue).sum(), afkeuringen.size());
            return id;
        });
        Path bestand = afgekeurd.isEmpty() ? null : schrijfAfgekeurd(map, afgekeurd);
        return new Inleesresultaat(inlezing, opgeslagen(invoer), afkeuringen, bestand);
    }

    private Bestaand bestaand() {
        Map<SchoolId, nl.inbeeld.school.School> perSchool = new HashMap<>();
        scholen.alle().forEach(s -> perSchool.put(s.id(), s));
        Set<String> leerlingen = new HashSet<>(jdbc.sql("select leerling_id from leerling").query(String.class).list());
        List<Inschrijving> inschrijvingen = jdbc.sql("select * from inschrijving").query((rs, i) -> new Inschrijving(
                new LeerlingId(rs.getString("leerling_id")), new SchoolId(rs.getString("school_id")),
                rs.getDate("van").toLocalDate(), rs.getDate("tot_en_met") == null ? null : rs.getDate("tot_en_met").toLocalDate())).list();
        Map<String, Integer> minuten = new HashMap<>();
        jdbc.sql("select leerling_id, school_id, datum, code, minuten from absentie").query(rs -> {
            minuten.put(Bestaand.sleutel(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4)), rs.getInt(5));
        });
        return new Bestaand(perSchool, scholen.kalenders(), leerlingen, inschrijvingen, minuten);
    }

    /** Pupils whose signals may change: named in the folder, or with absences at a school whose data changed. */
    private Set<LeerlingId> geraakt(Invoer invoer) {
        Set<LeerlingId> ids = new HashSet<>();
        invoer.absenties.forEach(a -> ids.add(a.leerling()));
        invoer.leerlingen.forEach(l -> ids.add(l.id()));
        invoer.inschrijvingen.forEach(i -> ids.add(i.leerling()));
        invoer.bevolking.forEach(b -> ids.add(b.persoon()));
        invoer.vrijstellingen.forEach(v -> ids.add(new LeerlingId(v.leerling())));
        Set<String> scholenGewijzigd = new HashSet<>();
        invoer.scholen.forEach(s -> scholenGewijzigd.add(s.id().waarde()));
        invoer.kalender.keySet().forEach(s -> scholenGewijzigd.add(s.waarde()));
        if (!scholenGewijzigd.isEmpty()) {
            jdbc.sql("select distinct leerling_id from absentie where school_id = any(?)")
                    .param(scholenGewijzigd.toArray(String[]::new)).query(String.class).list()
                    .forEach(id -> ids.add(new LeerlingId(id)));
        }
        return ids;
    }

    private static Map<String, Integer> opgeslagen(Invoer invoer) {
        Map<String, Integer> n = new LinkedHashMap<>();
        zet(n, invoer, "scholen.csv", invoer.scholen.size());
        zet(n, invoer, "kalender.csv", invoer.kalender.values().stream().mapToInt(List::size).sum());
        zet(n, invoer, "leerlingen.csv", invoer.leerlingen.size());
        zet(n, invoer, "inschrijvingen.csv", invoer.inschrijvingen.size());
        zet(n, invoer, "bevolking.csv", invoer.bevolking.size());
        zet(n, invoer, "vrijstellingen.csv", invoer.vrijstellingen.size());
        zet(n, invoer, "absenties.csv", invoer.absenties.size());
        return n;
    }

    private static void zet(Map<String, Integer> n, Invoer invoer, String bestand, int aantal) {
        if (invoer.gelezen.containsKey(bestand)) n.put(bestand, aantal);
    }

    private static Path schrijfAfgekeurd(Path map, List<Invoer.Afgekeurd> afgekeurd) {
        Path bestand = map.resolve("afgekeurd.csv");
        try (CsvWriter csv = CsvWriter.builder().build(bestand)) {
            csv.writeRecord("bestand", "regel", "kolom", "reden", "rij");
            for (var a : afgekeurd) {
                var f = a.afkeuring();
                csv.writeRecord(f.bestand(), String.valueOf(f.regel()), f.kolom() == null ? "" : f.kolom(), f.reden(), a.rij());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bestand;
    }
}
