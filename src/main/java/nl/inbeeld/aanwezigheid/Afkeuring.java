package nl.inbeeld.aanwezigheid;

/**
 * A rejected row of an import (spec §2): file, line (1-based, the header is line 1), column (null when the whole
 * row or file is meant) and the reason in Dutch.
 */
public record Afkeuring(String bestand, long regel, String kolom, String reden) {

    /** In the form of spec §2: {@code absenties.csv:17: datum: 2025-10-21 is geen lesdag van school 12AB00 (herfstvakantie)}. */
    @Override
    public String toString() {
        return bestand + ":" + regel + ": " + (kolom == null ? "" : kolom + ": ") + reden;
    }
}
