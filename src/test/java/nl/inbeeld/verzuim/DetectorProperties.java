package nl.inbeeld.verzuim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.inbeeld.aanwezigheid.Absentie;
import nl.inbeeld.aanwezigheid.Absentiecode;
import nl.inbeeld.school.Kalenderperiode;
import nl.inbeeld.school.Kalendersoort;
import nl.inbeeld.school.Schoolkalender;

/** Properties of the one-pass detector on random calendars and absence histories. */
class DetectorProperties {

    static final LocalDate BEGIN = LocalDate.parse("2025-08-18");

    /** A random school: calendar, lesson minutes, group bounds, and an absence history on its lesson days. */
    record Geval(Schoolkalender kalender, int lesminuten, Groepsgrenzen groep, List<Absentie> rijen) {}

    @Property(tries = 400)
    void eenPassGelijkAanTrageReferentie(@ForAll("gevallen") Geval g) {
        var snel = Detectie.detecteer(g.kalender(), g.lesminuten(), g.groep(), g.rijen());
        var traag = new TraagReferentie(g.kalender(), g.lesminuten(), g.groep()).detecteer(g.rijen());
        assertThat(snel).containsExactlyInAnyOrderElementsOf(traag);
    }

    @Property(tries = 300)
    void meerOngeoorloofdeMinutenMakenHetEersteSignaalNooitLater(@ForAll("gevallen") Geval g,
            @ForAll("extra") List<Integer> extraDagen) {
        var eerst = eerste16Uur(Detectie.detecteer(g.kalender(), g.lesminuten(), g.groep(), g.rijen()));
        var meer = new ArrayList<>(g.rijen());
        Set<LocalDate> bezet = new HashSet<>();
        g.rijen().stream().filter(a -> a.code() == Absentiecode.ONGEOORLOOFD).forEach(a -> bezet.add(a.datum()));
        for (int offset : extraDagen) {
            LocalDate d = BEGIN.plusDays(offset);
            if (g.kalender().isLesdag(d) && bezet.add(d)) {
                meer.add(new Absentie(Detectie.LEERLING, Detectie.SCHOOL, d, Absentiecode.ONGEOORLOOFD, 120, 0, null));
            }
        }
        var daarna = eerste16Uur(Detectie.detecteer(g.kalender(), g.lesminuten(), g.groep(), meer));
        if (eerst != null) {
            assertThat(daarna).isNotNull();
            assertThat(daarna).isLessThanOrEqualTo(eerst);
        }
    }

    @Property(tries = 200)
    void dagenZonderLesTellenNooitMee(@ForAll("gevallen") Geval g, @ForAll("extra") List<Integer> extraDagen) {
        var zonder = Detectie.detecteer(g.kalender(), g.lesminuten(), g.groep(), g.rijen());
        var met = new ArrayList<>(g.rijen());
        Set<LocalDate> gezien = new HashSet<>();
        for (int offset : extraDagen) {
            LocalDate d = BEGIN.plusDays(offset);
            if (!g.kalender().isLesdag(d) && gezien.add(d)) {
                met.add(new Absentie(Detectie.LEERLING, Detectie.SCHOOL, d, Absentiecode.ONGEOORLOOFD, 360, 0, null));
                met.add(new Absentie(Detectie.LEERLING, Detectie.SCHOOL, d, Absentiecode.TE_LAAT, 30, 2, null));
            }
        }
        assertThat(Detectie.detecteer(g.kalender(), g.lesminuten(), g.groep(), met))
                .containsExactlyInAnyOrderElementsOf(zonder);
    }

    private static String eerste16Uur(List<String> signalen) {
        return signalen.stream().filter(s -> s.startsWith("VERZUIM_16_UUR ") || s.startsWith("RMC_18_PLUS "))
                .map(s -> s.split(" ")[2]).sorted().findFirst().orElse(null);
    }

    @Provide
    Arbitrary<List<Integer>> extra() {
        return Arbitraries.integers().between(0, 330).list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<Geval> gevallen() {
        Arbitrary<Schoolkalender> kalenders = Combinators.combine(
                Arbitraries.integers().between(0, 300).list().ofMaxSize(4),
                Arbitraries.integers().between(1, 16).list().ofSize(4),
                Arbitraries.integers().between(0, 330).list().ofMaxSize(5)).as((starts, lengtes, vrij) -> {
                    List<Kalenderperiode> p = new ArrayList<>();
                    for (int i = 0; i < starts.size(); i++) {
                        LocalDate van = BEGIN.plusDays(starts.get(i));
                        p.add(new Kalenderperiode(van, van.plusDays(lengtes.get(i)), Kalendersoort.VAKANTIE, "vakantie"));
                    }
                    for (int v : vrij) {
                        LocalDate d = BEGIN.plusDays(v);
                        if (p.stream().noneMatch(x -> x.van().equals(d))) {
                            p.add(new Kalenderperiode(d, d, Kalendersoort.VRIJE_DAG, "studiedag"));
                        }
                    }
                    return new Schoolkalender(p);
                });
        Arbitrary<Groepsgrenzen> groepen = Arbitraries.oneOf(
                Arbitraries.just(Groepsgrenzen.ALTIJD_PLICHTIG),
                Arbitraries.integers().between(0, 330).map(g -> {
                    long grens = BEGIN.plusDays(g).toEpochDay();
                    return new Groepsgrenzen(BEGIN.minusYears(1).toEpochDay(), grens, grens + 1, Long.MAX_VALUE);
                }),
                Arbitraries.integers().between(0, 330).map(g -> {
                    long grens = BEGIN.plusDays(g).toEpochDay();
                    return new Groepsgrenzen(grens, Long.MAX_VALUE, 1, 0);
                }),
                // spec §7: art. 15 days (one or two ranges) inside the group, with or without an RMC range
                Combinators.combine(Arbitraries.integers().between(0, 330), Arbitraries.integers().between(0, 60),
                        Arbitraries.integers().between(1, 60), Arbitraries.integers().between(0, 120),
                        Arbitraries.of(true, false)).as((a, lengte1, tussen, lengte2, rmc) -> {
                    long van1 = BEGIN.plusDays(a).toEpochDay(), tot1 = van1 + lengte1;
                    long van2 = tot1 + 1 + tussen, tot2 = van2 + lengte2;
                    long[] vrij = lengte2 % 2 == 0 ? new long[] {van1, tot1} : new long[] {van1, tot1, van2, tot2};
                    return new Groepsgrenzen(BEGIN.minusYears(1).toEpochDay(), Long.MAX_VALUE,
                            rmc ? BEGIN.plusDays(a / 2).toEpochDay() : 1, rmc ? Long.MAX_VALUE : 0, vrij);
                }));
        Arbitrary<int[]> rij = Combinators.combine(
                Arbitraries.integers().between(0, 330),
                Arbitraries.integers().between(0, Absentiecode.values().length - 1),
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 120)),
                        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(121, 360))),
                Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(-1, 6)).as((dag, code, min, aantal, gemeld) -> new int[] {dag, code, min, aantal, gemeld});
        Arbitrary<List<int[]>> rijen = rij.list().ofMaxSize(160);
        Arbitrary<Integer> dichtheid = Arbitraries.integers().between(0, 2);
        // runs of whole days (truancy, sickness, luxe) so that LRV and MAZL occur often enough
        Arbitrary<List<int[]>> reeksen = Combinators.combine(
                Arbitraries.integers().between(0, 300), Arbitraries.integers().between(1, 40),
                Arbitraries.of(0, 1, 3)).as((start, lengte, code) -> new int[] {start, lengte, code}).list().ofMaxSize(3);
        return Combinators.combine(kalenders, Arbitraries.of(300, 360), groepen, rijen, dichtheid, reeksen)
                .as((kalender, lesminuten, groep, ruwe, d, rs) -> {
                    List<int[]> alle = new ArrayList<>();
                    for (int[] r : rs) {
                        for (int i = 0; i < r[1]; i++) alle.add(new int[] {(r[0] + i) * (d == 2 ? 4 : d == 1 ? 2 : 1), r[2], 360, 1, 1});
                    }
                    alle.addAll(ruwe);
                    return new Geval(kalender, lesminuten, groep, maakRijen(kalender, lesminuten, alle, d));
                });
    }

    /** Absence rows on lesson days, unique per day and code, never more minutes a day than lessons. */
    private static List<Absentie> maakRijen(Schoolkalender kalender, int lesminuten, List<int[]> ruwe, int dichtheid) {
        List<Absentie> rijen = new ArrayList<>();
        Set<String> sleutels = new HashSet<>();
        java.util.Map<LocalDate, Integer> perDag = new java.util.HashMap<>();
        for (int[] r : ruwe) {
            // compress the days for denser histories: dichtheid 2 puts everything in ~11 weeks
            int offset = Math.min(330, dichtheid == 2 ? r[0] / 4 : dichtheid == 1 ? r[0] / 2 : r[0]);
            LocalDate dag = BEGIN.plusDays(offset);
            if (!kalender.isLesdag(dag) || dag.getDayOfWeek() == DayOfWeek.SATURDAY) continue;
            Absentiecode code = Absentiecode.values()[r[1]];
            if (!sleutels.add(dag + "|" + code)) continue;
            int ruimte = lesminuten - perDag.getOrDefault(dag, 0);
            int minuten = Math.min(r[2], ruimte);
            if (minuten <= 0) continue;
            perDag.merge(dag, minuten, Integer::sum);
            LocalDate gemeld = r[4] < 0 ? null : dag.plusDays(r[4]);
            rijen.add(new Absentie(Detectie.LEERLING, Detectie.SCHOOL, dag, code, minuten,
                    code == Absentiecode.TE_LAAT ? r[3] : 0, code == Absentiecode.ZIEK ? gemeld : null));
        }
        return rijen;
    }
}
