package nl.inbeeld.toegang;

/**
 * InBeeld refuses to start as a web application: outside demo mode there is no administrator with a password that was
 * set, or a configured account breaks a rule. {@link Startweigeringanalyse} explains it in Dutch at start-up.
 */
class Startweigering extends RuntimeException {

    static final String WACHTWOORD_ZETTEN = "Zet de omgevingsvariabele INBEELD_WACHTWOORD op een wachtwoord van minstens "
            + Wachtwoordregel.MINIMUM + " tekens voor het account 'beheer' en start InBeeld opnieuw"
            + " (bijvoorbeeld: INBEELD_WACHTWOORD='…' ./inbeeld start). Alleen de demo (./inbeeld start --demo)"
            + " start met het demowachtwoord.";

    /** What is wrong, and what to do about it. */
    final String wat;
    final String hoe;

    Startweigering(String wat, String hoe) {
        super("InBeeld start niet: " + wat + " " + hoe);
        this.wat = "InBeeld start niet: " + wat;
        this.hoe = hoe;
    }
}
