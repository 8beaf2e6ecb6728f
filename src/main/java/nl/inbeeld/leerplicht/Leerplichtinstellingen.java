package nl.inbeeld.leerplicht;

import java.util.Objects;

/**
 * The settings for rules where the law leaves room (rules.md: INTERPRETATION and UNCONFIRMED rules are
 * configurable, with the chosen default documented), configured as {@code inbeeld.leerplicht.*} (bound in
 * {@code nl.inbeeld.LeerplichtConfiguration}, as this module knows no Spring) and injected where they are used.
 *
 * @param schrikkeldag how a 29 February birthday falls in a non-leap year ({@code inbeeld.leerplicht.schrikkeldag});
 *     default {@link Schrikkeldag#NAAR_1_MAART}
 * @param algemeneTermijnenwet whether the Atw extends terms ({@code inbeeld.leerplicht.algemene-termijnenwet};
 *     spec §7 keuze, default on): see {@link Termijnenwet}
 */
public record Leerplichtinstellingen(Schrikkeldag schrikkeldag, boolean algemeneTermijnenwet) {

    private static final Leerplichtinstellingen STANDAARD = new Leerplichtinstellingen(Schrikkeldag.NAAR_1_MAART, true);

    public Leerplichtinstellingen {
        Objects.requireNonNull(schrikkeldag, "schrikkeldag");
    }

    /** This 29 February choice, with the Atw on (its default). */
    public Leerplichtinstellingen(Schrikkeldag schrikkeldag) {
        this(schrikkeldag, true);
    }

    /** The Atw rule as these settings choose it. */
    public Termijnenwet termijnenwet() {
        return algemeneTermijnenwet ? Termijnenwet.AAN : Termijnenwet.UIT;
    }

    /** The documented defaults (tests, and the benchmark, which measures the defaults). */
    public static Leerplichtinstellingen standaard() {
        return STANDAARD;
    }
}
