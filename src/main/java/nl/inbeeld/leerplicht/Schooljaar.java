package nl.inbeeld.leerplicht;

import java.time.LocalDate;
import java.time.Month;

/**
 * A school year: 1 August up to and including 31 July (rules.md 1.4; the CBS definition, the sector laws).
 * Written as "2025/26"; {@code beginjaar} is the calendar year of its 1 August.
 */
public record Schooljaar(int beginjaar) implements Comparable<Schooljaar> {

    /** The school year that contains {@code dag}. */
    public static Schooljaar van(LocalDate dag) {
        return new Schooljaar(dag.getMonthValue() >= Month.AUGUST.getValue() ? dag.getYear() : dag.getYear() - 1);
    }

    /** Parses "2025/26" (or "2025-2026"). */
    public static Schooljaar parse(String tekst) {
        String t = tekst.strip();
        int scheiding = t.indexOf('/') >= 0 ? t.indexOf('/') : t.indexOf('-');
        if (scheiding < 0) throw new IllegalArgumentException("Geen schooljaar: " + tekst);
        Schooljaar jaar = new Schooljaar(Integer.parseInt(t.substring(0, scheiding)));
        String tweede = t.substring(scheiding + 1);
        int eind = Integer.parseInt(tweede);
        if (eind % 100 != (jaar.beginjaar + 1) % 100) throw new IllegalArgumentException("Geen schooljaar: " + tekst);
        return jaar;
    }

    public LocalDate eersteDag() {
        return LocalDate.of(beginjaar, Month.AUGUST, 1);
    }

    /** 31 July: "het einde van het schooljaar" in art. 3 lid 1. */
    public LocalDate laatsteDag() {
        return LocalDate.of(beginjaar + 1, Month.JULY, 31);
    }

    public Schooljaar plus(int jaren) {
        return new Schooljaar(beginjaar + jaren);
    }

    @Override
    public int compareTo(Schooljaar ander) {
        return Integer.compare(beginjaar, ander.beginjaar);
    }

    @Override
    public String toString() {
        return beginjaar + "/" + String.format("%02d", (beginjaar + 1) % 100);
    }
}
