package nl.inbeeld.leerplicht;

import java.util.Objects;

/**
 * The settings for rules where the law leaves room (rules.md: INTERPRETATION and UNCONFIRMED rules are
 * configurable, with the chosen default documented).
 *
 * @param schrikkeldag how a 29 February birthday falls in a non-leap year; default {@link Schrikkeldag#NAAR_1_MAART}
 */
public record Leerplichtinstellingen(Schrikkeldag schrikkeldag) {

    private static final Leerplichtinstellingen STANDAARD = new Leerplichtinstellingen(Schrikkeldag.NAAR_1_MAART);

    public Leerplichtinstellingen {
        Objects.requireNonNull(schrikkeldag, "schrikkeldag");
    }

    /** The documented defaults. */
    public static Leerplichtinstellingen standaard() {
        return STANDAARD;
    }
}
