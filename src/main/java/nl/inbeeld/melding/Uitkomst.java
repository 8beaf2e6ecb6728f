package nl.inbeeld.melding;

/** What leerplicht did with a melding, recorded when it is closed and shown to the school (rules.md 2.3.12, §6). */
public enum Uitkomst {
    GESPREK_GEVOERD("Gesprek gevoerd"),
    WAARSCHUWING("Waarschuwing"),
    HALT("Verwezen naar Halt"),
    PROCES_VERBAAL("Proces-verbaal"),
    ZORGTRAJECT("Zorgtraject"),
    GEEN_ACTIE("Geen actie");

    private final String omschrijving;

    Uitkomst(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
