package nl.inbeeld.aanwezigheid.inlezen;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.inbeeld.aanwezigheid.Afkeuring;

/** Reads the fields of one row, collecting a Dutch reason for every bad field. */
final class Rijcontrole {

    private final String bestand;
    private final Csvbestand.Rij rij;
    private final List<Afkeuring> fouten;
    private boolean goed = true;

    Rijcontrole(String bestand, Csvbestand.Rij rij, List<Afkeuring> fouten) {
        this.bestand = bestand;
        this.rij = rij;
        this.fouten = fouten;
    }

    boolean goed() {
        return goed;
    }

    void fout(String kolom, String reden) {
        fouten.add(new Afkeuring(bestand, rij.regel(), kolom, reden));
        goed = false;
    }

    String tekst(String kolom, boolean verplicht) {
        String v = rij.veld(kolom);
        if (v == null && verplicht) fout(kolom, "ontbreekt (verplicht)");
        return v;
    }

    String patroon(String kolom, Predicate<String> geldig, String vorm) {
        String v = tekst(kolom, true);
        if (v != null && !geldig.test(v)) {
            fout(kolom, "'" + v + "' is geen geldige " + kolom + " (" + vorm + ")");
            return null;
        }
        return v;
    }

    LocalDate datum(String kolom, boolean verplicht) {
        String v = tekst(kolom, verplicht);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            fout(kolom, "'" + v + "' is geen bestaande datum (verwacht jjjj-mm-dd)");
            return null;
        }
    }

    Integer geheel(String kolom, int min, int max, boolean verplicht) {
        String v = tekst(kolom, verplicht);
        if (v == null) return null;
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        fout(kolom, "'" + v + "' is geen geheel getal van " + min + " tot en met " + max);
        return null;
    }

    <E extends Enum<E>> E soort(String kolom, Class<E> soort, boolean verplicht) {
        String v = tekst(kolom, verplicht);
        if (v == null) return null;
        for (E e : soort.getEnumConstants()) {
            if (naam(e).equals(v)) return e;
        }
        fout(kolom, "'" + v + "' is geen geldige waarde (" + Arrays.stream(soort.getEnumConstants()).map(Rijcontrole::naam)
                .collect(Collectors.joining(", ")) + ")");
        return null;
    }

    /** The name of an enum value as the format writes it (grounds like {@code G5A} are written {@code 5A}). */
    static String naam(Enum<?> e) {
        return e.name().startsWith("G") && e.name().length() > 1 && Character.isDigit(e.name().charAt(1))
                ? e.name().substring(1) : e.name();
    }

    /** Checks that {@code van} is not after {@code totEnMet}. */
    void periode(LocalDate van, LocalDate totEnMet) {
        if (van != null && totEnMet != null && totEnMet.isBefore(van)) {
            fout("tot_en_met", "tot_en_met " + totEnMet + " ligt voor van " + van);
        }
    }
}
