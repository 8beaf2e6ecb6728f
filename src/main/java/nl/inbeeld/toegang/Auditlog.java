package nl.inbeeld.toegang;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import nl.inbeeld.opslag.Rondgang;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The audit log (AVG): every read and change of pupil-level data, with who, when, what and for which purpose.
 * Append only: the table refuses updates and deletes (V2 trigger).
 */
@Service
public class Auditlog {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    Auditlog(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    /**
     * Records one access. {@code handeling} says what (e.g. {@code LEZEN melding 17}, {@code WIJZIGEN absentie}),
     * {@code leerling} the pupil concerned (null for a list without one pupil), {@code doel} the purpose.
     */
    public void vastleggen(Gebruiker gebruiker, String handeling, String leerling, String doel) {
        vastleggen(gebruiker, handeling, leerling, doel, Audituitkomst.GEDAAN);
    }

    /**
     * Records a refused request: a change a rule or the user's rights refused, or a read of a pupil or melding
     * outside the user's Bereik (answered 404). {@code leerling} is the pupil asked for, when the request named one.
     */
    public void weigering(Gebruiker gebruiker, String handeling, String leerling, String doel) {
        vastleggen(gebruiker, handeling, leerling, doel, Audituitkomst.GEWEIGERD);
    }

    /** Records one access with its outcome. */
    public void vastleggen(Gebruiker gebruiker, String handeling, String leerling, String doel, Audituitkomst uitkomst) {
        Rondgang.uitvoeren(template, List.of(regel(gebruiker, handeling, leerling, doel, uitkomst)));
    }

    /** As {@link #vastleggen}, as a statement to send in one round trip with the change it records (carried out). */
    public Rondgang.Deel regel(Gebruiker gebruiker, String handeling, String leerling, String doel) {
        return regel(gebruiker, handeling, leerling, doel, Audituitkomst.GEDAAN);
    }

    /** As {@link #vastleggen(Gebruiker, String, String, String, Audituitkomst)}, as a statement for one round trip. */
    public Rondgang.Deel regel(Gebruiker gebruiker, String handeling, String leerling, String doel, Audituitkomst uitkomst) {
        return Rondgang.Deel.schrijf("insert into audit (op, gebruiker, rol, handeling, leerling_id, doel, uitkomst)"
                + " values (?, ?, ?, ?, ?, ?, ?)", Timestamp.from(clock.instant()), gebruiker.naam(), gebruiker.rol().name(),
                handeling, leerling, doel, uitkomst.name());
    }

    /**
     * Records one entry per row of {@code bron}, a query (written in code, never from input) that gives the columns
     * (handeling, leerling_id): many entries in one statement, e.g. every pupil an import changed. Returns how many.
     */
    public int vastleggenUit(Gebruiker gebruiker, String doel, String bron, Object... parameters) {
        Object[] alle = new Object[parameters.length + 4];
        alle[0] = Timestamp.from(clock.instant());
        alle[1] = gebruiker.naam();
        alle[2] = gebruiker.rol().name();
        alle[3] = doel;
        System.arraycopy(parameters, 0, alle, 4, parameters.length);
        return template.update("insert into audit (op, gebruiker, rol, handeling, leerling_id, doel)"
                + " select ?::timestamptz, ?::text, ?::text, b.handeling, b.leerling_id, ?::text"
                + " from (" + bron + ") b (handeling, leerling_id)", alle);
    }

    /** One audit entry. */
    public record Regel(java.time.OffsetDateTime op, String gebruiker, String rol, String handeling, String leerling, String doel,
            Audituitkomst uitkomst) {}

    /** The newest entries (at most {@code max}), of one pupil when {@code leerling} is given. */
    public java.util.List<Regel> lees(String leerling, int max) {
        return jdbc.sql("select op, gebruiker, rol, handeling, leerling_id, doel, uitkomst from audit where (?::text is null or leerling_id = ?)"
                        + " order by id desc limit ?")
                .params(leerling, leerling, max)
                .query((rs, i) -> new Regel(rs.getObject(1, java.time.OffsetDateTime.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6),
                        Audituitkomst.valueOf(rs.getString(7))))
                .list();
    }
}
