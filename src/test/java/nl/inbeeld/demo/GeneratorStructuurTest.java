package nl.inbeeld.demo;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.summingInt;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.inbeeld.demo.Uitwisselmap.Absentie;
import nl.inbeeld.demo.Uitwisselmap.Inschrijving;
import nl.inbeeld.demo.Uitwisselmap.School;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The generated folders obey spec §1 and §2: every row would be accepted by the import. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratorStructuurTest {

    static final LocalDate EINDE_SCHOOLJAAR = LocalDate.of(2026, 7, 31);

    @TempDir
    static Path tmp;
    Uitwisselmap demo, groot;

    @BeforeAll
    void genereer() {
        new Generator().schrijf(tmp.resolve("demo"), Generatieopdracht.demoregio());
        new Generator().schrijf(tmp.resolve("groot"), new Generatieopdracht(20_000, 42, EINDE_SCHOOLJAAR));
        demo = Uitwisselmap.lees(tmp.resolve("demo"));
        groot = Uitwisselmap.lees(tmp.resolve("groot"));
    }

    @Test
    void demoregioGeldig() {
        geldig(demo, Demoregio.VANDAAG);
    }

    @Test
    void geschaaldeRegioGeldig() {
        geldig(groot, EINDE_SCHOOLJAAR);
    }

    @Test
    void demoregioHeeftDrieEchteGemeentenInTweeVakantieregiosEnTienScholen() {
        assertThat(demo.scholen()).hasSize(10);
        assertThat(demo.scholen().stream().map(School::gemeente).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("GM0202", "GM1734", "GM0268");
        assertThat(demo.scholen().stream().map(School::regio).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("MIDDEN", "ZUID");
        Map<String, Long> perSector = demo.scholen().stream().collect(groupingBy(School::sector, Collectors.counting()));
        assertThat(perSector).containsEntry("PO", 5L).containsEntry("SBO", 1L).containsEntry("VO", 3L)
                .containsEntry("MBO", 1L);
        assertThat(demo.scholen()).allSatisfy(s -> assertThat(s.lesminuten())
                .isEqualTo(s.sector().equals("PO") || s.sector().equals("SBO") ? 300 : 360));
    }

    @Test
    void geschaaldeRegioHeeftAlleDrieVakantieregios() {
        assertThat(groot.scholen().stream().map(School::regio).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("NOORD", "MIDDEN", "ZUID");
        assertThat(groot.scholen().size()).isBetween(40, 90);
    }

    @Test
    void leerlingenWonenSomsInEenAndereGemeenteDanHunSchool() {
        Map<String, String> schoolGemeente = schoolGemeenten(demo);
        Map<String, String> woont = demo.leerlingen().stream()
                .collect(Collectors.toMap(Uitwisselmap.Leerling::id, Uitwisselmap.Leerling::woongemeente));
        long elders = demo.inschrijvingen().stream()
                .filter(i -> !woont.get(i.leerling()).equals(schoolGemeente.get(i.school()))).count();
        assertThat(elders).isBetween(300L, 1_500L);
    }

    @Test
    void leeftijdenPassenBijDeSector() {
        Map<String, String> sector = demo.scholen().stream().collect(Collectors.toMap(School::id, School::sector));
        Map<String, LocalDate> geboren = demo.leerlingen().stream()
                .collect(Collectors.toMap(Uitwisselmap.Leerling::id, Uitwisselmap.Leerling::geboren));
        LocalDate oktober = LocalDate.of(2025, 10, 1);
        for (Inschrijving i : demo.inschrijvingen()) {
            int leeftijd = geboren.get(i.leerling()).until(oktober).getYears();
            switch (sector.get(i.school())) {
                case "PO" -> assertThat(leeftijd).as(i.leerling()).isBetween(3, 12);
                case "VO" -> assertThat(leeftijd).as(i.leerling()).isBetween(12, 17);
                case "MBO" -> assertThat(leeftijd).as(i.leerling()).isBetween(16, 20);
                default -> assertThat(leeftijd).as(i.leerling()).isBetween(4, 12);
            }
        }
        // a few turn 5, or 18, during the school year; MBO students of 18+ with and without startkwalificatie
        assertThat(geboren.values().stream().filter(g -> g.plusYears(5).isAfter(oktober.minusMonths(2))
                && !g.plusYears(5).isAfter(Demoregio.VANDAAG))).hasSizeGreaterThan(20);
        assertThat(geboren.values().stream().filter(g -> g.plusYears(18).isAfter(oktober.minusMonths(2))
                && !g.plusYears(18).isAfter(Demoregio.VANDAAG))).hasSizeGreaterThan(20);
        assertThat(demo.leerlingen().stream().filter(l -> l.startkwalificatie() != null)).hasSizeGreaterThan(10);
    }

    @Test
    void mutatiesInHetSchooljaar() {
        // school changes, late arrivals, moves
        Map<String, Long> perLeerling = demo.inschrijvingen().stream()
                .collect(groupingBy(Inschrijving::leerling, Collectors.counting()));
        assertThat(perLeerling.values().stream().filter(n -> n == 2)).hasSizeGreaterThan(10);
        Map<String, Long> woonperioden = demo.bevolking().stream()
                .collect(groupingBy(Uitwisselmap.Woonperiode::persoon, Collectors.counting()));
        assertThat(woonperioden.values().stream().filter(n -> n == 2)).hasSizeGreaterThan(20);
        assertThat(demo.bevolking().stream().map(Uitwisselmap.Woonperiode::persoon).distinct().count())
                .isGreaterThan(demo.leerlingen().size() * 9L / 10);
        assertThat(demo.vrijstellingen().size()).isBetween(4, 30);
    }

    @Test
    void verdelingVanAbsentiesOverEenHeelSchooljaar() {
        double perLeerling = groot.absenties().size() / (double) groot.leerlingen().size();
        assertThat(perLeerling).isBetween(15.0, 26.0);
        Map<String, Long> perCode = groot.absenties().stream().collect(groupingBy(Absentie::code, Collectors.counting()));
        assertThat(perCode.keySet()).containsExactlyInAnyOrder("ZIEK", "TE_LAAT", "ONGEOORLOOFD", "LUXE", "VERLOF",
                "RELIGIEUS", "SCHORSING");
        assertThat(perCode.get("ZIEK")).isGreaterThan(perCode.get("ONGEOORLOOFD"));
        // heavy tail: the top 3 % of pupils carry a large share of the unexcused minutes; most pupils have none
        Map<String, Integer> ongeoorloofd = groot.absenties().stream().filter(a -> a.code().equals("ONGEOORLOOFD"))
                .collect(groupingBy(Absentie::leerling, summingInt(Absentie::minuten)));
        List<Integer> gesorteerd = ongeoorloofd.values().stream().sorted((a, b) -> b - a).toList();
        long totaal = gesorteerd.stream().mapToLong(Integer::longValue).sum();
        long top = gesorteerd.stream().limit(groot.leerlingen().size() * 3L / 100).mapToLong(Integer::longValue).sum();
        assertThat((double) top / totaal).isGreaterThan(0.5);
        assertThat(ongeoorloofd.size()).isLessThan(groot.leerlingen().size() / 2);
    }

    private static Map<String, String> schoolGemeenten(Uitwisselmap m) {
        return m.scholen().stream().collect(Collectors.toMap(School::id, School::gemeente));
    }

    static void geldig(Uitwisselmap m, LocalDate totEnMet) {
        assertThat(m.koppen()).containsEntry("absenties.csv",
                List.of("leerling_id", "school_id", "datum", "minuten", "code", "aantal", "gemeld_op"));
        Map<String, School> scholen = new HashMap<>();
        for (School s : m.scholen()) {
            assertThat(scholen.put(s.id(), s)).as("dubbele school %s", s.id()).isNull();
            assertThat(s.id()).matches("[0-9A-Z]{4}[0-9]{2}");
            assertThat(s.gemeente()).matches("GM[0-9]{4}");
            assertThat(s.sector()).isIn("PO", "SBO", "SO", "VSO", "VO", "PRO", "MBO", "VAVO");
            assertThat(s.regio()).isIn("NOORD", "MIDDEN", "ZUID");
            assertThat(m.kalenders()).containsKey(s.id());
        }
        assertThat(m.kalenders().keySet()).isSubsetOf(scholen.keySet());
        Set<String> leerlingen = new HashSet<>();
        for (var l : m.leerlingen()) {
            assertThat(leerlingen.add(l.id())).as("dubbele leerling %s", l.id()).isTrue();
            assertThat(l.id()).matches("[A-Za-z0-9_-]{1,64}");
            assertThat(l.woongemeente()).matches("GM[0-9]{4}");
        }
        Map<String, List<Inschrijving>> inschrijvingen = new HashMap<>();
        Set<String> sleutels = new HashSet<>();
        for (Inschrijving i : m.inschrijvingen()) {
            assertThat(leerlingen).contains(i.leerling());
            assertThat(scholen).containsKey(i.school());
            assertThat(sleutels.add(i.leerling() + "|" + i.school() + "|" + i.van())).isTrue();
            if (i.totEnMet() != null) assertThat(i.totEnMet()).isAfterOrEqualTo(i.van());
            assertThat(i.van()).isBeforeOrEqualTo(totEnMet);
            inschrijvingen.computeIfAbsent(i.leerling() + "|" + i.school(), k -> new java.util.ArrayList<>()).add(i);
        }
        sleutels.clear();
        Map<String, Integer> perDag = new HashMap<>();
        for (Absentie a : m.absenties()) {
            School s = scholen.get(a.school());
            assertThat(s).as("school van %s", a).isNotNull();
            assertThat(leerlingen).contains(a.leerling());
            assertThat(m.kalenders().get(a.school()).isLesdag(a.datum())).as("lesdag: %s", a).isTrue();
            assertThat(a.datum()).isBeforeOrEqualTo(totEnMet);
            assertThat(inschrijvingen.getOrDefault(a.leerling() + "|" + a.school(), List.of()))
                    .as("ingeschreven: %s", a).anyMatch(i -> i.omvat(a.datum()));
            assertThat(sleutels.add(a.leerling() + "|" + a.school() + "|" + a.datum() + "|" + a.code()))
                    .as("uniek: %s", a).isTrue();
            assertThat(a.minuten()).isBetween(1, 720);
            assertThat(a.code()).isIn("ONGEOORLOOFD", "LUXE", "TE_LAAT", "ZIEK", "RELIGIEUS", "VERLOF", "SCHORSING");
            assertThat(a.aantal()).isEqualTo(a.code().equals("TE_LAAT") ? "1" : "");
            if (a.gemeldOp() != null) assertThat(a.gemeldOp()).isBeforeOrEqualTo(totEnMet);
            int som = perDag.merge(a.leerling() + "|" + a.school() + "|" + a.datum(), a.minuten(), Integer::sum);
            assertThat(som).as("minuten op een dag: %s", a).isLessThanOrEqualTo(s.lesminuten());
        }
        sleutels.clear();
        for (var w : m.bevolking()) {
            assertThat(w.persoon()).matches("[A-Za-z0-9_-]{1,64}");
            assertThat(w.gemeente()).matches("GM[0-9]{4}");
            assertThat(sleutels.add(w.persoon() + "|" + w.gemeente() + "|" + w.van())).isTrue();
            if (w.totEnMet() != null) assertThat(w.totEnMet()).isAfterOrEqualTo(w.van());
        }
        sleutels.clear();
        for (var v : m.vrijstellingen()) {
            assertThat(leerlingen).contains(v.leerling());
            assertThat(v.grond()).isIn("5A", "5B", "5C", "15", "3A", "3B");
            assertThat(sleutels.add(v.leerling() + "|" + v.grond() + "|" + v.van())).isTrue();
            assertThat(v.kennisgeving()).isBeforeOrEqualTo(v.van());
        }
    }
}
