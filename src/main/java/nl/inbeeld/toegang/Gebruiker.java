package nl.inbeeld.toegang;

/** The user a request or command acts for: name, role and what they may see. */
public record Gebruiker(String naam, Rol rol, Bereik bereik) {

    /** The command line and background jobs act as the system, with full reach. */
    public static Gebruiker systeem(String naam) {
        return new Gebruiker(naam, Rol.BEHEERDER, Bereik.ALLES);
    }
}
