package nl.inbeeld.aanwezigheid.inlezen;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Fast, strict reading of ISO dates ({@code yyyy-MM-dd}); impossible dates such as 2025-02-30 are rejected. */
final class Datums {

    private Datums() {}

    /**
     * The epoch day of field {@code veld} of a parsed record, read without making a String of it, or
     * {@link Velden#GEEN_DAG} when it is not a valid ISO date.
     */
    static int epochDag(Ruwerij r, int veld) {
        if (r.lengte(veld) != 10 || r.teken(veld, 4) != '-' || r.teken(veld, 7) != '-') return Velden.GEEN_DAG;
        int jaar = cijfers(r, veld, 0, 4), maand = cijfers(r, veld, 5, 7), dag = cijfers(r, veld, 8, 10);
        return datum(jaar, maand, dag);
    }

    private static int datum(int jaar, int maand, int dag) {
        if (jaar < 1 || maand < 0 || dag < 0) return Velden.GEEN_DAG;
        try {
            return (int) LocalDate.of(jaar, maand, dag).toEpochDay();
        } catch (DateTimeException e) {
            return Velden.GEEN_DAG;
        }
    }

    private static int cijfers(Ruwerij r, int veld, int van, int tot) {
        int n = 0;
        for (int i = van; i < tot; i++) {
            char c = r.teken(veld, i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
