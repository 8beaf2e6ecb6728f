package nl.inbeeld.verzuim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.inbeeld.aanwezigheid.Absentie;
import nl.inbeeld.aanwezigheid.Absenties;
import nl.inbeeld.leerling.Leerling;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerling.Leerlingen;
import nl.inbeeld.leerplicht.Leerplichtinstellingen;
import nl.inbeeld.school.Lesdagindex;
import nl.inbeeld.school.SchoolId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Measures the detection core alone: loads every pupil's absence days into memory once (compact arrays, calendar
 * indexes and group bounds prepared), then times the one-pass {@link Detector} over all of them. For the
 * {@code bench} command; not used by the application itself.
 */
@Component
public class Detectiebank {

    private final Absenties absenties;
    private final Leerlingen leerlingen;
    private final Kalenders kalenders;
    private final JdbcClient jdbc;

    Detectiebank(Absenties absenties, Leerlingen leerlingen, Kalenders kalenders, JdbcClient jdbc) {
        this.absenties = absenties;
        this.leerlingen = leerlingen;
        this.kalenders = kalenders;
        this.jdbc = jdbc;
    }

    /** The result of one measurement: rows and signals, best and median time of the repetitions. */
    public record Meting(long rijen, int groepen, long signalen, long besteNanos, long mediaanNanos, long heapBytes) {}

    private record Groep(Absentiedagen dagen, Lesdagindex index, int lesminuten, Groepsgrenzen grenzen) {}

    public Meting meet(int herhalingen) {
        List<LeerlingId> ids = jdbc.sql("select leerling_id from leerling").query((rs, i) -> new LeerlingId(rs.getString(1))).list();
        var stand = kalenders.stand();
        Map<LeerlingId, Leerling> personen = leerlingen.zoek(ids);
        List<Groep> groepen = new ArrayList<>();
        long[] rijen = {0};
        var dagen = new Absentiedagen();
        Object[] huidig = {null, null};
        Runnable sluit = () -> {
            if (dagen.aantal == 0) return;
            var school = stand.van((SchoolId) huidig[1]);
            groepen.add(new Groep(dagen.kopie(), school.index(dagen.dag[0], dagen.dag[dagen.aantal - 1]),
                    school.lesminutenPerDag(), Groepen.van(personen.get((LeerlingId) huidig[0]), school.kalender(),
                            Leerplichtinstellingen.standaard())));
            dagen.leeg();
        };
        absenties.lees(ids, (Absentie a) -> {
            if (!a.leerling().equals(huidig[0]) || !a.school().equals(huidig[1])) {
                sluit.run();
                huidig[0] = a.leerling();
                huidig[1] = a.school();
            }
            dagen.voegToe(a);
            rijen[0]++;
        });
        sluit.run();
        var detector = new Detector(Detectieregels.STANDAARD);
        long[] tijden = new long[Math.max(1, herhalingen)];
        long signalen = 0;
        for (int h = 0; h < tijden.length; h++) {
            long[] teller = {0};
            Signaaluitvoer uit = (soort, begin, eind, minuten, aantal) -> teller[0]++;
            long start = System.nanoTime();
            for (Groep g : groepen) detector.detecteer(g.dagen(), g.index(), g.lesminuten(), g.grenzen(), uit);
            tijden[h] = System.nanoTime() - start;
            signalen = teller[0];
        }
        long[] gesorteerd = tijden.clone();
        java.util.Arrays.sort(gesorteerd);
        Runtime rt = Runtime.getRuntime();
        return new Meting(rijen[0], groepen.size(), signalen, gesorteerd[0], gesorteerd[gesorteerd.length / 2],
                rt.totalMemory() - rt.freeMemory());
    }
}
