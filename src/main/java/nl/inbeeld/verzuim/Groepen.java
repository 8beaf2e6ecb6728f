package nl.inbeeld.verzuim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.inbeeld.leerling.Leerling;
import nl.inbeeld.leerplicht.Jongere;
import nl.inbeeld.leerplicht.Leerplicht;
import nl.inbeeld.leerplicht.Leerplichtinstellingen;
import nl.inbeeld.school.Schoolkalender;
import nl.inbeeld.vrijstelling.Vrijstelling;
import nl.inbeeld.vrijstelling.Vrijstellingsgrond;

/** The group bounds of a pupil at a school (spec §3), from the Leerplichtwet rules and the school's calendar. */
final class Groepen {

    private Groepen() {}

    static Groepsgrenzen van(Leerling leerling, Schoolkalender kalender, Leerplichtinstellingen instellingen) {
        return van(leerling, kalender, instellingen, List.of());
    }

    /**
     * As {@link #van(Leerling, Schoolkalender, Leerplichtinstellingen)}, with the pupil's exemptions: the days of an
     * art. 15 exemption (exemption from the kwalificatieplicht, spec §7) that lie in the kwalificatieplichtig part
     * of the range leave the group; other grounds change nothing in detection (3A, 3B: still leerplichtig; 5A, 5B,
     * 5C: a finding at import).
     */
    static Groepsgrenzen van(Leerling leerling, Schoolkalender kalender, Leerplichtinstellingen instellingen,
            List<Vrijstelling> vrijstellingen) {
        var jongere = new Jongere(leerling.geboortedatum(), leerling.startkwalificatieOp(), null, false);
        var t = Leerplicht.tijdlijn(jongere, kalender::eersteLesdagVanaf, instellingen);
        long plichtTot = Math.max(t.leerplichtigTotEnMetDag(), t.kwalificatieplichtigTotEnMetDag());
        return new Groepsgrenzen(t.leerplichtigVanafDag(), plichtTot, t.rmcVanafDag(), t.rmcTotEnMetDag(),
                art15(vrijstellingen, t.leerplichtigTotEnMetDag(), t.kwalificatieplichtigTotEnMetDag()));
    }

    /** The art. 15 days within (leerplichtigTot, kwalificatieplichtigTot], as ordered, merged pairs of bounds. */
    static long[] art15(List<Vrijstelling> vrijstellingen, long leerplichtigTot, long kwalificatieplichtigTot) {
        if (vrijstellingen.isEmpty() || kwalificatieplichtigTot <= leerplichtigTot) return Groepsgrenzen.GEEN_VRIJSTELLING;
        List<long[]> delen = new ArrayList<>();
        for (Vrijstelling v : vrijstellingen) {
            if (v.grond() != Vrijstellingsgrond.ART_15) continue;
            long van = Math.max(v.van().toEpochDay(), leerplichtigTot + 1);
            long tot = Math.min(v.totEnMet() == null ? Long.MAX_VALUE : v.totEnMet().toEpochDay(), kwalificatieplichtigTot);
            if (van <= tot) delen.add(new long[] {van, tot});
        }
        if (delen.isEmpty()) return Groepsgrenzen.GEEN_VRIJSTELLING;
        delen.sort(Comparator.comparingLong(d -> d[0]));
        long[] uit = new long[delen.size() * 2];
        int n = 0;
        for (long[] d : delen) {
            if (n > 0 && d[0] <= uit[n - 1] + 1) {
                uit[n - 1] = Math.max(uit[n - 1], d[1]);
            } else {
                uit[n++] = d[0];
                uit[n++] = d[1];
            }
        }
        return n == uit.length ? uit : java.util.Arrays.copyOf(uit, n);
    }
}
