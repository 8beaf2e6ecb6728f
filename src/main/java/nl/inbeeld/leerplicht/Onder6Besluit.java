package nl.inbeeld.leerplicht;

import java.util.Objects;

/** The decision of {@link Onder6Vrijstelling}: may the child stay home that many hours a week? */
public sealed interface Onder6Besluit {

    /** Allowed, on this ground. */
    record Toegestaan(Wetsartikel grondslag) implements Onder6Besluit {
        public Toegestaan {
            Objects.requireNonNull(grondslag, "grondslag");
        }
    }

    /** Not allowed: the hours are verzuim unless another ground (art. 11) applies. */
    record NietToegestaan(String reden, Wetsartikel artikel) implements Onder6Besluit {
        public NietToegestaan {
            Objects.requireNonNull(reden, "reden");
            Objects.requireNonNull(artikel, "artikel");
        }
    }
}
