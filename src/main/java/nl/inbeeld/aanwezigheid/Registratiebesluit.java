package nl.inbeeld.aanwezigheid;

/** The outcome of entering or correcting one absence: stored, or refused with a reason in Dutch. */
public sealed interface Registratiebesluit {
    record Vastgelegd(Absentie absentie) implements Registratiebesluit {}

    record Geweigerd(String reden) implements Registratiebesluit {}
}
