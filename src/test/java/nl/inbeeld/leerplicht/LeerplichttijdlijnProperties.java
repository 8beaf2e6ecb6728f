package nl.inbeeld.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of every tijdlijn, for arbitrary jongeren (born 1995–2022, any startkwalificatie, exemption,
 * school-year count, leap-day setting), checked on every day from birth to the 24th birthday.
 */
class LeerplichttijdlijnProperties {

    private static final int LEERPLICHTIG = 1;
    private static final int KWALIFICATIEPLICHTIG = 2;
    private static final int RMC = 3;

    /**
     * Statuses never go backwards: LEERPLICHTIG → KWALIFICATIEPLICHTIG → RMC → GEEN, with GEEN before the start.
     * The one return from GEEN into a group: a jongere exempt from kwalificatieplicht (art. 4a lid 2) without a
     * startkwalificatie is in no group between leerplicht and 18, and then enters RMC.
     */
    @Property(tries = 500)
    void statussenGaanNooitTerug(@ForAll("jongeren") Jongere jongere, @ForAll Schrikkeldag schrikkeldag) {
        Leerplichttijdlijn tijdlijn = Leerplicht.tijdlijn(jongere, Proefkalender.KALENDER,
                new Leerplichtinstellingen(schrikkeldag));
        int hoogste = 0;
        boolean geenNaEenGroep = false;
        LocalDate einde = jongere.geboortedatum().plusYears(24);
        for (LocalDate dag = jongere.geboortedatum(); dag.isBefore(einde); dag = dag.plusDays(1)) {
            Leerplichtstatus status = tijdlijn.op(dag);
            if (status == Leerplichtstatus.GEEN) {
                if (hoogste > 0) geenNaEenGroep = true;
                continue;
            }
            int rang = rang(status);
            assertThat(rang).as("%s op %s na rang %d (%s)", status, dag, hoogste, tijdlijn)
                    .isGreaterThanOrEqualTo(hoogste);
            if (geenNaEenGroep) {
                assertThat(status).as("terug uit GEEN op %s (%s)", dag, tijdlijn).isEqualTo(Leerplichtstatus.RMC);
                assertThat(hoogste).as("terug uit GEEN na RMC op %s (%s)", dag, tijdlijn).isLessThan(RMC);
                assertThat(jongere.vrijVanKwalificatieplicht()).as("terug uit GEEN op %s", dag).isTrue();
                geenNaEenGroep = false;
            }
            hoogste = rang;
        }
    }

    /** Art. 3 lid 1: nobody is in any group before the 5th birthday. */
    @Property(tries = 500)
    void geenGroepVoorDe5eVerjaardag(@ForAll("jongeren") Jongere jongere, @ForAll Schrikkeldag schrikkeldag) {
        Leerplichttijdlijn tijdlijn = Leerplicht.tijdlijn(jongere, Proefkalender.KALENDER,
                new Leerplichtinstellingen(schrikkeldag));
        LocalDate vijf = schrikkeldag.verjaardag(jongere.geboortedatum(), 5);
        for (LocalDate dag = jongere.geboortedatum().minusDays(10); dag.isBefore(vijf); dag = dag.plusDays(1)) {
            assertThat(tijdlijn.op(dag)).as("op %s (%s)", dag, tijdlijn).isEqualTo(Leerplichtstatus.GEEN);
        }
    }

    /** The precomputed boundaries equal a slow, day-by-day reading of art. 3, 4a–4b and rules.md 1.12. */
    @Property(tries = 200)
    void grenzenZijnGelijkAanDeWetPerDag(@ForAll("jongeren") Jongere jongere, @ForAll Schrikkeldag schrikkeldag) {
        Leerplichttijdlijn tijdlijn = Leerplicht.tijdlijn(jongere, Proefkalender.KALENDER,
                new Leerplichtinstellingen(schrikkeldag));
        LocalDate einde = jongere.geboortedatum().plusYears(24);
        for (LocalDate dag = jongere.geboortedatum(); dag.isBefore(einde); dag = dag.plusDays(1)) {
            assertThat(tijdlijn.op(dag)).as("op %s (%s)", dag, tijdlijn).isEqualTo(traag(jongere, schrikkeldag, dag));
        }
    }

    private static Leerplichtstatus traag(Jongere jongere, Schrikkeldag schrikkeldag, LocalDate dag) {
        LocalDate geboren = jongere.geboortedatum();
        LocalDate eersteVanMaand = schrikkeldag.verjaardag(geboren, 5).plusMonths(1).withDayOfMonth(1);
        LocalDate begin = Proefkalender.KALENDER.eersteLesdagVanaf(eersteVanMaand);
        LocalDate einde = LocalDate.of(Schooljaar.van(schrikkeldag.verjaardag(geboren, 16)).beginjaar() + 1, 7, 31);
        if (jongere.loopbaan() != null) {
            Schoolloopbaan l = jongere.loopbaan();
            LocalDate twaalf = LocalDate.of(l.naSchooljaar().beginjaar() + 1 + 12 - l.volledigeSchooljaren(), 7, 31);
            if (twaalf.isBefore(einde)) einde = twaalf;
        }
        if (dag.isBefore(begin)) return Leerplichtstatus.GEEN;
        if (!dag.isAfter(einde)) return Leerplichtstatus.LEERPLICHTIG;
        boolean zonderStartkwalificatie =
                jongere.startkwalificatieOp() == null || dag.isBefore(jongere.startkwalificatieOp());
        boolean onder18 = dag.isBefore(schrikkeldag.verjaardag(geboren, 18));
        boolean onder23 = dag.isBefore(schrikkeldag.verjaardag(geboren, 23));
        if (onder18 && zonderStartkwalificatie && !jongere.vrijVanKwalificatieplicht()) {
            return Leerplichtstatus.KWALIFICATIEPLICHTIG;
        }
        if (!onder18 && onder23 && zonderStartkwalificatie) return Leerplichtstatus.RMC;
        return Leerplichtstatus.GEEN;
    }

    private static int rang(Leerplichtstatus status) {
        return switch (status) {
            case LEERPLICHTIG -> LEERPLICHTIG;
            case KWALIFICATIEPLICHTIG -> KWALIFICATIEPLICHTIG;
            case RMC -> RMC;
            case GEEN -> 0;
        };
    }

    @Provide
    Arbitrary<Jongere> jongeren() {
        Arbitrary<LocalDate> geboren = Arbitraries.longs()
                .between(LocalDate.of(1995, 1, 1).toEpochDay(), LocalDate.of(2022, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay)
                .edgeCases(c -> c.add(LocalDate.of(2008, 2, 29), LocalDate.of(2009, 7, 31), LocalDate.of(2009, 8, 1)));
        Arbitrary<Integer> startkwalificatieNaDagen = Arbitraries.integers().between(14 * 365, 25 * 365)
                .injectNull(0.4);
        Arbitrary<Integer> loopbaanJaren = Arbitraries.integers().between(0, 12).injectNull(0.4);
        Arbitrary<Integer> loopbaanNaLeeftijd = Arbitraries.integers().between(9, 16);
        return Combinators.combine(geboren, startkwalificatieNaDagen, loopbaanJaren, loopbaanNaLeeftijd,
                        Arbitraries.of(true, false))
                .as((g, sk, jaren, naLeeftijd, vrij) -> new Jongere(g,
                        sk == null ? null : g.plusDays(sk),
                        jaren == null ? null : Schoolloopbaan.handmatig(jaren, Schooljaar.van(g.plusYears(naLeeftijd))),
                        vrij));
    }
}
