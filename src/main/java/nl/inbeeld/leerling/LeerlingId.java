package nl.inbeeld.leerling;

import java.util.regex.Pattern;

/** An opaque pupil identifier from the school's administration: 1 to 64 characters {@code [A-Za-z0-9_-]}. */
public record LeerlingId(String waarde) implements Comparable<LeerlingId> {
    private static final Pattern VORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public LeerlingId {
        if (!isGeldig(waarde)) throw new IllegalArgumentException("Ongeldige leerling_id: " + waarde);
    }

    public static boolean isGeldig(String waarde) {
        return waarde != null && VORM.matcher(waarde).matches();
    }

    @Override
    public int compareTo(LeerlingId o) {
        return waarde.compareTo(o.waarde);
    }

    @Override
    public String toString() {
        return waarde;
    }
}
