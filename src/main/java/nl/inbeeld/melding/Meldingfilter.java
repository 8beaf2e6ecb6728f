package nl.inbeeld.melding;

import java.util.Set;
import nl.inbeeld.school.SchoolId;

/**
 * What to list: statuses (empty = all), one school (null = all within the user's Bereik), free text matched
 * against the leerling_id or the pupil's name where the user may see it (case-insensitive, part of it; null or blank =
 * all), and only meldingen that are
 * {@link Verzuimmelding#teLaat te laat} today.
 */
public record Meldingfilter(Set<Meldingstatus> statussen, SchoolId school, String tekst, boolean alleenTeLaat) {

    /** The longest search text a page or the API accepts (a leerling_id is at most 64 characters). */
    public static final int MAX_ZOEKTEKST = 100;

    public Meldingfilter {
        statussen = statussen == null ? Set.of() : Set.copyOf(statussen);
        tekst = tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    /** Everything the user may see. */
    public static Meldingfilter alles() {
        return new Meldingfilter(Set.of(), null, null, false);
    }

    public static Meldingfilter status(Meldingstatus... statussen) {
        return new Meldingfilter(Set.of(statussen), null, null, false);
    }
}
