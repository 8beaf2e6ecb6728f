package nl.inbeeld.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.inbeeld.demo.Uitwisselmap.Absentie;
import nl.inbeeld.school.Kalendersoort;
import nl.inbeeld.school.Schoolkalender;
import nl.inbeeld.verzuim.Signaalsoort;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each scenario pupil of the demo region is present with the data that makes its signal on the expected day
 * (spec §4), checked here with slow, obvious computations over the school calendar.
 */
class ScenarioTest {

    @TempDir
    static Path tmp;
    static Uitwisselmap demo;

    @BeforeAll
    static void genereer() {
        new Generator().schrijf(tmp, Generatieopdracht.demoregio());
        demo = Uitwisselmap.lees(tmp);
    }

    @Test
    void elkeSignaalsoortKomtVoorInDeScenarios() {
        Set<Signaalsoort> soorten = Demoregio.scenarios().stream().flatMap(s -> s.signalen().stream())
                .map(Verwachtsignaal::soort).collect(Collectors.toCollection(() -> EnumSet.noneOf(Signaalsoort.class)));
        assertThat(soorten).containsExactlyInAnyOrder(Signaalsoort.values());
        assertThat(Demoregio.scenarios()).allSatisfy(s -> assertThat(demo.leerlingen())
                .anyMatch(l -> l.id().equals(s.leerlingId())));
        assertThat(Demoregio.scenarios()).flatMap(Scenario::signalen)
                .allSatisfy(v -> assertThat(v.einddatum()).isBeforeOrEqualTo(Demoregio.VANDAAG));
    }

    @Test
    void elkScenarioHeeftDeGegevensVoorZijnSignaal() {
        for (Scenario s : Demoregio.scenarios()) {
            for (Verwachtsignaal v : s.signalen()) {
                List<Absentie> a = demo.absentiesVan(s.leerlingId());
                Schoolkalender k = demo.kalenderVanLeerling(s.leerlingId());
                String wat = s.leerlingId() + " " + v;
                switch (v.soort()) {
                    case VERZUIM_16_UUR, RMC_18_PLUS -> zestienUur(a, k, v, wat);
                    case LANGDURIG_RELATIEF -> langdurig(a, k, v, wat);
                    case LUXE_VERZUIM -> {
                        assertThat(a).as(wat).anyMatch(x -> x.code().equals("LUXE") && x.datum().equals(v.einddatum()));
                        LocalDate vorige = vorigeLesdag(k, v.einddatum());
                        assertThat(a).as(wat).noneMatch(x -> x.code().equals("LUXE") && x.datum().equals(vorige));
                    }
                    case LUXE_VERZUIM_VERMOEDEN -> {
                        assertThat(a).as(wat).anyMatch(x -> x.code().equals("ONGEOORLOOFD") && x.datum().equals(v.einddatum()));
                        assertThat(grenstAanVakantie(k, v.einddatum())).as(wat).isTrue();
                    }
                    case MAZL_VIERDE_ZIEKMELDING -> vierdeZiekmelding(a, k, v, wat);
                    case MAZL_ZEVENDE_ZIEKTEDAG -> {
                        List<List<LocalDate>> runs = ziekmeldingen(a, k);
                        List<LocalDate> run = runs.stream().filter(r -> r.getFirst().equals(v.begindatum())).findFirst().orElseThrow();
                        assertThat(run.size()).as(wat).isGreaterThanOrEqualTo(7);
                        assertThat(run.get(6)).as(wat).isEqualTo(v.einddatum());
                    }
                    case ZIEKMELDING_TE_LAAT -> {
                        Absentie eerste = a.stream().filter(x -> x.code().equals("ZIEK") && x.datum().equals(v.begindatum()))
                                .findFirst().orElseThrow();
                        assertThat(eerste.gemeldOp()).as(wat).isEqualTo(v.einddatum()).isAfter(v.begindatum().plusDays(2));
                    }
                    case TE_LAAT_HERHAALD -> {
                        List<LocalDate> laat = a.stream().filter(x -> x.code().equals("TE_LAAT")).map(Absentie::datum).sorted().toList();
                        assertThat(laat.get(v.aantal() - 1)).as(wat).isEqualTo(v.einddatum());
                        assertThat(laat.getFirst()).as(wat).isEqualTo(v.begindatum());
                    }
                }
            }
        }
    }

    @Test
    void groepVanDeLeerlingPastBijHetSignaal() {
        var d2 = leerling("D-0002");
        assertThat(d2.geboren().plusYears(18)).isBefore(LocalDate.of(2026, 1, 12));
        assertThat(d2.startkwalificatie()).isNull();
        assertThat(leerling("D-0015").startkwalificatie()).isBefore(LocalDate.of(2026, 1, 12));
        assertThat(leerling("D-0001").geboren().plusYears(16)).isAfter(Demoregio.VANDAAG);
        // D-0014 turned 5 on 2025-12-01: its absences in November lie before it became leerplichtig
        assertThat(leerling("D-0014").geboren().plusYears(5)).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(demo.absentiesVan("D-0014")).allSatisfy(a -> assertThat(a.datum()).isBefore(LocalDate.of(2025, 12, 1)));
    }

    @Test
    void vroegsignalenBlijvenOnderDeGrens() {
        for (String id : List.of("D-0010", "D-0011")) {
            Schoolkalender k = demo.kalenderVanLeerling(id);
            LocalDate van = Uitwisselmap.vensterBegin(k, Demoregio.VANDAAG);
            int minuten = demo.absentiesVan(id).stream().filter(Absentie::ongeoorloofd)
                    .filter(a -> !a.datum().isBefore(van)).mapToInt(Absentie::minuten).sum();
            assertThat(minuten).as(id).isBetween(600, 959);
        }
    }

    @Test
    void verhuisdeLeerlingWoontOpDeSignaaldagInDeNieuweGemeente() {
        var woonperioden = demo.bevolking().stream().filter(w -> w.persoon().equals("D-0012")).toList();
        assertThat(woonperioden).hasSize(2);
        var nu = woonperioden.getLast();
        assertThat(nu.van()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(leerling("D-0012").woongemeente()).isEqualTo(nu.gemeente());
        String schoolGemeente = demo.scholen().stream().filter(s -> s.id().equals("21AJ00")).findFirst().orElseThrow().gemeente();
        assertThat(nu.gemeente()).isNotEqualTo(schoolGemeente);
        assertThat(woonperioden.getFirst().gemeente()).isEqualTo(schoolGemeente);
    }

    @Test
    void vrijstellingenVanDeScenarios() {
        assertThat(demo.vrijstellingen().stream().filter(v -> v.leerling().startsWith("D-")).map(v -> v.grond()))
                .containsExactlyInAnyOrder("5A", "5C", "15", "3A");
    }

    private static Uitwisselmap.Leerling leerling(String id) {
        return demo.leerlingen().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    /** The first lesson day on which the unexcused minutes of the 4-lesweek window reach 960 (no earlier signal). */
    private static void zestienUur(List<Absentie> a, Schoolkalender k, Verwachtsignaal v, String wat) {
        LocalDate eerste = null;
        for (LocalDate d = LocalDate.of(2025, 8, 18); !d.isAfter(Demoregio.VANDAAG); d = d.plusDays(1)) {
            if (!k.isLesdag(d)) continue;
            LocalDate van = Uitwisselmap.vensterBegin(k, d), dag = d;
            int som = a.stream().filter(Absentie::ongeoorloofd).filter(x -> !x.datum().isBefore(van) && !x.datum().isAfter(dag))
                    .mapToInt(Absentie::minuten).sum();
            if (som >= 960) {
                eerste = d;
                LocalDate begin = a.stream().filter(Absentie::ongeoorloofd).map(Absentie::datum)
                        .filter(x -> !x.isBefore(van)).min(LocalDate::compareTo).orElseThrow();
                assertThat(begin).as(wat).isEqualTo(v.begindatum());
                break;
            }
        }
        assertThat(eerste).as(wat).isEqualTo(v.einddatum());
    }

    private static void langdurig(List<Absentie> a, Schoolkalender k, Verwachtsignaal v, String wat) {
        LocalDate d = v.begindatum();
        assertThat(heleDag(a, d)).as(wat).isTrue();
        assertThat(heleDag(a, vorigeLesdag(k, d))).as(wat).isFalse();
        List<LocalDate> run = new ArrayList<>();
        while (heleDag(a, d)) {
            run.add(d);
            d = k.eersteLesdagVanaf(d.plusDays(1));
        }
        LocalDate signaal = run.stream().filter(x -> ChronoUnit.DAYS.between(v.begindatum(), x) >= 28).findFirst().orElseThrow();
        assertThat(signaal).as(wat).isEqualTo(v.einddatum());
        assertThat(run.size()).as(wat).isGreaterThanOrEqualTo(20);
    }

    private static boolean heleDag(List<Absentie> a, LocalDate d) {
        return a.stream().filter(x -> x.datum().equals(d)).filter(Absentie::ongeoorloofd).mapToInt(Absentie::minuten).sum()
                >= demo.scholen().stream().filter(s -> s.id().equals(a.getFirst().school())).findFirst().orElseThrow().lesminuten();
    }

    private static void vierdeZiekmelding(List<Absentie> a, Schoolkalender k, Verwachtsignaal v, String wat) {
        List<LocalDate> starts = ziekmeldingen(a, k).stream().map(List::getFirst).toList();
        int i = starts.indexOf(v.einddatum());
        assertThat(i).as(wat).isEqualTo(3);
        assertThat(starts.getFirst()).as(wat).isEqualTo(v.begindatum());
        long lesweken = v.begindatum().datesUntil(v.einddatum().plusDays(1), java.time.Period.ofWeeks(1))
                .filter(m -> m.datesUntil(m.plusDays(5)).anyMatch(k::isLesdag)).count();
        assertThat(lesweken).as(wat).isLessThanOrEqualTo(12);
    }

    /** Runs of consecutive lesson days with ZIEK. */
    private static List<List<LocalDate>> ziekmeldingen(List<Absentie> a, Schoolkalender k) {
        List<LocalDate> dagen = a.stream().filter(x -> x.code().equals("ZIEK")).map(Absentie::datum).sorted().toList();
        List<List<LocalDate>> runs = new ArrayList<>();
        for (LocalDate d : dagen) {
            if (!runs.isEmpty() && k.eersteLesdagVanaf(runs.getLast().getLast().plusDays(1)).equals(d)) {
                runs.getLast().add(d);
            } else {
                runs.add(new ArrayList<>(List.of(d)));
            }
        }
        return runs;
    }

    private static LocalDate vorigeLesdag(Schoolkalender k, LocalDate d) {
        LocalDate v = d.minusDays(1);
        while (!k.isLesdag(v)) v = v.minusDays(1);
        return v;
    }

    /** Whether a VAKANTIE day lies between this lesson day and the previous or the next lesson day. */
    private static boolean grenstAanVakantie(Schoolkalender k, LocalDate d) {
        LocalDate volgende = k.eersteLesdagVanaf(d.plusDays(1));
        return Arrays.asList(vorigeLesdag(k, d).datesUntil(d).toArray(LocalDate[]::new)).stream()
                        .anyMatch(x -> k.periodeOp(x).filter(p -> p.soort() == Kalendersoort.VAKANTIE).isPresent())
                || d.datesUntil(volgende).anyMatch(x -> k.periodeOp(x).filter(p -> p.soort() == Kalendersoort.VAKANTIE).isPresent());
    }
}
