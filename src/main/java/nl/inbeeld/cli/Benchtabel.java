package nl.inbeeld.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The printed table of the benchmark: one line per measurement with time, rows per second and a remark. */
final class Benchtabel {

    private final List<String> regels = new ArrayList<>();

    void kop(String tekst) {
        regels.add(tekst);
        regels.add(String.format(Locale.ROOT, "%-84s %10s %15s  %s", "meting", "tijd", "rijen/s", "verhouding"));
    }

    void tussenkop(String tekst) {
        regels.add("-- " + tekst);
    }

    void regel(String meting, double seconden, long rijen, String opmerking) {
        String snelheid = rijen == 0 || Double.isNaN(seconden) ? "" : String.format(Locale.ROOT, "%,.0f", rijen / seconden);
        String tijd = Double.isNaN(seconden) ? "n.v.t." : String.format(Locale.ROOT, "%.4fs", seconden);
        regels.add(String.format(Locale.ROOT, "%-84s %10s %15s  %s", meting, tijd, snelheid, opmerking == null ? "" : opmerking));
    }

    void tekst(String tekst) {
        regels.add("   " + tekst);
    }

    static String x(double verhouding) {
        return String.format(Locale.ROOT, "%.1f×", verhouding);
    }

    void print(PrintWriter uit) {
        regels.forEach(uit::println);
        uit.flush();
    }
}
