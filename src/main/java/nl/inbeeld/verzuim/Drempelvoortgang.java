package nl.inbeeld.verzuim;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerling.Leerlingen;
import nl.inbeeld.leerplicht.Leerplichtinstellingen;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.toegang.Bereik;
import nl.inbeeld.vrijstelling.Vrijstellingen;
import nl.inbeeld.vrijstelling.Vrijstellingsgrond;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Early warning before art. 21a: pupils whose unexcused minutes in the current window (the lesweek of today and
 * the three before it, counted after their last 16-hour signal) reach the warning level
 * ({@code inbeeld.verzuim.waarschuwing-minuten}, default 720 = 12 of 16 hours) but not yet the threshold.
 */
@Service
public class Drempelvoortgang {

    /** A pupil approaching the threshold: minutes so far in the window that starts on {@code vensterVan}. */
    public record Voortgang(LeerlingId leerling, SchoolId school, int minuten, LocalDate vensterVan) {
        public double uren() {
            return minuten / 60.0;
        }
    }

    private final JdbcClient jdbc;
    private final Kalenders kalenders;
    private final Leerlingen leerlingen;
    private final Detectieregels regels;
    private final Leerplichtinstellingen instellingen;
    private final int waarschuwing;
    private final Vrijstellingen vrijstellingen;

    Drempelvoortgang(JdbcClient jdbc, Kalenders kalenders, Leerlingen leerlingen, Detectieregels regels,
            Leerplichtinstellingen instellingen, Vrijstellingen vrijstellingen, @Value("${inbeeld.verzuim.waarschuwing-minuten:720}") int waarschuwing) {
        this.jdbc = jdbc;
        this.kalenders = kalenders;
        this.leerlingen = leerlingen;
        this.regels = regels;
        this.instellingen = instellingen;
        this.waarschuwing = waarschuwing;
        this.vrijstellingen = vrijstellingen;
    }

    private record Rij(String leerling, String school, LocalDate datum, String code, int minuten, LocalDate herstart) {}

    /**
     * The pupils approaching the threshold whom the user may see by name ({@link Bereik#leerlingen}): a school its own;
     * leerplicht only residents with a ground (the others it sees as counts, {@link #aantallen}).
     */
    public List<Voortgang> naderend(Bereik bereik, LocalDate vandaag) {
        return bereken(bereik.leerlingen("i.leerling_id").en(bereik.tellingen("i.school_id", "l.woongemeente")), vandaag);
    }

    /** Per school, how many pupils approach the threshold, over what the user may count ({@link Bereik#tellingen}). */
    public Map<SchoolId, Integer> aantallen(Bereik bereik, LocalDate vandaag) {
        Map<SchoolId, Integer> perSchool = new java.util.TreeMap<>();
        for (var v : bereken(bereik.tellingen("i.school_id", "l.woongemeente"), vandaag)) perSchool.merge(v.school(), 1, Integer::sum);
        return perSchool;
    }

    private List<Voortgang> bereken(Bereik.Voorwaarde voorwaarde, LocalDate vandaag) {
        Date van = Date.valueOf(vandaag.minusWeeks(10)), tot = Date.valueOf(vandaag);
        List<Object> params = new ArrayList<>(List.of(tot, van));
        params.addAll(voorwaarde.params());
        params.addAll(List.of(van, tot, waarschuwing, van, tot));
        // the pupils enrolled in the window (absence needs an enrolment), then their absence by primary key
        List<Rij> rijen = jdbc.sql("""
                with kandidaat as (
                  select a.leerling_id, a.school_id from (
                    select distinct i.leerling_id, i.school_id from inschrijving i
                    join leerling l on l.leerling_id = i.leerling_id
                    where i.van <= ? and (i.tot_en_met is null or i.tot_en_met >= ?) and %s) p
                  join absentie a on a.leerling_id = p.leerling_id and a.school_id = p.school_id
                  where a.datum between ? and ? and a.code in ('ONGEOORLOOFD', 'LUXE', 'TE_LAAT')
                  group by a.leerling_id, a.school_id having sum(a.minuten) >= ?)
                select a.leerling_id, a.school_id, a.datum, a.code, a.minuten,
                  (select max(s.einddatum) from signaal s where s.leerling_id = k.leerling_id
                    and s.school_id = k.school_id and s.soort in ('VERZUIM_16_UUR', 'RMC_18_PLUS')) as herstart
                from kandidaat k join absentie a on a.leerling_id = k.leerling_id and a.school_id = k.school_id
                where a.datum between ? and ? and a.code in ('ONGEOORLOOFD', 'LUXE', 'TE_LAAT')
                order by a.leerling_id, a.school_id, a.datum""".formatted(voorwaarde.sql()))
                .params(params)
                .query((rs, i) -> new Rij(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
                        rs.getInt(5), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate()))
                .list();
        var stand = kalenders.stand();
        var personen = leerlingen.zoek(new HashSet<>(rijen.stream().map(r -> new LeerlingId(r.leerling())).toList()));
        Map<String, int[]> som = new HashMap<>();
        Map<String, LocalDate> begin = new HashMap<>();
        var art15 = vrijstellingen.van(personen.keySet(), Vrijstellingsgrond.ART_15);
        Map<String, Groepsgrenzen> groepen = new HashMap<>();
        long dag = vandaag.toEpochDay();
        for (Rij r : rijen) {
            if (r.code().equals("TE_LAAT") && !regels.teLaatTeltAlsOngeoorloofd()) continue;
            if (r.herstart() != null && !r.datum().isAfter(r.herstart())) continue;
            var school = stand.van(new SchoolId(r.school()));
            var index = school.index(dag - 80, dag);
            int week = laatsteLesweek(index, dag);
            int w = index.lesweek(r.datum().toEpochDay());
            if (w < 0 || week < 0 || w < week - (regels.lesweken() - 1)) continue;
            String sleutel = r.leerling() + '|' + r.school();
            var persoon = personen.get(new LeerlingId(r.leerling()));
            if (persoon == null) continue;
            var grenzen = groepen.computeIfAbsent(sleutel,
                    k -> Groepen.van(persoon, school.kalender(), instellingen,
                            art15.getOrDefault(persoon.id(), List.of())));
            if (!grenzen.plichtig(r.datum().toEpochDay())) continue;
            som.computeIfAbsent(sleutel, k -> new int[1])[0] += r.minuten();
            begin.putIfAbsent(sleutel, r.datum());
        }
        List<Voortgang> uit = new ArrayList<>();
        som.forEach((k, m) -> {
            if (m[0] >= waarschuwing && m[0] < regels.drempelMinuten()) {
                String[] d = k.split("\\|");
                uit.add(new Voortgang(new LeerlingId(d[0]), new SchoolId(d[1]), m[0], begin.get(k)));
            }
        });
        uit.sort(Comparator.comparingInt(Voortgang::minuten).reversed());
        return uit;
    }

    private static int laatsteLesweek(nl.inbeeld.school.Lesdagindex index, long dag) {
        for (long d = dag; d > dag - 30; d--) {
            int w = index.lesweek(d);
            if (w >= 0) return w;
        }
        return -1;
    }
}
