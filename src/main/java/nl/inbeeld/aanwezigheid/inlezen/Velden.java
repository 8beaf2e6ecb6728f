package nl.inbeeld.aanwezigheid.inlezen;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.inbeeld.aanwezigheid.Afkeuring;

/**
 * The fields of the current CSV record of one file, read by column index of {@link Bestand}. Every read checks
 * the value; a bad value adds an {@link Afkeuring} for its column and marks the row as rejected.
 */
final class Velden {

    /** "No date" for {@link #dag}. */
    static final int GEEN_DAG = Integer.MIN_VALUE;

    private final Bestand bestand;
    private final int[] positie;
    private final List<Afkeuring> afkeuringen;
    private List<String> velden;
    private long regel;
    private boolean fout;

    Velden(Bestand bestand, int[] positie, List<Afkeuring> afkeuringen) {
        this.bestand = bestand;
        this.positie = positie;
        this.afkeuringen = afkeuringen;
    }

    void zet(long regel, List<String> velden) {
        this.regel = regel;
        this.velden = velden;
        this.fout = false;
    }

    long regel() {
        return regel;
    }

    boolean fout() {
        return fout;
    }

    void afkeur(int kolom, String reden) {
        afkeuringen.add(new Afkeuring(bestand.naam(), regel, kolom < 0 ? "" : bestand.kolommen().get(kolom), reden));
        fout = true;
    }

    /** The raw value; {@code ""} for an absent optional column. A required empty value is rejected (null). */
    String tekst(int kolom) {
        int p = positie[kolom];
        String w = p < 0 ? "" : velden.get(p);
        if (w.isEmpty() && bestand.isVerplicht(kolom)) {
            afkeur(kolom, "ontbreekt");
            return null;
        }
        return w;
    }

    /** A value that must match {@code vorm}; null when empty or rejected. */
    String id(int kolom, Predicate<String> geldig, String vorm) {
        String w = tekst(kolom);
        if (w == null || w.isEmpty()) return null;
        if (!geldig.test(w)) {
            afkeur(kolom, toon(w) + " heeft niet de vorm " + vorm);
            return null;
        }
        return w;
    }

    /** An ISO date as epoch day, or {@link #GEEN_DAG} when empty or rejected. */
    int dag(int kolom) {
        String w = tekst(kolom);
        if (w == null || w.isEmpty()) return GEEN_DAG;
        int dag = Datums.epochDag(w);
        if (dag == GEEN_DAG) afkeur(kolom, toon(w) + " is geen geldige datum (yyyy-MM-dd)");
        return dag;
    }

    LocalDate datum(int kolom) {
        int dag = dag(kolom);
        return dag == GEEN_DAG ? null : LocalDate.ofEpochDay(dag);
    }

    /** A whole number in [min, max]; {@code standaard} when empty; {@code standaard} too when rejected. */
    int getal(int kolom, int min, int max, int standaard) {
        String w = tekst(kolom);
        if (w == null || w.isEmpty()) return standaard;
        int n = 0;
        boolean cijfers = w.length() <= 6;
        for (int i = 0; i < w.length() && cijfers; i++) {
            char c = w.charAt(i);
            cijfers = c >= '0' && c <= '9';
            n = n * 10 + (c - '0');
        }
        if (!cijfers) {
            afkeur(kolom, toon(w) + " is geen geheel getal tussen " + min + " en " + max);
        } else if (n < min || n > max) {
            afkeur(kolom, w + " ligt niet tussen " + min + " en " + max);
        } else {
            return n;
        }
        return standaard;
    }

    /** One of the constants of an enum, by name; null when empty or rejected. */
    <E extends Enum<E>> E keuze(int kolom, E[] waarden) {
        String w = tekst(kolom);
        if (w == null || w.isEmpty()) return null;
        for (E e : waarden) {
            if (e.name().equals(w)) return e;
        }
        afkeur(kolom, toon(w) + " is geen geldige waarde ("
                + Arrays.stream(waarden).map(Enum::name).collect(Collectors.joining(", ")) + ")");
        return null;
    }

    /** Checks that {@code totEnMet} is not before {@code van}; rejects the row on column {@code kolom} if it is. */
    void nietVoor(int kolom, LocalDate totEnMet, int vanKolom, LocalDate van) {
        if (totEnMet != null && van != null && totEnMet.isBefore(van)) {
            afkeur(kolom, totEnMet + " ligt voor " + bestand.kolommen().get(vanKolom) + " " + van);
        }
    }

    /** A value as it may appear in a message: at most 40 characters, control characters made visible. */
    static String toon(String w) {
        String kort = w.length() > 40 ? w.substring(0, 40) + "…" : w;
        StringBuilder b = new StringBuilder(kort.length() + 2);
        for (int i = 0; i < kort.length(); i++) {
            char c = kort.charAt(i);
            b.append(Character.isISOControl(c) ? '?' : c);
        }
        return "'" + b + "'";
    }
}
