package nl.inbeeld.toegang;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Break-glass for the BEHEERDER: pupil data only through an explicit inzage with a reason (AVG art. 5 lid 1 b),
 * open for {@code inbeeld.inzage.duur} (default one hour), recorded in its own table and in the audit log, and listed
 * on the audit page. Without one, a beheerder's {@link Bereik} holds no pupil.
 */
@Service
public class InzageMetReden {

    static final int MIN_REDEN = 10;
    static final int MAX_REDEN = 1000;

    private final JdbcClient jdbc;
    private final Auditlog audit;
    private final Clock clock;
    private final Duration duur;

    InzageMetReden(JdbcClient jdbc, Auditlog audit, Clock clock, @Value("${inbeeld.inzage.duur:1h}") Duration duur) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.duur = duur;
    }

    /** One inzage met reden: who, which pupil, why, when, until when. */
    public record Inzage(String gebruiker, String leerling, String reden, OffsetDateTime op, OffsetDateTime geldigTot) {}

    /** The pupils (ids) this beheerder has opened now. */
    Set<String> actueel(String gebruiker) {
        return new HashSet<>(jdbc.sql("select leerling_id from inzage_met_reden where gebruiker = ? and geldig_tot > ?")
                .params(gebruiker, Timestamp.from(clock.instant())).query(String.class).list());
    }

    /**
     * Opens a pupil for a beheerder with a reason; returns the Dutch refusal when the reason or the id is not
     * acceptable. The opening itself is in the audit log with its reason as purpose.
     */
    Optional<String> open(Gebruiker beheerder, String leerling, String reden) {
        if (beheerder.rol() != Rol.BEHEERDER) return Optional.of("Alleen een beheerder kan een inzage met reden openen.");
        String id = leerling == null ? "" : leerling.strip();
        if (id.isEmpty() || id.length() > 64 || !id.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return Optional.of("Vul een geldig leerling-id in (hoogstens 64 tekens, zonder spaties).");
        }
        String r = reden == null ? "" : reden.strip();
        if (r.length() < MIN_REDEN || r.length() > MAX_REDEN) {
            return Optional.of("Geef de reden van de inzage (" + MIN_REDEN + " tot " + MAX_REDEN + " tekens): die wordt"
                    + " vastgelegd en getoond in het auditlog.");
        }
        var nu = clock.instant();
        jdbc.sql("insert into inzage_met_reden (gebruiker, leerling_id, reden, op, geldig_tot) values (?, ?, ?, ?, ?)")
                .params(beheerder.naam(), id, r, Timestamp.from(nu), Timestamp.from(nu.plus(duur))).update();
        audit.vastleggen(beheerder, "INZAGE MET REDEN geopend tot " + nu.plus(duur), id, r);
        return Optional.empty();
    }

    /** The newest openings, for the audit page. */
    List<Inzage> laatste(int max) {
        return jdbc.sql("select gebruiker, leerling_id, reden, op, geldig_tot from inzage_met_reden order by id desc limit ?")
                .param(max)
                .query((rs, i) -> new Inzage(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class)))
                .list();
    }
}
