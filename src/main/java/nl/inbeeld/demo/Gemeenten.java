package nl.inbeeld.demo;

import static nl.inbeeld.school.Vakantieregio.MIDDEN;
import static nl.inbeeld.school.Vakantieregio.NOORD;
import static nl.inbeeld.school.Vakantieregio.ZUID;

import java.util.ArrayList;
import java.util.List;

/** Real municipalities with their CBS codes, for the demo region and for scaled generation. */
final class Gemeenten {

    /** The demo cluster on the MIDDEN/ZUID border: Arnhem and Overbetuwe (MIDDEN), Nijmegen (ZUID). */
    static final Gemeente ARNHEM = new Gemeente("GM0202", "Arnhem", MIDDEN);
    static final Gemeente OVERBETUWE = new Gemeente("GM1734", "Overbetuwe", MIDDEN);
    static final Gemeente NIJMEGEN = new Gemeente("GM0268", "Nijmegen", ZUID);

    private static final List<Gemeente> NOORDELIJK = List.of(
            new Gemeente("GM0363", "Amsterdam", NOORD), new Gemeente("GM0014", "Groningen", NOORD),
            new Gemeente("GM0193", "Zwolle", NOORD), new Gemeente("GM0080", "Leeuwarden", NOORD),
            new Gemeente("GM0153", "Enschede", NOORD), new Gemeente("GM0392", "Haarlem", NOORD),
            new Gemeente("GM0106", "Assen", NOORD), new Gemeente("GM0479", "Zaanstad", NOORD),
            new Gemeente("GM0361", "Alkmaar", NOORD), new Gemeente("GM0114", "Emmen", NOORD),
            new Gemeente("GM0150", "Deventer", NOORD), new Gemeente("GM0164", "Hengelo", NOORD));
    private static final List<Gemeente> MIDDELST = List.of(
            ARNHEM, new Gemeente("GM0344", "Utrecht", MIDDEN), new Gemeente("GM0599", "Rotterdam", MIDDEN),
            new Gemeente("GM0518", "'s-Gravenhage", MIDDEN), new Gemeente("GM0307", "Amersfoort", MIDDEN),
            new Gemeente("GM0546", "Leiden", MIDDEN), new Gemeente("GM0505", "Dordrecht", MIDDEN),
            new Gemeente("GM0637", "Zoetermeer", MIDDEN), new Gemeente("GM0200", "Apeldoorn", MIDDEN),
            new Gemeente("GM0228", "Ede", MIDDEN), new Gemeente("GM0503", "Delft", MIDDEN), OVERBETUWE);
    private static final List<Gemeente> ZUIDELIJK = List.of(
            NIJMEGEN, new Gemeente("GM0772", "Eindhoven", ZUID), new Gemeente("GM0855", "Tilburg", ZUID),
            new Gemeente("GM0758", "Breda", ZUID), new Gemeente("GM0796", "'s-Hertogenbosch", ZUID),
            new Gemeente("GM0935", "Maastricht", ZUID), new Gemeente("GM0983", "Venlo", ZUID),
            new Gemeente("GM0917", "Heerlen", ZUID), new Gemeente("GM0794", "Helmond", ZUID),
            new Gemeente("GM1674", "Roosendaal", ZUID), new Gemeente("GM0828", "Oss", ZUID),
            new Gemeente("GM0687", "Middelburg", ZUID));

    private Gemeenten() {}

    static List<Gemeente> demo() {
        return List.of(ARNHEM, OVERBETUWE, NIJMEGEN);
    }

    /** {@code aantal} municipalities (at least 3, at most all known), taking the three regions in turn. */
    static List<Gemeente> eerste(int aantal) {
        int n = Math.clamp(aantal, 3, NOORDELIJK.size() * 3);
        List<Gemeente> g = new ArrayList<>(n);
        for (int i = 0; g.size() < n; i++) {
            List<Gemeente> regio = switch (i % 3) {
                case 0 -> MIDDELST;
                case 1 -> ZUIDELIJK;
                default -> NOORDELIJK;
            };
            g.add(regio.get(i / 3));
        }
        return List.copyOf(g);
    }
}
