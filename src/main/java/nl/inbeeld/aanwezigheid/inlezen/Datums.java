package nl.inbeeld.aanwezigheid.inlezen;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Fast, strict reading of ISO dates ({@code yyyy-MM-dd}); impossible dates such as 2025-02-30 are rejected. */
final class Datums {

    private Datums() {}

    /** The epoch day of {@code w}, or {@link Velden#GEEN_DAG} when it is not a valid ISO date. */
    static int epochDag(String w) {
        if (w.length() != 10 || w.charAt(4) != '-' || w.charAt(7) != '-') return Velden.GEEN_DAG;
        int jaar = cijfers(w, 0, 4), maand = cijfers(w, 5, 7), dag = cijfers(w, 8, 10);
        if (jaar < 1 || maand < 0 || dag < 0) return Velden.GEEN_DAG;
        try {
            return (int) LocalDate.of(jaar, maand, dag).toEpochDay();
        } catch (DateTimeException e) {
            return Velden.GEEN_DAG;
        }
    }

    private static int cijfers(String w, int van, int tot) {
        int n = 0;
        for (int i = van; i < tot; i++) {
            char c = w.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
