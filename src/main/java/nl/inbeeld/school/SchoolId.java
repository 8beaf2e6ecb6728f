package nl.inbeeld.school;

import java.util.regex.Pattern;

/** A school location: BRIN (4 characters) plus vestiging (2 digits), e.g. {@code 12AB00}. */
public record SchoolId(String waarde) implements Comparable<SchoolId> {
    private static final Pattern VORM = Pattern.compile("[0-9A-Z]{4}[0-9]{2}");

    public SchoolId {
        if (!isGeldig(waarde)) throw new IllegalArgumentException("Ongeldige school_id: " + waarde);
    }

    public static boolean isGeldig(String waarde) {
        return waarde != null && VORM.matcher(waarde).matches();
    }

    @Override
    public int compareTo(SchoolId o) {
        return waarde.compareTo(o.waarde);
    }

    @Override
    public String toString() {
        return waarde;
    }
}
