package nl.inbeeld.cli;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeSet;

/**
 * The check of the benchmark: per pupil and school, the engine's first VERZUIM_16_UUR einddatum must equal the day
 * the SQL rule finds (see {@link Sqlbasis}), in PostgreSQL and in DuckDB: the same pairs, the same days.
 */
final class Controle16Uur {

    private Controle16Uur() {}

    static String vergelijk(Map<String, LocalDate> inbeeld, Map<String, LocalDate> postgres, Map<String, LocalDate> duckdb) {
        String pg = verschil("PostgreSQL", inbeeld, postgres);
        String duck = duckdb == null ? "DuckDB niet gemeten" : verschil("DuckDB", inbeeld, duckdb);
        if (pg == null && duck == null) {
            return "CONTROLE OK: " + inbeeld.size() + " (leerling, school)-paren met een eerste VERZUIM_16_UUR, "
                    + "dezelfde einddatum in InBeeld, PostgreSQL en DuckDB";
        }
        return "CONTROLE MISLUKT: " + (pg == null ? "" : pg + "; ") + (duck == null ? "" : duck);
    }

    private static String verschil(String naam, Map<String, LocalDate> inbeeld, Map<String, LocalDate> sql) {
        var sleutels = new TreeSet<>(inbeeld.keySet());
        sleutels.addAll(sql.keySet());
        int fout = 0;
        String voorbeeld = null;
        for (String k : sleutels) {
            LocalDate a = inbeeld.get(k), b = sql.get(k);
            if (a == null || !a.equals(b)) {
                if (fout++ == 0) voorbeeld = k + ": InBeeld " + a + ", " + naam + " " + b;
            }
        }
        return fout == 0 ? null : naam + " wijkt af bij " + fout + " paren, bv. " + voorbeeld;
    }
}
