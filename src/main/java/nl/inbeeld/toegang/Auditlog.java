package nl.inbeeld.toegang;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The audit log (AVG): every read and change of pupil-level data, with who, when, what and for which purpose.
 * Append only: the table refuses updates and deletes (V2 trigger).
 */
@Service
public class Auditlog {

    private final JdbcClient jdbc;
    private final Clock clock;

    Auditlog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records one access. {@code handeling} says what (e.g. {@code LEZEN melding 17}, {@code WIJZIGEN absentie}),
     * {@code leerling} the pupil concerned (null for a list without one pupil), {@code doel} the purpose.
     */
    public void vastleggen(Gebruiker gebruiker, String handeling, String leerling, String doel) {
        jdbc.sql("insert into audit (op, gebruiker, rol, handeling, leerling_id, doel) values (?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), gebruiker.naam(), gebruiker.rol().name(), handeling, leerling, doel)
                .update();
    }
}
