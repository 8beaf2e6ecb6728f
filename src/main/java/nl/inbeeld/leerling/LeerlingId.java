package nl.inbeeld.leerling;

/** An opaque pupil identifier from the school's administration: 1 to 64 characters {@code [A-Za-z0-9_-]}. */
public record LeerlingId(String waarde) implements Comparable<LeerlingId> {
    public LeerlingId {
        if (!isGeldig(waarde)) throw new IllegalArgumentException("Ongeldige leerling_id: " + waarde);
    }

    /** Same as the pattern {@code [A-Za-z0-9_-]{1,64}}, without a regex: ids are checked for every row read. */
    public static boolean isGeldig(String waarde) {
        if (waarde == null || waarde.isEmpty() || waarde.length() > 64) return false;
        for (int i = 0; i < waarde.length(); i++) {
            char c = waarde.charAt(i);
            boolean goed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
            if (!goed) return false;
        }
        return true;
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
