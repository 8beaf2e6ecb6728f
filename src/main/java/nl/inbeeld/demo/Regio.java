package nl.inbeeld.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.inbeeld.school.School;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.school.Sector;
import nl.inbeeld.school.Vakantieregio;

/**
 * The municipalities and schools of a generated region. Up to {@link #DEMOGROOTTE} pupils this is the fixed demo
 * region (Arnhem, Overbetuwe, Nijmegen; ten schools); above it the region is scaled: one municipality per
 * {@value #LEERLINGEN_PER_GEMEENTE} pupils (3 to 36, the three holiday regions in turn) and one school per about
 * 300 PO, 150 SBO, 1,000 VO and 3,000 MBO pupils.
 */
record Regio(List<Gemeente> gemeenten, List<Demoschool> scholen) {

    static final int DEMOGROOTTE = 6_000;
    static final int LEERLINGEN_PER_GEMEENTE = 10_000;

    static Regio voor(int leerlingen) {
        return leerlingen <= DEMOGROOTTE ? demo() : geschaald(leerlingen);
    }

    static Regio demo() {
        Gemeente arnhem = Gemeenten.ARNHEM, elst = Gemeenten.OVERBETUWE, nijmegen = Gemeenten.NIJMEGEN;
        List<Demoschool> s = List.of(
                school("21AB00", "OBS De Klimboom", Sector.PO, arnhem, null),
                school("21AC00", "CBS De Wegwijzer", Sector.PO, arnhem, Vakantierooster.STUDIEDAGEN.get(0)),
                school("21AD00", "Kindcentrum De Regenboog", Sector.PO, elst, null),
                school("21AE00", "Basisschool Het Kompas", Sector.PO, nijmegen, Vakantierooster.STUDIEDAGEN.get(1)),
                school("21AF00", "IKC De Vlinder", Sector.PO, nijmegen, null),
                school("21AG00", "SBO De Brug", Sector.SBO, nijmegen, null),
                school("21AH00", "Rijnstroom Lyceum", Sector.VO, arnhem, null),
                school("21AJ00", "Het Waalcollege", Sector.VO, nijmegen, Vakantierooster.STUDIEDAGEN.get(2)),
                school("21AK00", "Betuwe Scholengemeenschap", Sector.VO, elst, Vakantierooster.STUDIEDAGEN.get(3)),
                school("21AL00", "ROC Gelderse Poort", Sector.MBO, nijmegen, null));
        return new Regio(Gemeenten.demo(), s);
    }

    static Regio geschaald(int leerlingen) {
        List<Gemeente> g = Gemeenten.eerste(leerlingen / LEERLINGEN_PER_GEMEENTE);
        List<Demoschool> s = new ArrayList<>();
        for (Sector sector : Sectorverdeling.SECTOREN) {
            int aantal = Sectorverdeling.aantalScholen(sector, leerlingen);
            for (int k = 0; k < aantal; k++) {
                Gemeente gemeente = g.get(k % g.size());
                LocalDate studiedag = s.size() % 3 == 0
                        ? Vakantierooster.STUDIEDAGEN.get(s.size() / 3 % Vakantierooster.STUDIEDAGEN.size()) : null;
                s.add(school(schoolId(s.size() + 1), Schoolnamen.naam(sector, k, gemeente), sector, gemeente,
                        studiedag));
            }
        }
        return new Regio(g, List.copyOf(s));
    }

    /** A BRIN-like id: two digits, two letters, vestiging 00; index 1 is {@code 21AB00}. */
    static String schoolId(int index) {
        int i = index;
        return String.format("%02d%c%c00", (21 + i / 676) % 100, (char) ('A' + i / 26 % 26), (char) ('A' + i % 26));
    }

    private static Demoschool school(String id, String naam, Sector sector, Gemeente gemeente, LocalDate studiedag) {
        School school = new School(new SchoolId(id), naam, sector, gemeente.code(), gemeente.regio(),
                sector.standaardLesminutenPerDag());
        return Demoschool.van(school, gemeente, Vakantierooster.perioden(gemeente.regio(), studiedag));
    }

    /** The schools of one sector, in order. */
    List<Demoschool> scholen(Sector sector) {
        return scholen.stream().filter(s -> s.sector() == sector).toList();
    }

    /** The {@code n}-th school (cyclic) of a sector in a holiday region, or of the sector anywhere if none. */
    Demoschool school(Sector sector, Vakantieregio regio, int n) {
        List<Demoschool> inRegio = scholen(sector).stream().filter(s -> s.gemeente().regio() == regio).toList();
        List<Demoschool> keuze = inRegio.isEmpty() ? scholen(sector) : inRegio;
        return keuze.get(n % keuze.size());
    }

    /** A municipality other than {@code g}: its neighbour in the list. */
    Gemeente andere(Gemeente g) {
        int i = gemeenten.indexOf(g);
        return gemeenten.get((i + 1) % gemeenten.size());
    }
}
