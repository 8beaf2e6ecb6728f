package nl.inbeeld.verzuim;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.inbeeld.school.Lesdagindex;
import nl.inbeeld.school.School;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.school.Schoolkalender;
import nl.inbeeld.school.Scholen;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The schools' calendars as detection needs them, indexed per school year and kept in memory. Every change of the
 * tables school or kalender takes a new number in {@code kalenderversie} (V4 triggers; from any process), and the
 * cached state is read again only when that number changed.
 */
@Component
class Kalenders {

    private final Scholen scholen;
    private final JdbcClient jdbc;
    private volatile Versie bewaard = new Versie(-1, null);

    private record Versie(long nummer, Stand stand) {}

    Kalenders(Scholen scholen, JdbcClient jdbc) {
        this.scholen = scholen;
        this.jdbc = jdbc;
    }

    Stand stand() {
        return stand(jdbc.sql("select versie from kalenderversie").query(Long.class).single());
    }

    /** The state for this {@code kalenderversie}, read by the caller (together with other rows, in one round trip). */
    Stand stand(long nummer) {
        Versie v = bewaard;
        if (v.nummer() == nummer) return v.stand();
        Stand stand = lees();
        bewaard = new Versie(nummer, stand);
        return stand;
    }

    private Stand lees() {
        Map<SchoolId, Schoolkalender> kalenders = scholen.kalenders();
        Map<SchoolId, SchoolStand> perSchool = new HashMap<>();
        for (School s : scholen.alle()) {
            perSchool.put(s.id(), new SchoolStand(kalenders.get(s.id()), s.lesminutenPerDag()));
        }
        return new Stand(perSchool);
    }

    /** All schools as read at one moment. */
    record Stand(Map<SchoolId, SchoolStand> perSchool) {
        SchoolStand van(SchoolId school) {
            SchoolStand s = perSchool.get(school);
            if (s == null) throw new IllegalStateException("Onbekende school " + school);
            return s;
        }
    }

    /** One school: its calendar, lesson minutes, and day indexes built per school year on first use. */
    static final class SchoolStand {
        private final Schoolkalender kalender;
        private final int lesminutenPerDag;
        private final Map<Long, Lesdagindex> perSchooljaar = new java.util.concurrent.ConcurrentHashMap<>();

        SchoolStand(Schoolkalender kalender, int lesminutenPerDag) {
            this.kalender = kalender;
            this.lesminutenPerDag = lesminutenPerDag;
        }

        Schoolkalender kalender() {
            return kalender;
        }

        int lesminutenPerDag() {
            return lesminutenPerDag;
        }

        /**
         * An index covering the days from {@code van} to {@code tot}: a school year from 1 August (with the
         * lesweken of the previous school year's end, since a 4-week window may reach back), or a wider
         * range when the days span several school years.
         */
        Lesdagindex index(long van, long tot) {
            long einde = Detector.schooljaarEinde(van);
            if (tot <= einde) {
                return perSchooljaar.computeIfAbsent(einde, e -> {
                    LocalDate eind = LocalDate.ofEpochDay(e);
                    return kalender.index(eind.minusYears(1).minusWeeks(8), eind);
                });
            }
            return kalender.index(LocalDate.ofEpochDay(van).minusWeeks(8), LocalDate.ofEpochDay(tot));
        }
    }
}
