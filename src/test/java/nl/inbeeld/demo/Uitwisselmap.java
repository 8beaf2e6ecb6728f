package nl.inbeeld.demo;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.inbeeld.school.Kalenderperiode;
import nl.inbeeld.school.Kalendersoort;
import nl.inbeeld.school.Schoolkalender;

/** A generated folder read back with FastCSV's reader into plain records, for checks in plain Java. */
record Uitwisselmap(List<School> scholen, Map<String, Schoolkalender> kalenders, List<Leerling> leerlingen,
        List<Inschrijving> inschrijvingen, List<Absentie> absenties, List<Woonperiode> bevolking,
        List<Vrijstelling> vrijstellingen, Map<String, List<String>> koppen) {

    record School(String id, String naam, String sector, String gemeente, String regio, int lesminuten) {}

    record Leerling(String id, LocalDate geboren, String woongemeente, LocalDate startkwalificatie) {}

    record Inschrijving(String leerling, String school, LocalDate van, LocalDate totEnMet) {
        boolean omvat(LocalDate d) {
            return !d.isBefore(van) && (totEnMet == null || !d.isAfter(totEnMet));
        }
    }

    record Absentie(String leerling, String school, LocalDate datum, int minuten, String code, String aantal,
            LocalDate gemeldOp) {
        boolean ongeoorloofd() {
            return code.equals("ONGEOORLOOFD") || code.equals("LUXE") || code.equals("TE_LAAT");
        }
    }

    record Woonperiode(String persoon, LocalDate geboren, String gemeente, LocalDate van, LocalDate totEnMet) {}

    record Vrijstelling(String leerling, String grond, LocalDate van, LocalDate totEnMet, LocalDate kennisgeving) {}

    static Uitwisselmap lees(Path map) {
        Map<String, List<String>> koppen = new HashMap<>();
        List<School> scholen = lees(map, "scholen.csv", koppen, r -> new School(r.getField("school_id"),
                r.getField("naam"), r.getField("sector"), r.getField("gemeente"), r.getField("vakantieregio"),
                Integer.parseInt(r.getField("lesminuten_per_dag"))));
        Map<String, List<Kalenderperiode>> perioden = new HashMap<>();
        lees(map, "kalender.csv", koppen, r -> perioden.computeIfAbsent(r.getField("school_id"), k -> new ArrayList<>())
                .add(new Kalenderperiode(datum(r, "van"), datum(r, "tot_en_met"),
                        Kalendersoort.valueOf(r.getField("soort")), r.getField("omschrijving"))));
        Map<String, Schoolkalender> kalenders = new HashMap<>();
        perioden.forEach((s, p) -> kalenders.put(s, new Schoolkalender(p)));
        return new Uitwisselmap(scholen, kalenders,
                lees(map, "leerlingen.csv", koppen, r -> new Leerling(r.getField("leerling_id"),
                        datum(r, "geboortedatum"), r.getField("woongemeente"), datum(r, "startkwalificatie_op"))),
                lees(map, "inschrijvingen.csv", koppen, r -> new Inschrijving(r.getField("leerling_id"),
                        r.getField("school_id"), datum(r, "van"), datum(r, "tot_en_met"))),
                lees(map, "absenties.csv", koppen, r -> new Absentie(r.getField("leerling_id"), r.getField("school_id"),
                        datum(r, "datum"), Integer.parseInt(r.getField("minuten")), r.getField("code"),
                        r.getField("aantal"), datum(r, "gemeld_op"))),
                lees(map, "bevolking.csv", koppen, r -> new Woonperiode(r.getField("persoon_id"),
                        datum(r, "geboortedatum"), r.getField("gemeente"), datum(r, "van"), datum(r, "tot_en_met"))),
                lees(map, "vrijstellingen.csv", koppen, r -> new Vrijstelling(r.getField("leerling_id"),
                        r.getField("grond"), datum(r, "van"), datum(r, "tot_en_met"), datum(r, "kennisgeving_op"))),
                koppen);
    }

    private static <T> List<T> lees(Path map, String bestand, Map<String, List<String>> koppen,
            Function<NamedCsvRecord, T> rij) {
        List<T> rijen = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(map.resolve(bestand))) {
            for (NamedCsvRecord r : reader) {
                koppen.putIfAbsent(bestand, r.getHeader());
                rijen.add(rij.apply(r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rijen;
    }

    private static LocalDate datum(NamedCsvRecord r, String kolom) {
        String v = r.getField(kolom);
        return v.isEmpty() ? null : LocalDate.parse(v);
    }

    List<Absentie> absentiesVan(String leerling) {
        return absenties.stream().filter(a -> a.leerling().equals(leerling)).toList();
    }

    Schoolkalender kalenderVanLeerling(String leerling) {
        return kalenders.get(inschrijvingen.stream().filter(i -> i.leerling().equals(leerling)).findFirst()
                .orElseThrow().school());
    }

    /** The first day of the window of spec §4: the Monday of the 4th lesweek back from {@code dag}'s. */
    static LocalDate vensterBegin(Schoolkalender k, LocalDate dag) {
        LocalDate maandag = dag.with(DayOfWeek.MONDAY);
        int lesweken = 0;
        while (true) {
            boolean les = false;
            for (int i = 0; i < 5; i++) les |= k.isLesdag(maandag.plusDays(i));
            if (les && ++lesweken == 4) return maandag;
            maandag = maandag.minusWeeks(1);
        }
    }
}
