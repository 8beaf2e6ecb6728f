package nl.inbeeld.toegang;

import java.nio.charset.StandardCharsets;

/**
 * The password rule for accounts (BIO / NCSC guidance on passphrases: length over complexity): at least
 * {@value #MINIMUM} characters, at most {@value #MAXIMUM} bytes in UTF-8 (bcrypt reads no further), not only spaces.
 */
final class Wachtwoordregel {

    static final int MINIMUM = 12;
    static final int MAXIMUM = 72;

    sealed interface Uitkomst permits Toegestaan, Afgewezen {}

    record Toegestaan() implements Uitkomst {}

    record Afgewezen(String reden) implements Uitkomst {}

    private Wachtwoordregel() {}

    static Uitkomst toets(String wachtwoord) {
        if (wachtwoord == null || wachtwoord.isBlank()) return new Afgewezen("Vul een wachtwoord in.");
        if (wachtwoord.codePointCount(0, wachtwoord.length()) < MINIMUM) {
            return new Afgewezen("Een wachtwoord heeft minstens " + MINIMUM + " tekens; een zin van een paar woorden"
                    + " is sterker en beter te onthouden.");
        }
        if (wachtwoord.getBytes(StandardCharsets.UTF_8).length > MAXIMUM) {
            return new Afgewezen("Een wachtwoord heeft hoogstens " + MAXIMUM + " tekens (letters met accenten tellen dubbel).");
        }
        return new Toegestaan();
    }
}
