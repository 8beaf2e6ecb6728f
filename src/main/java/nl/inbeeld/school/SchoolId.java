package nl.inbeeld.school;

/** A school location: BRIN (4 characters) plus vestiging (2 digits), e.g. {@code 12AB00}. */
public record SchoolId(String waarde) implements Comparable<SchoolId> {
    public SchoolId {
        if (!isGeldig(waarde)) throw new IllegalArgumentException("Ongeldige school_id: " + waarde);
    }

    /** Same as the pattern {@code [0-9A-Z]{4}[0-9]{2}}, without a regex: ids are checked for every row read. */
    public static boolean isGeldig(String waarde) {
        if (waarde == null || waarde.length() != 6) return false;
        for (int i = 0; i < 6; i++) {
            char c = waarde.charAt(i);
            boolean cijfer = c >= '0' && c <= '9';
            if (i < 4 ? !(cijfer || c >= 'A' && c <= 'Z') : !cijfer) return false;
        }
        return true;
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
