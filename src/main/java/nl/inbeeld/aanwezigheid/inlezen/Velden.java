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
    private Ruwerij rij;
    private long regel;
    private boolean fout;

    Velden(Bestand bestand, int[] positie, List<Afkeuring> afkeuringen) {
        this.bestand = bestand;
        this.positie = positie;
        this.afkeuringen = afkeuringen;
    }

    void zet(Ruwerij rij) {
        this.regel = rij.regel();
        this.rij = rij;
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
        String w = p < 0 ? "" : rij.tekst(p);
        if (w.isEmpty() && bestand.isVerplicht(kolom)) {
            afkeur(kolom, "ontbreekt");
            return null;
        }
        return w;
    }

    /**
     * As {@link #tekst}, rejected when longer than {@code max} characters or holding a control character (a name or
     * address goes onto pages and letters as it is).
     */
    String tekst(int kolom, int max) {
        String w = tekst(kolom);
        if (w == null || w.isEmpty()) return w;
        if (w.length() > max) {
            afkeur(kolom, "is langer dan " + max + " tekens");
            return null;
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.isISOControl(w.charAt(i))) {
                afkeur(kolom, "bevat een stuurteken");
                return null;
            }
        }
        return w;
    }

    /** Whether the column is absent or empty (a required one is then rejected). */
    boolean leeg(int kolom) {
        int p = positie[kolom];
        if (p >= 0 && rij.lengte(p) > 0) return false;
        if (bestand.isVerplicht(kolom)) afkeur(kolom, "ontbreekt");
        return true;
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

    /**
     * As {@link #id}, but {@code vorige} itself (no new String) when the value equals it: in a file sorted by pupil,
     * most rows repeat the id of the row before.
     */
    String id(int kolom, Predicate<String> geldig, String vorm, String vorige) {
        int p = positie[kolom];
        return p >= 0 && rij.is(p, vorige) ? vorige : id(kolom, geldig, vorm);
    }

    /** An ISO date as epoch day, or {@link #GEEN_DAG} when empty or rejected. */
    int dag(int kolom) {
        if (leeg(kolom)) return GEEN_DAG;
        int p = positie[kolom];
        int dag = Datums.epochDag(rij, p);
        if (dag == GEEN_DAG) afkeur(kolom, toon(rij.tekst(p)) + " is geen geldige datum (yyyy-MM-dd)");
        return dag;
    }

    LocalDate datum(int kolom) {
        int dag = dag(kolom);
        return dag == GEEN_DAG ? null : LocalDate.ofEpochDay(dag);
    }

    /** A whole number in [min, max]; {@code standaard} when empty; {@code standaard} too when rejected. */
    int getal(int kolom, int min, int max, int standaard) {
        if (leeg(kolom)) return standaard;
        int p = positie[kolom], lengte = rij.lengte(p);
        int n = 0;
        boolean cijfers = lengte <= 6;
        for (int i = 0; i < lengte && cijfers; i++) {
            char c = rij.teken(p, i);
            cijfers = c >= '0' && c <= '9';
            n = n * 10 + (c - '0');
        }
        if (!cijfers) {
            afkeur(kolom, toon(rij.tekst(p)) + " is geen geheel getal tussen " + min + " en " + max);
        } else if (n < min || n > max) {
            afkeur(kolom, rij.tekst(p) + " ligt niet tussen " + min + " en " + max);
        } else {
            return n;
        }
        return standaard;
    }

    /** One of the constants of an enum, by name; null when empty or rejected. */
    <E extends Enum<E>> E keuze(int kolom, E[] waarden) {
        if (leeg(kolom)) return null;
        int p = positie[kolom];
        for (E e : waarden) {
            if (rij.is(p, e.name())) return e;
        }
        afkeur(kolom, toon(rij.tekst(p)) + " is geen geldige waarde ("
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
