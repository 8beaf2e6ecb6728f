package nl.inbeeld.aanwezigheid;

/**
 * A finding about a row that was stored all the same (not a rejection), by file and line, in Dutch: e.g. an
 * exemption from the duty to enrol (art. 5 onder a, b, c) that overlaps an enrolment (spec §7).
 */
public record Waarschuwing(String bestand, long regel, String tekst) {

    public String alsTekst() {
        return bestand + ":" + regel + ": " + tekst;
    }

    @Override
    public String toString() {
        return alsTekst();
    }
}
