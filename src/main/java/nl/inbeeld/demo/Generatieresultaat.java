package nl.inbeeld.demo;

/** How many data rows (without the header) the generator wrote to each file. */
public record Generatieresultaat(long scholen, long kalender, long leerlingen, long inschrijvingen, long absenties,
        long bevolking, long vrijstellingen, long ouders) {

    public long totaal() {
        return scholen + kalender + leerlingen + inschrijvingen + absenties + bevolking + vrijstellingen + ouders;
    }
}
