package nl.inbeeld.demo;

import java.util.SplittableRandom;
import nl.inbeeld.school.Sector;

/**
 * How absent one pupil tends to be over a whole school year, drawn once per pupil. Most pupils are rarely absent;
 * the rates are skewed so that a few percent carry most of the unexcused absence (a heavy tail).
 *
 * @param ziektesPerJaar   expected sickness episodes per school year
 * @param telaatPerJaar    expected late arrivals per school year
 * @param spijbelklasse    0 never, 1 now and then, 2 often in one bad period, 3 a lot, 4 weeks in a row
 * @param afsprakenPerJaar expected doctor's or dentist's appointments (VERLOF for part of a day)
 */
record Verzuimprofiel(double ziektesPerJaar, double telaatPerJaar, int spijbelklasse, double afsprakenPerJaar,
        boolean verlofdagen, boolean luxeVoorVakantie, boolean luxeLosseDag, boolean ongeoorloofdBijVakantie,
        boolean religieus, boolean geschorst) {

    static Verzuimprofiel trek(Sector sector, SplittableRandom r) {
        boolean jong = sector == Sector.PO || sector == Sector.SBO;
        double z = r.nextDouble();
        double ziektes = z < 0.35 ? 2.0 : z < 0.75 ? 4.5 : z < 0.93 ? 7.5 : 12.0;
        double l = r.nextDouble();
        double telaat = (l < 0.45 ? 1.0 : l < 0.75 ? 5.0 : l < 0.93 ? 12.0 : 28.0) * (jong ? 0.7 : 1.3);
        double s = r.nextDouble();
        int spijbel = jong
                ? (s < 0.88 ? 0 : s < 0.985 ? 1 : s < 0.996 ? 2 : s < 0.999 ? 3 : 4)
                : (s < 0.62 ? 0 : s < 0.90 ? 1 : s < 0.965 ? 2 : s < 0.99 ? 3 : 4);
        return new Verzuimprofiel(ziektes, telaat, spijbel, r.nextDouble() < 0.5 ? 2.5 : 0.0,
                r.nextDouble() < 0.12, r.nextDouble() < 0.035, r.nextDouble() < 0.012, r.nextDouble() < 0.01,
                r.nextDouble() < 0.04, !jong && r.nextDouble() < 0.008);
    }
}
