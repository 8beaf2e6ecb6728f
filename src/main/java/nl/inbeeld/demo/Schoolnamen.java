package nl.inbeeld.demo;

import java.util.List;
import nl.inbeeld.school.Sector;

/** Plausible, invented Dutch school names for scaled generation. */
final class Schoolnamen {

    private static final List<String> SOORT_PO = List.of("OBS", "CBS", "RKBS", "Kindcentrum", "IKC", "Basisschool");
    private static final List<String> NAAM_PO = List.of("De Regenboog", "De Klimboom", "Het Kompas", "De Wegwijzer",
            "De Vlinder", "De Zonnewijzer", "Het Palet", "De Springplank", "De Fontein", "De Linde", "Het Anker",
            "De Meander", "De Horizon", "De Sterrenkijker", "Het Baken", "De Eiklaan", "De Akker", "Het Mozaïek",
            "De Bongerd", "De Tweemaster", "De Notenbalk", "Het Klaverblad", "De Kameleon");
    private static final List<String> NAAM_SBO = List.of("SBO De Brug", "SBO De Wissel", "SBO Het Startpunt",
            "SBO De Rank");
    private static final List<String> NAAM_VO = List.of("Stedelijk College", "Christelijk Lyceum", "Het Atrium",
            "Scholengemeenschap De Rede", "Montessori College", "Het Vakcollege", "Gymnasium Celeanum");

    private Schoolnamen() {}

    /** The name of the {@code k}-th school of a sector in a municipality. */
    static String naam(Sector sector, int k, Gemeente gemeente) {
        return switch (sector) {
            case PO -> SOORT_PO.get(k % SOORT_PO.size()) + " " + NAAM_PO.get(k / SOORT_PO.size() % NAAM_PO.size());
            case SBO -> NAAM_SBO.get(k % NAAM_SBO.size());
            case MBO -> (k % 2 == 0 ? "ROC " : "Vakschool ") + gemeente.naam();
            default -> NAAM_VO.get(k % NAAM_VO.size()) + " " + gemeente.naam();
        };
    }
}
