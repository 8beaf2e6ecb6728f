package nl.inbeeld.aanwezigheid;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import nl.inbeeld.leerling.Leerlingen;
import nl.inbeeld.school.Scholen;
import nl.inbeeld.toegang.Gebruiker;
import nl.inbeeld.toegang.Rol;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering and correcting absence by hand (the school's verzuimadministratie): the same rules as the import, the
 * replaced value kept in the history, the pupil's signals recomputed in the same transaction.
 */
@Service
public class Absentieregistratie {

    private final JdbcClient jdbc;
    private final Scholen scholen;
    private final Leerlingen leerlingen;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Absentieregistratie(JdbcClient jdbc, Scholen scholen, Leerlingen leerlingen, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.scholen = scholen;
        this.leerlingen = leerlingen;
        this.events = events;
        this.clock = clock;
    }

    /** Stores the absence, replacing one with the same pupil, school, day and code. */
    @Transactional
    public Registratiebesluit registreer(Gebruiker gebruiker, Absentie a) {
        var weigering = controleer(gebruiker, a);
        if (weigering != null) return new Registratiebesluit.Geweigerd(weigering);
        int anderen = jdbc.sql("select coalesce(sum(minuten), 0) from absentie where leerling_id = ? and school_id = ?"
                        + " and datum = ? and code <> ?")
                .params(a.leerling().waarde(), a.school().waarde(), Date.valueOf(a.datum()), a.code().name())
                .query(Integer.class).single();
        int max = scholen.zoek(a.school()).orElseThrow().lesminutenPerDag();
        if (anderen + a.minuten() > max) {
            return new Registratiebesluit.Geweigerd("samen " + (anderen + a.minuten()) + " minuten afwezig op " + a.datum()
                    + ", meer dan de " + max + " lesminuten per dag van school " + a.school());
        }
        Instant nu = clock.instant();
        wie(gebruiker, nu);
        jdbc.sql("""
                insert into absentie (leerling_id, school_id, datum, code, minuten, aantal, gemeld_op, vastgelegd_door, vastgelegd_op)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (leerling_id, school_id, datum, code) do update set minuten = excluded.minuten,
                  aantal = excluded.aantal, gemeld_op = excluded.gemeld_op, inlezing_id = null,
                  vastgelegd_door = excluded.vastgelegd_door, vastgelegd_op = excluded.vastgelegd_op
                where (absentie.minuten, absentie.aantal, absentie.gemeld_op)
                  is distinct from (excluded.minuten, excluded.aantal, excluded.gemeld_op)""")
                .params(a.leerling().waarde(), a.school().waarde(), Date.valueOf(a.datum()), a.code().name(), a.minuten(),
                        a.code() == Absentiecode.TE_LAAT ? Math.max(1, a.aantal()) : null,
                        a.gemeldOp() == null ? null : Date.valueOf(a.gemeldOp()), gebruiker.naam(), Timestamp.from(nu))
                .update();
        events.publishEvent(new AbsentiesGewijzigd(Set.of(a.leerling())));
        return new Registratiebesluit.Vastgelegd(a);
    }

    /** Removes an absence row (its value stays in the history). */
    @Transactional
    public Registratiebesluit verwijder(Gebruiker gebruiker, Absentie a) {
        if (!magSchrijven(gebruiker, a)) return new Registratiebesluit.Geweigerd("u mag de administratie van school " + a.school() + " niet wijzigen");
        wie(gebruiker, clock.instant());
        int weg = jdbc.sql("delete from absentie where leerling_id = ? and school_id = ? and datum = ? and code = ?")
                .params(a.leerling().waarde(), a.school().waarde(), Date.valueOf(a.datum()), a.code().name()).update();
        if (weg == 0) return new Registratiebesluit.Geweigerd("deze absentie bestaat niet");
        events.publishEvent(new AbsentiesGewijzigd(Set.of(a.leerling())));
        return new Registratiebesluit.Vastgelegd(a);
    }

    private void wie(Gebruiker gebruiker, Instant nu) {
        jdbc.sql("select set_config('inbeeld.door', ?, true) || set_config('inbeeld.tijdstip', ?, true)")
                .params(gebruiker.naam(), nu.toString()).query(String.class).single();
    }

    private static boolean magSchrijven(Gebruiker g, Absentie a) {
        return g.bereik().alles() || g.rol() == Rol.SCHOOL && g.bereik().isSchoolVan(a.school());
    }

    private String controleer(Gebruiker g, Absentie a) {
        if (!magSchrijven(g, a)) return "u mag de administratie van school " + a.school() + " niet wijzigen";
        var kalender = scholen.kalender(a.school()).orElse(null);
        if (kalender == null) return "onbekende school " + a.school();
        if (!kalender.isLesdag(a.datum())) {
            return a.datum() + " is geen lesdag van school " + a.school()
                    + kalender.periodeOp(a.datum()).map(p -> " (" + p.omschrijving() + ")").orElse("");
        }
        boolean ingeschreven = leerlingen.inschrijvingen(Set.of(a.leerling())).stream()
                .anyMatch(i -> i.school().equals(a.school()) && i.omvat(a.datum()));
        if (!ingeschreven) return "leerling " + a.leerling() + " is op " + a.datum() + " niet ingeschreven bij school " + a.school();
        if (a.minuten() < 1 || a.minuten() > 720) return "minuten moet een geheel getal van 1 tot en met 720 zijn";
        if (a.gemeldOp() != null && a.gemeldOp().isBefore(a.datum().minusYears(1))) return "gemeld op ligt te ver voor de datum";
        return null;
    }
}
