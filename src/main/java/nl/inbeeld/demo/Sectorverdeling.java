package nl.inbeeld.demo;

import java.util.List;
import nl.inbeeld.school.Sector;

/** How pupils spread over the sectors, how big a school is, and the ages a sector serves. */
final class Sectorverdeling {

    static final List<Sector> SECTOREN = List.of(Sector.PO, Sector.SBO, Sector.VO, Sector.MBO);

    private Sectorverdeling() {}

    /** The share of all pupils in the sector. */
    static double aandeel(Sector sector) {
        return switch (sector) {
            case PO -> 0.55;
            case SBO -> 0.03;
            case VO -> 0.30;
            default -> 0.12;
        };
    }

    /** The sector of a pupil, from a uniform number in [0, 1). */
    static Sector kies(double u) {
        if (u < 0.55) return Sector.PO;
        if (u < 0.58) return Sector.SBO;
        if (u < 0.88) return Sector.VO;
        return Sector.MBO;
    }

    static int aantalScholen(Sector sector, int leerlingen) {
        int perSchool = switch (sector) {
            case PO -> 300;
            case SBO -> 150;
            case VO -> 1_000;
            default -> 3_000;
        };
        int minimum = sector == Sector.PO || sector == Sector.VO ? 3 : 1;
        return Math.max(minimum, (int) Math.round(leerlingen * aandeel(sector) / perSchool));
    }

    /** The youngest and oldest age (on 1 October 2025) of pupils in the sector. */
    static int minimumLeeftijd(Sector sector) {
        return switch (sector) {
            case PO -> 3;
            case SBO -> 6;
            case VO -> 12;
            default -> 16;
        };
    }

    static int maximumLeeftijd(Sector sector) {
        return switch (sector) {
            case PO, SBO -> 12;
            case VO -> 17;
            default -> 20;
        };
    }
}
