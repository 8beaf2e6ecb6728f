package nl.inbeeld.aanwezigheid;

/**
 * A rejected row of an import (spec §2): the file, the 1-based physical line where the CSV record starts (the
 * header is line 1), the column ({@code ""} when the reason is about the whole row) and the reason in Dutch.
 * The reason does not repeat the column; {@link #alsTekst()} puts them together, e.g.
 * {@code absenties.csv:17: datum 2025-10-21 is geen lesdag van school 12AB00 (herfstvakantie)}.
 */
public record Afkeuring(String bestand, long regel, String kolom, String reden) {

    public Afkeuring {
        if (kolom == null) kolom = "";
    }

    public String alsTekst() {
        return bestand + ":" + regel + ": " + (kolom.isEmpty() ? reden : kolom + " " + reden);
    }

    @Override
    public String toString() {
        return alsTekst();
    }
}
