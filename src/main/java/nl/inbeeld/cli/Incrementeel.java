package nl.inbeeld.cli;

import java.util.Arrays;
import java.util.List;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.verzuim.Signaaldetectie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Incremental re-detection in process: for one pupil at a time, one new absence row is inserted (LUXE, 60 minutes,
 * on a day the pupil already has a row) and that pupil's signals are recomputed and stored; the transaction is
 * rolled back so every round sees the same data. Times the recomputation only.
 */
final class Incrementeel {

    record Uitslag(int metingen, double p50Micros, double p99Micros, double maxMicros) {}

    private Incrementeel() {}

    static Uitslag meet(JdbcClient jdbc, TransactionTemplate transactie, Signaaldetectie detectie, int metingen) {
        record Plek(String leerling, String school, java.sql.Date datum) {}
        List<Plek> plekken = jdbc.sql("""
                select distinct on (leerling_id) leerling_id, school_id, datum from absentie
                where code <> 'LUXE' order by leerling_id, datum limit ?""").param(metingen)
                .query((rs, i) -> new Plek(rs.getString(1), rs.getString(2), rs.getDate(3))).list();
        int opwarmen = Math.min(200, plekken.size());
        long[] tijden = new long[plekken.size()];
        for (int ronde = 0; ronde < 2; ronde++) {
            int n = ronde == 0 ? opwarmen : plekken.size();
            for (int i = 0; i < n; i++) {
                Plek p = plekken.get(i);
                int k = i;
                boolean meten = ronde == 1;
                transactie.executeWithoutResult(status -> {
                    jdbc.sql("""
                            insert into absentie (leerling_id, school_id, datum, code, minuten, vastgelegd_door,
                              vastgelegd_op) values (?, ?, ?, 'LUXE', 60, 'bench', now()) on conflict do nothing""")
                            .params(p.leerling(), p.school(), p.datum()).update();
                    long start = System.nanoTime();
                    detectie.herbereken(List.of(new LeerlingId(p.leerling())));
                    if (meten) tijden[k] = System.nanoTime() - start;
                    status.setRollbackOnly();
                });
            }
        }
        Arrays.sort(tijden);
        if (tijden.length == 0) return new Uitslag(0, 0, 0, 0);
        return new Uitslag(tijden.length, tijden[tijden.length / 2] / 1e3,
                tijden[Math.min(tijden.length - 1, (int) Math.ceil(tijden.length * 0.99) - 1)] / 1e3,
                tijden[tijden.length - 1] / 1e3);
    }
}
