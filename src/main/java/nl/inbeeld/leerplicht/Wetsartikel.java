package nl.inbeeld.leerplicht;

import java.util.Objects;

/**
 * A legal source a rule or decision rests on, e.g. "art. 11a lid 2 Leerplichtwet 1969".
 *
 * @param wet     the law, e.g. "Leerplichtwet 1969"
 * @param artikel the article number, e.g. "11a"
 * @param lid     the paragraph, or {@code null} for the whole article
 */
public record Wetsartikel(String wet, String artikel, String lid) {

    public static final String LEERPLICHTWET = "Leerplichtwet 1969";

    public Wetsartikel {
        Objects.requireNonNull(wet, "wet");
        Objects.requireNonNull(artikel, "artikel");
    }

    public static Wetsartikel leerplichtwet(String artikel, String lid) {
        return new Wetsartikel(LEERPLICHTWET, artikel, lid);
    }

    @Override
    public String toString() {
        return "art. " + artikel + (lid == null ? "" : " lid " + lid) + " " + wet;
    }
}
