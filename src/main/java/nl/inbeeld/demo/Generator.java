package nl.inbeeld.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import nl.inbeeld.demo.Leerlingplan.Inschrijvingsplan;
import nl.inbeeld.school.Kalenderperiode;
import nl.inbeeld.school.Sector;

/**
 * Writes a school region in uitwisselformaat v1 (spec §1) into a folder: scholen, kalender, leerlingen,
 * inschrijvingen, absenties, bevolking and vrijstellingen. Plain Java, no Spring.
 *
 * <p>Deterministic: the same {@link Generatieopdracht} gives byte-identical files. Every pupil draws from its own
 * random stream, derived from the seed and the pupil's number only. Pupils are written one at a time, so memory
 * does not grow with their number.
 */
public final class Generator {

    /** One person in the population register without an enrolment per this many pupils. */
    private static final int LEERLINGEN_PER_NIET_INGESCHREVENE = 500;

    public Generatieresultaat schrijf(Path map, Generatieopdracht opdracht) {
        Regio regio = Regio.voor(opdracht.leerlingen());
        LocalDate totEnMet = opdracht.totEnMet();
        Leerlingmaker maker = new Leerlingmaker(regio, totEnMet);
        Dagboek dagboek = new Dagboek();
        try (Csvbestanden uit = new Csvbestanden(map)) {
            for (Demoschool s : regio.scholen()) {
                uit.school(s.school());
                for (Kalenderperiode p : s.kalender()) uit.kalender(s.id(), p);
            }
            for (Scenarioleerling s : Demoregio.leerlingen()) s.schrijf(regio, totEnMet, dagboek, uit);
            for (int nummer = 1; nummer <= opdracht.leerlingen(); nummer++) {
                SplittableRandom r = new SplittableRandom(stroom(opdracht.seed(), nummer));
                String id = "L-" + nummer(nummer);
                if (r.nextDouble() < 0.0015) {
                    maker.vrijgesteld(id, r).schrijf(uit);
                } else {
                    leerling(maker.maak(id, Sectorverdeling.kies(r.nextDouble()), r), dagboek, totEnMet, r, uit);
                }
                if (nummer % LEERLINGEN_PER_NIET_INGESCHREVENE == 0) {
                    nietIngeschreven(regio, nummer / LEERLINGEN_PER_NIET_INGESCHREVENE,
                            new SplittableRandom(stroom(opdracht.seed(), -nummer)), uit);
                }
            }
            return uit.resultaat();
        }
    }

    private static void leerling(Leerlingplan plan, Dagboek dagboek, LocalDate totEnMet, SplittableRandom r,
            Csvbestanden uit) {
        plan.schrijf(uit);
        Sector sector = plan.inschrijvingen().getFirst().school().sector();
        Verzuimprofiel profiel = Verzuimprofiel.trek(sector, r);
        for (Inschrijvingsplan i : plan.inschrijvingen()) {
            LocalDate tot = i.totEnMet() == null || i.totEnMet().isAfter(totEnMet) ? totEnMet : i.totEnMet();
            dagboek.begin(i.school(), i.van().toEpochDay(), tot.toEpochDay());
            Absentiemaker.vul(dagboek, profiel, sector, r);
            dagboek.schrijf(uit, plan.id());
        }
    }

    /** A child in the population register that no school reports: where absolute verzuim is looked for. */
    private static void nietIngeschreven(Regio regio, int nummer, SplittableRandom r, Csvbestanden uit) {
        LocalDate geboren = LocalDate.of(2008, 10, 1).plusDays(r.nextInt(365 * 12));
        Gemeente g = regio.gemeenten().get(r.nextInt(regio.gemeenten().size()));
        uit.bevolking("P-" + nummer(nummer), geboren, g, geboren, null);
    }

    private static String nummer(int n) {
        String s = Integer.toString(n);
        return "0000000".substring(Math.min(7, s.length())) + s;
    }

    /** The seed of pupil {@code nummer}'s stream: the SplitMix64 finaliser over seed and number. */
    static long stroom(long seed, long nummer) {
        long z = seed * 0x9E3779B97F4A7C15L + nummer * 0xBF58476D1CE4E5B9L + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
