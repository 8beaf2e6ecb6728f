package nl.inbeeld.melding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.verzuim.Signaaldetectie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The round trips of recomputing one pupil after one absence entered (the incremental path of issue 4), counted on
 * the wire: every Sync message pgjdbc sends ends one round trip. One round trip reads everything detection needs, one
 * writes the signals that changed; when a mandatory signal changed, one reads the pupil's drafts and one writes the
 * drafts with their audit entry. Each case also checks what was written, so fewer round trips cannot come from
 * skipped work.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "inbeeld.klok.vandaag=2025-10-13")
@ActiveProfiles({"test", "demo"})
class RondgangenTest {

    static final LeerlingId B1 = new LeerlingId("L-B1");

    @Autowired JdbcClient jdbc;
    @Autowired Signaaldetectie detectie;
    @Autowired TransactionTemplate transactie;

    @BeforeEach
    void administratie() {
        Testregio.vul(jdbc);
        detectie.herbereken(Set.of(B1, MeldingenTest.B6, MeldingenTest.NIJMEEGS));
    }

    /** Inserts the absence and recomputes L-B1 in one transaction; returns the round trips of the recomputation. */
    int rondgangen(String datum, String code, int minuten) {
        return transactie.execute(status -> {
            jdbc.sql("insert into absentie (leerling_id, school_id, datum, code, minuten, vastgelegd_door, vastgelegd_op)"
                    + " values ('L-B1', '21AB00', ?::date, ?, ?, 'test', now())").params(datum, code, minuten).update();
            return Synchronisaties.tel(() -> detectie.herbereken(Set.of(B1)));
        });
    }

    long telling(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void eenNieuwConceptKostVierRondgangen() {
        long audit = telling("select count(*) from audit");
        // a luxe day away from L-B1's 16 hours (spec v1.1 §7: one inside them would be named in the 16-hour melding)
        assertThat(rondgangen("2025-11-10", "LUXE", 300)).isEqualTo(4);
        assertThat(telling("select count(*) from melding m join melding_signaal s on s.melding_id = m.id"
                + " where m.leerling_id = 'L-B1' and m.soort = 'LUXE_VERZUIM' and s.einddatum = '2025-11-10'")).isEqualTo(1);
        assertThat(telling("select count(*) from audit")).isEqualTo(audit + 1);
    }

    @Test
    void eenGewijzigdNietVerplichtSignaalKostTweeRondgangen() {
        String teLaat = "select soort || ' ' || einddatum || ' ' || aantal from signaal where leerling_id = 'L-B1'"
                + " and soort = 'TE_LAAT_HERHAALD'";
        String meldingen = "select string_agg(id || ' ' || einddatum || ' ' || minuten, ', ' order by id) from melding";
        String voor = jdbc.sql(teLaat).query(String.class).single(), meldingenVoor = jdbc.sql(meldingen).query(String.class).single();
        // a fourth late arrival in the week before the 16-hour window: only the late-arrival signal changes
        assertThat(rondgangen("2025-09-03", "TE_LAAT", 5)).isEqualTo(2);
        assertThat(jdbc.sql(teLaat).query(String.class).single()).isNotEqualTo(voor);
        assertThat(jdbc.sql(meldingen).query(String.class).single()).isEqualTo(meldingenVoor);
    }

    @Test
    void zonderGevolgKostHetEenRondgang() {
        var voor = jdbc.sql("select ctid::text from signaal where leerling_id = 'L-B1' order by 1").query(String.class).list();
        assertThat(rondgangen("2025-09-10", "VERLOF", 60)).isEqualTo(1);
        assertThat(jdbc.sql("select ctid::text from signaal where leerling_id = 'L-B1' order by 1").query(String.class).list())
                .isEqualTo(voor);
    }

    /** Counts the Sync messages pgjdbc logs (at FINEST) on this thread while a step runs. */
    static final class Synchronisaties extends Handler {
        private static final Logger PROTOCOL = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
        private final Thread draad = Thread.currentThread();
        private final AtomicInteger aantal = new AtomicInteger();

        static int tel(Runnable stap) {
            var teller = new Synchronisaties();
            Level was = PROTOCOL.getLevel();
            boolean ouders = PROTOCOL.getUseParentHandlers();
            PROTOCOL.addHandler(teller);
            PROTOCOL.setUseParentHandlers(false);
            PROTOCOL.setLevel(Level.FINEST);
            try {
                stap.run();
            } finally {
                PROTOCOL.setLevel(was);
                PROTOCOL.setUseParentHandlers(ouders);
                PROTOCOL.removeHandler(teller);
            }
            return teller.aantal.get();
        }

        @Override
        public void publish(LogRecord r) {
            if (Thread.currentThread() == draad && " FE=> Sync".equals(r.getMessage())) aantal.incrementAndGet();
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
