package nl.inbeeld.demo;

import java.time.LocalDate;

/**
 * What to generate: {@code leerlingen} random pupils (the demo scenario pupils come on top), from {@code seed},
 * with absences up to and including {@code totEnMet}, a day in school year 2025-26. Up to 6,000 pupils the
 * region is the fixed demo region; above, municipalities and schools grow with the number of pupils.
 */
public record Generatieopdracht(int leerlingen, long seed, LocalDate totEnMet) {

    public static final LocalDate EERSTE_DAG = Vakantierooster.SCHOOLJAAR_BEGIN;
    public static final LocalDate LAATSTE_DAG = Vakantierooster.SCHOOLJAAR_EINDE;

    public Generatieopdracht {
        if (leerlingen < 0 || leerlingen > 9_999_999) {
            throw new IllegalArgumentException("Aantal leerlingen moet tussen 0 en 9.999.999 liggen: " + leerlingen);
        }
        if (totEnMet == null || totEnMet.isBefore(EERSTE_DAG) || totEnMet.isAfter(LAATSTE_DAG)) {
            throw new IllegalArgumentException("tot-en-met moet in schooljaar 2025-26 liggen (" + EERSTE_DAG + " t/m "
                    + LAATSTE_DAG + "): " + totEnMet);
        }
    }

    /** The demo region: about 3,000 pupils, a fixed seed, absences up to the demo day. */
    public static Generatieopdracht demoregio() {
        return new Generatieopdracht(Demoregio.LEERLINGEN, Demoregio.SEED, Demoregio.VANDAAG);
    }
}
