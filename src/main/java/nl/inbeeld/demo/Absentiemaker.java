package nl.inbeeld.demo;

import static nl.inbeeld.aanwezigheid.Absentiecode.LUXE;
import static nl.inbeeld.aanwezigheid.Absentiecode.ONGEOORLOOFD;
import static nl.inbeeld.aanwezigheid.Absentiecode.RELIGIEUS;
import static nl.inbeeld.aanwezigheid.Absentiecode.SCHORSING;
import static nl.inbeeld.aanwezigheid.Absentiecode.TE_LAAT;
import static nl.inbeeld.aanwezigheid.Absentiecode.VERLOF;
import static nl.inbeeld.aanwezigheid.Absentiecode.ZIEK;
import static nl.inbeeld.demo.Dagboek.ONGEMELD;

import java.time.LocalDate;
import java.util.SplittableRandom;
import nl.inbeeld.school.Sector;

/**
 * Fills a pupil's {@link Dagboek} for one enrolment from the pupil's {@link Verzuimprofiel}. Rates are per full
 * school year (about 190 lesson days) and scale with the enrolment's lesson days up to the generation day.
 * Long stretches come first (truancy spells, sickness), short ones after, so a full day stays a full day.
 */
final class Absentiemaker {

    private static final double LESDAGEN_PER_JAAR = 190.0;
    /** Eid al-Fitr and Eid al-Adha 2026: days of religious duty for which leave is notified (art. 13). */
    private static final long[] FEESTDAGEN = {LocalDate.of(2026, 3, 20).toEpochDay(),
            LocalDate.of(2026, 5, 27).toEpochDay()};

    private Absentiemaker() {}

    static void vul(Dagboek d, Verzuimprofiel p, Sector sector, SplittableRandom r) {
        int n = d.lengte();
        if (n == 0) return;
        double f = n / LESDAGEN_PER_JAAR;
        spijbelen(d, p.spijbelklasse(), sector, f, r);
        int ziektes = poisson(p.ziektesPerJaar() * f, r);
        for (int i = 0; i < ziektes; i++) ziekte(d, r);
        if (p.geschorst()) reeks(d, r.nextInt(n), 1 + r.nextInt(3), SCHORSING, true, r);
        if (p.luxeVoorVakantie()) luxeBijVakantie(d, r);
        if (p.luxeLosseDag()) d.heleDag(r.nextInt(n), LUXE, ONGEMELD);
        if (p.ongeoorloofdBijVakantie()) {
            int b = grensdag(d, r);
            if (b >= 0) d.voegToe(b, ONGEOORLOOFD, r.nextBoolean() ? d.lesminuten() : 120, ONGEMELD);
        }
        if (p.religieus()) {
            for (long feest : FEESTDAGEN) d.heleDag(d.dagVan(feest), RELIGIEUS, feest - 3 - r.nextInt(12));
        }
        if (p.verlofdagen()) reeks(d, r.nextInt(n), 1 + r.nextInt(2), VERLOF, true, r);
        int afspraken = poisson(p.afsprakenPerJaar() * f, r);
        for (int i = 0; i < afspraken; i++) {
            int dag = r.nextInt(n);
            d.voegToe(dag, VERLOF, 60 + 30 * r.nextInt(5), d.epochDag(dag) - 1 - r.nextInt(14));
        }
        int telaat = poisson(p.telaatPerJaar() * f, r);
        for (int i = 0; i < telaat; i++) {
            int minuten = r.nextInt(4) == 0 ? 15 + r.nextInt(16) : 5 + r.nextInt(11);
            d.voegToe(r.nextInt(n), TE_LAAT, minuten, ONGEMELD);
        }
    }

    private static void spijbelen(Dagboek d, int klasse, Sector sector, double f, SplittableRandom r) {
        int n = d.lengte();
        switch (klasse) {
            case 4 -> {
                int lengte = 20 + r.nextInt(26);
                reeks(d, r.nextInt(Math.max(1, n - lengte / 2)), lengte, ONGEOORLOOFD, false, r);
                uren(d, poisson(10 * f, r), 0, n, sector, r);
            }
            case 3 -> {
                int spells = 1 + r.nextInt(2);
                for (int i = 0; i < spells; i++) reeks(d, r.nextInt(n), 3 + r.nextInt(8), ONGEOORLOOFD, false, r);
                uren(d, poisson(18 * f, r), 0, n, sector, r);
            }
            case 2 -> {
                int begin = r.nextInt(n);
                uren(d, poisson(9 * f, r), begin, Math.min(n, begin + 20), sector, r);
            }
            case 1 -> uren(d, poisson(1.6 * f, r), 0, n, sector, r);
            default -> { }
        }
    }

    /** Unexcused lessons on random days in [van, tot): mostly a few lesson hours, sometimes a whole day. */
    private static void uren(Dagboek d, int aantal, int van, int tot, Sector sector, SplittableRandom r) {
        boolean jong = sector == Sector.PO || sector == Sector.SBO;
        for (int i = 0; i < aantal && tot > van; i++) {
            int dag = van + r.nextInt(tot - van);
            int minuten = r.nextInt(5) == 0 ? d.lesminuten() : jong ? 60 + 30 * r.nextInt(4) : 50 * (1 + r.nextInt(4));
            d.voegToe(dag, ONGEOORLOOFD, minuten, ONGEMELD);
        }
    }

    /** A sickness episode: 1–5 lesson days, now and then 7–15; notified mostly on the first day. */
    private static void ziekte(Dagboek d, SplittableRandom r) {
        int n = d.lengte();
        int begin = r.nextInt(n);
        for (int poging = 0; poging < 4 && r.nextDouble() > seizoen(d.maand(begin)); poging++) begin = r.nextInt(n);
        double u = r.nextDouble();
        int lengte = u < 0.35 ? 1 : u < 0.60 ? 2 : u < 0.78 ? 3 : u < 0.88 ? 4 : u < 0.95 ? 5 : 7 + r.nextInt(9);
        double g = r.nextDouble();
        long gemeld = d.epochDag(begin) + (g < 0.86 ? 0 : g < 0.96 ? 1 : 3 + r.nextInt(5));
        if (lengte == 1 && r.nextInt(10) < 3) {
            d.voegToe(begin, ZIEK, d.lesminuten() / 2, gemeld);
            return;
        }
        for (int dag = begin; dag < Math.min(n, begin + lengte); dag++) d.heleDag(dag, ZIEK, gemeld);
    }

    private static double seizoen(int maand) {
        return switch (maand) {
            case 11, 12, 1, 2, 3 -> 1.0;
            case 6, 7, 8 -> 0.45;
            default -> 0.7;
        };
    }

    /** Whole days with {@code code} on consecutive lesson days; notified beforehand or on the day when asked. */
    private static void reeks(Dagboek d, int begin, int lengte, nl.inbeeld.aanwezigheid.Absentiecode code,
            boolean gemeld, SplittableRandom r) {
        long melding = gemeld && begin < d.lengte() ? d.epochDag(begin) - (code == VERLOF ? 7 + r.nextInt(24) : 0)
                : ONGEMELD;
        for (int dag = begin; dag < Math.min(d.lengte(), begin + lengte); dag++) d.heleDag(dag, code, melding);
    }

    /** One to three LUXE days on the last lesson days before, or the first after, a holiday. */
    private static void luxeBijVakantie(Dagboek d, SplittableRandom r) {
        int b = grensdag(d, r);
        if (b < 0) return;
        boolean vakantieErna = b + 1 >= d.lengte() || d.epochDag(b + 1) - d.epochDag(b) > 3;
        int dagen = 1 + r.nextInt(3);
        for (int i = 0; i < dagen; i++) d.heleDag(vakantieErna ? b - i : b + i, LUXE, ONGEMELD);
    }

    /** A random lesson day in the book next to a holiday, or -1. */
    private static int grensdag(Dagboek d, SplittableRandom r) {
        int n = d.lengte(), start = r.nextInt(n);
        for (int i = 0; i < n; i++) {
            int dag = (start + i) % n;
            if (d.grenstAanVakantie(dag)) return dag;
        }
        return -1;
    }

    static int poisson(double lambda, SplittableRandom r) {
        if (lambda <= 0) return 0;
        if (lambda > 30) return Math.max(0, (int) Math.round(lambda + Math.sqrt(lambda) * gauss(r)));
        double grens = Math.exp(-lambda), p = 1.0;
        int k = 0;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > grens);
        return k - 1;
    }

    private static double gauss(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
