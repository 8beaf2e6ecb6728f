package nl.inbeeld.school;

import java.util.regex.Pattern;

/** A municipality by its CBS code: {@code GM} and four digits, e.g. {@code GM0363} (Amsterdam). */
public record Gemeentecode(String waarde) implements Comparable<Gemeentecode> {
    private static final Pattern VORM = Pattern.compile("GM[0-9]{4}");

    public Gemeentecode {
        if (!isGeldig(waarde)) throw new IllegalArgumentException("Ongeldige gemeentecode: " + waarde);
    }

    public static boolean isGeldig(String waarde) {
        return waarde != null && VORM.matcher(waarde).matches();
    }

    @Override
    public int compareTo(Gemeentecode o) {
        return waarde.compareTo(o.waarde);
    }

    @Override
    public String toString() {
        return waarde;
    }
}
