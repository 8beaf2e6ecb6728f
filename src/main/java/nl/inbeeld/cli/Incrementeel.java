package nl.inbeeld.cli;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.verzuim.Signaaldetectie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Incremental re-detection in process: for one pupil at a time, one new absence row is inserted (LUXE, 60 minutes,
 * on a day the pupil already has a row) and that pupil's signals are recomputed and stored, melding drafts included;
 * the transaction is rolled back so every round sees the same data. Times the recomputation only. Every measured
 * pupil is measured once and was not touched before. First, rounds on other pupils bring the code to the state of a
 * running server: blocks of rounds until the JIT compiled for less than 1% of a block's time (at most
 * {@value #BLOKKEN} blocks). With a fixed 200 rounds the JIT was still compiling the path during the measurement,
 * on the same 2 cores, for about as long as the measurement took.
 */
final class Incrementeel {

    private static final int BLOKKEN = 50;

    /** The times of the measured rounds; {@code metConcept}: how many of them made or extended a melding draft. */
    record Uitslag(int metingen, int opwarmrondes, double p50Micros, double p99Micros, double maxMicros, int metConcept) {}

    /** One round: the time of the recomputation, and whether it linked a new signal to a melding draft. */
    private record Ronde(long nanos, boolean concept) {}

    private Incrementeel() {}

    private record Plek(String leerling, String school, java.sql.Date datum) {}

    static Uitslag meet(JdbcClient jdbc, TransactionTemplate transactie, Signaaldetectie detectie, int metingen) {
        List<Plek> plekken = jdbc.sql("""
                select distinct on (leerling_id) leerling_id, school_id, datum from absentie
                where code <> 'LUXE' order by leerling_id, datum limit ?""").param(2 * metingen)
                .query((rs, i) -> new Plek(rs.getString(1), rs.getString(2), rs.getDate(3))).list();
        int gemeten = Math.min(metingen, plekken.size() / 2);
        var opwarmen = plekken.subList(0, plekken.size() - gemeten);
        var meten = plekken.subList(plekken.size() - gemeten, plekken.size());
        int blok = Math.max(100, gemeten), rondes = 0;
        var jit = ManagementFactory.getCompilationMXBean();
        for (int b = 0; b < BLOKKEN && gemeten > 0; b++) {
            long compileren = jit.getTotalCompilationTime(), start = System.nanoTime();
            for (int i = 0; i < blok; i++) ronde(jdbc, transactie, detectie, opwarmen.get(rondes++ % opwarmen.size()));
            if ((jit.getTotalCompilationTime() - compileren) * 1e6 < 0.01 * (System.nanoTime() - start)) break;
        }
        long[] tijden = new long[gemeten];
        int metConcept = 0;
        for (int i = 0; i < gemeten; i++) {
            var r = ronde(jdbc, transactie, detectie, meten.get(i));
            tijden[i] = r.nanos();
            if (r.concept()) metConcept++;
        }
        return uitslag(tijden, rondes, metConcept);
    }

    /** p50, p99 and max of these times (nanoseconds, in any order). */
    static Uitslag uitslag(long[] tijden, int opwarmrondes, int metConcept) {
        Arrays.sort(tijden);
        if (tijden.length == 0) return new Uitslag(0, 0, 0, 0, 0, 0);
        return new Uitslag(tijden.length, opwarmrondes, tijden[tijden.length / 2] / 1e3,
                tijden[Math.min(tijden.length - 1, (int) Math.ceil(tijden.length * 0.99) - 1)] / 1e3,
                tijden[tijden.length - 1] / 1e3, metConcept);
    }

    /**
     * One round: inserts the row, times the recomputation, rolls back. Outside the timed part it counts the pupil's
     * links from signals to meldingen before and after, to report how many rounds took the longest path.
     */
    private static Ronde ronde(JdbcClient jdbc, TransactionTemplate transactie, Signaaldetectie detectie, Plek p) {
        return transactie.execute(status -> {
            var koppelingen = jdbc.sql("select count(*) from melding_signaal where leerling_id = ?").param(p.leerling())
                    .query(Long.class);
            long voor = koppelingen.single();
            jdbc.sql("""
                    insert into absentie (leerling_id, school_id, datum, code, minuten, vastgelegd_door,
                      vastgelegd_op) values (?, ?, ?, 'LUXE', 60, 'bench', now()) on conflict do nothing""")
                    .params(p.leerling(), p.school(), p.datum()).update();
            long start = System.nanoTime();
            detectie.herbereken(List.of(new LeerlingId(p.leerling())));
            long tijd = System.nanoTime() - start;
            boolean concept = koppelingen.single() != voor;
            status.setRollbackOnly();
            return new Ronde(tijd, concept);
        });
    }
}
