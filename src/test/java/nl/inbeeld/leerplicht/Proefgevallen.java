package nl.inbeeld.leerplicht;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the columns of the rule tables into {@link Jongere}s, so the tables stay in plain Dutch. */
final class Proefgevallen {

    private static final Pattern HANDMATIG = Pattern.compile("(\\d+) na (\\d{4}/\\d{2})");
    private static final Pattern BASIS =
            Pattern.compile("start (\\d{4}/\\d{2}), basis (\\d+) jaar( voltooid)?");

    private Proefgevallen() {
    }

    /** "11 na 2024/25" (the leerplichtambtenaar's count) or "start 2014/15, basis 7 jaar voltooid"; empty: unknown. */
    static Schoolloopbaan loopbaan(String tekst) {
        if (tekst == null || tekst.isBlank()) return null;
        Matcher m = HANDMATIG.matcher(tekst.strip());
        if (m.matches()) return Schoolloopbaan.handmatig(Integer.parseInt(m.group(1)), Schooljaar.parse(m.group(2)));
        m = BASIS.matcher(tekst.strip());
        if (m.matches()) {
            return Schoolloopbaan.volgensBasisonderwijs(Schooljaar.parse(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) != null);
        }
        throw new IllegalArgumentException("Onbekende loopbaan: " + tekst);
    }

    static boolean jaNee(String tekst) {
        return switch (tekst == null ? "nee" : tekst.strip()) {
            case "ja" -> true;
            case "nee" -> false;
            default -> throw new IllegalArgumentException("ja of nee: " + tekst);
        };
    }

    static Leerplichttijdlijn tijdlijn(LocalDate geboren, LocalDate startkwalificatie, String vrij, String loopbaan) {
        return tijdlijn(geboren, startkwalificatie, vrij, loopbaan, Leerplichtinstellingen.standaard());
    }

    static Leerplichttijdlijn tijdlijn(LocalDate geboren, LocalDate startkwalificatie, String vrij, String loopbaan,
                                       Leerplichtinstellingen instellingen) {
        Jongere jongere = new Jongere(geboren, startkwalificatie, loopbaan(loopbaan), jaNee(vrij));
        return Leerplicht.tijdlijn(jongere, Proefkalender.KALENDER, instellingen);
    }
}
