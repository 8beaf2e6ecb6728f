package nl.inbeeld.leerling;

import java.util.regex.Pattern;

/**
 * A parent or carer of a pupil with the address letters go to (ouders.csv, spec §7; key leerling_id, naam). The
 * postcode is stored as {@code 1234 AB}. Personal data: never written to logs, so this record does not print it.
 */
public record Ouder(LeerlingId leerling, String naam, String adres, String postcode, String woonplaats, String email,
        String telefoon) {

    public static final int MAX_NAAM = 200;
    public static final int MAX_ADRES = 200;
    public static final int MAX_WOONPLAATS = 100;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_TELEFOON = 40;
    public static final String POSTCODE_VORM = "[1-9][0-9]{3} ?[A-Z]{2}";
    private static final Pattern POSTCODE = Pattern.compile(POSTCODE_VORM);

    public Ouder {
        email = email == null || email.isEmpty() ? null : email;
        telefoon = telefoon == null || telefoon.isEmpty() ? null : telefoon;
    }

    /** Whether {@code s} is a Dutch postcode as spec §7 writes it. */
    public static boolean isPostcode(String s) {
        return POSTCODE.matcher(s).matches();
    }

    /** A valid postcode with its single space: {@code 1234AB} becomes {@code 1234 AB}. */
    public static String normaliseer(String postcode) {
        return postcode.length() == 6 ? postcode.substring(0, 4) + " " + postcode.substring(4) : postcode;
    }

    @Override
    public String toString() {
        return "Ouder[" + leerling.waarde() + ", verborgen]";
    }
}
