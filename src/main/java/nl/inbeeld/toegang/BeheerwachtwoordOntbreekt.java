package nl.inbeeld.toegang;

/**
 * InBeeld refuses to start as a web application: outside demo mode there is no administrator with a password that was
 * set (or a configured password breaks the rule). {@link BeheerwachtwoordAnalyse} explains it in Dutch at start-up.
 */
class BeheerwachtwoordOntbreekt extends RuntimeException {

    static final String HOE = "Zet de omgevingsvariabele INBEELD_WACHTWOORD op een wachtwoord van minstens "
            + Wachtwoordregel.MINIMUM + " tekens voor het account 'beheer' en start InBeeld opnieuw"
            + " (bijvoorbeeld: INBEELD_WACHTWOORD='…' ./inbeeld start). Alleen de demo (./inbeeld start --demo)"
            + " start met het demowachtwoord.";

    /** What is missing, without the how. */
    final String wat;

    BeheerwachtwoordOntbreekt(String wat) {
        super("InBeeld start niet: " + wat + " " + HOE);
        this.wat = "InBeeld start niet: " + wat;
    }
}
