package nl.inbeeld.leerling;

/**
 * A pupil's name and class as the school's administration delivers them (leerlingen.csv, spec §7): each part may be
 * null. Personal data under the same reach and audit rules as all pupil data; never written to logs, so this record
 * does not print its parts.
 */
public record Naam(String voornamen, String tussenvoegsel, String achternaam, String klas) {

    public static final int MAX_VOORNAMEN = 200;
    public static final int MAX_TUSSENVOEGSEL = 40;
    public static final int MAX_ACHTERNAAM = 200;
    public static final int MAX_KLAS = 40;

    /** No name known. */
    public static final Naam ONBEKEND = new Naam(null, null, null, null);

    public Naam {
        voornamen = leegIsNull(voornamen);
        tussenvoegsel = leegIsNull(tussenvoegsel);
        achternaam = leegIsNull(achternaam);
        klas = leegIsNull(klas);
    }

    /** Whether any part of the name (not the class) is known. */
    public boolean bekend() {
        return voornamen != null || tussenvoegsel != null || achternaam != null;
    }

    /** "Voornamen tussenvoegsel Achternaam" of the known parts; "" when none is known. */
    public String volledig() {
        return volledig(voornamen, tussenvoegsel, achternaam);
    }

    /** As {@link #volledig()} for parts read from the database (each may be null). */
    public static String volledig(String voornamen, String tussenvoegsel, String achternaam) {
        StringBuilder b = new StringBuilder();
        for (String deel : new String[] {voornamen, tussenvoegsel, achternaam}) {
            if (deel == null || deel.isEmpty()) continue;
            if (!b.isEmpty()) b.append(' ');
            b.append(deel);
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return "Naam[verborgen]";
    }

    private static String leegIsNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
