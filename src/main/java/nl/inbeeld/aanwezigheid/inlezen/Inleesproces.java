package nl.inbeeld.aanwezigheid.inlezen;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import nl.inbeeld.aanwezigheid.AbsentiesGewijzigd;
import nl.inbeeld.aanwezigheid.Afkeuring;
import nl.inbeeld.aanwezigheid.Inleesresultaat;
import nl.inbeeld.toegang.Gebruiker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import of one folder: parse every file, check every row against the folder and the stored state, then in
 * the same transaction store (all or, when partial, the valid rows) and publish {@link AbsentiesGewijzigd}.
 * Used through {@link nl.inbeeld.aanwezigheid.Inlezen}.
 *
 * <p>Parsing and checking run on threads of their own: absenties.csv, by far the largest file, is parsed on one; the
 * six other files are parsed and checked on another (in an atomic import after absenties.csv); the absence rows are
 * checked on a third once both are done. The checks read the stored state in read-only transactions of their own,
 * which see what the import's transaction saw before it wrote (no check needs the import's own rows). An atomic import
 * with a rejected row is undone entirely, so there the caller's thread COPYs the absence rows into absentie as they
 * are parsed. A partial import stores the absence rows after their check, without the rejected ones. Then the other
 * files are stored: absences first in every kind of import, so overlapping imports lock rows in the same order. Called
 * inside a transaction, the checks run on the caller's thread in that transaction, and a rejected atomic import undoes
 * only itself (to a savepoint).
 */
@Component
public class Inleesproces {

    private static final Logger log = LoggerFactory.getLogger(Inleesproces.class);
    /**
     * Imports at the same time. Each holds up to two pooled connections at once (its transaction and a check's), and
     * its transaction waits for the check: with more imports than the pool (10) can serve, all could wait for a
     * connection at once. Further imports wait their turn instead.
     */
    private static final int TEGELIJK = 3;
    private static final Comparator<Afkeuring> VOLGORDE = Comparator
            .comparingInt((Afkeuring a) -> volgnummer(a.bestand())).thenComparingLong(Afkeuring::regel);

    private final Opgeslagen opgeslagen;
    private final Schrijver schrijver;
    private final ApplicationEventPublisher gebeurtenissen;
    private final TransactionTemplate transactie;
    private final TransactionTemplate leestransactie;
    private final Clock clock;
    private final Semaphore beurt = new Semaphore(TEGELIJK, true);

    Inleesproces(Opgeslagen opgeslagen, Schrijver schrijver, ApplicationEventPublisher gebeurtenissen,
            TransactionTemplate transactie, Clock clock) {
        this.opgeslagen = opgeslagen;
        this.schrijver = schrijver;
        this.gebeurtenissen = gebeurtenissen;
        this.transactie = transactie;
        this.leestransactie = new TransactionTemplate(transactie.getTransactionManager());
        this.leestransactie.setReadOnly(true);
        this.clock = clock;
    }

    /** A step's outcome and how long it took. */
    private record Getimed<T>(T waarde, long nanos) {

        static <T> Getimed<T> meet(Supplier<T> stap) {
            long t = System.nanoTime();
            T waarde = stap.get();
            return new Getimed<>(waarde, System.nanoTime() - t);
        }
    }

    /** How long the six other files took to parse and to check. */
    private record Stamduur(long lezen, long controleren) {}

    /**
     * The parsing and checking of one folder: on threads of their own ({@code apart}), or on the caller's thread when
     * it is inside a transaction of its own (a check on another thread would not see what that transaction wrote).
     */
    private final class Stappen {
        final List<FutureTask<?>> achtergrond = new ArrayList<>();
        final FutureTask<Getimed<Mapinhoud.Absentielezing>> absenties;
        final FutureTask<Stamduur> stam;
        final FutureTask<Getimed<List<Afkeuring>>> absentiecontrole;

        private final Mapinhoud inhoud;
        private final Controle controle;
        private final boolean apart;

        Stappen(Mapinhoud inhoud, Controle controle, boolean apart, boolean gedeeltelijk) {
            this.inhoud = inhoud;
            this.controle = controle;
            this.apart = apart;
            absenties = opDraad("inlezen-absenties", () -> Getimed.meet(inhoud::leesAbsenties));
            if (apart) {
                // in an atomic import after absenties.csv, whose rows the COPY waits for first; the others come later
                stam = opDraad("inlezen-overige", () -> {
                    if (!gedeeltelijk) wacht(absenties);
                    return leesEnControleerStam();
                });
                absentiecontrole = opDraad("controle-absenties", this::controleerAbsenties);
            } else {
                stam = klaar(leesEnControleerStam());
                absentiecontrole = klaar(controleerAbsenties());
            }
        }

        private Stamduur leesEnControleerStam() {
            long t = System.nanoTime();
            inhoud.leesStam();
            long gelezen = System.nanoTime();
            if (apart) leestransactie.executeWithoutResult(s -> controle.stam()); else controle.stam();
            return new Stamduur(gelezen - t, System.nanoTime() - gelezen);
        }

        private Getimed<List<Afkeuring>> controleerAbsenties() {
            wacht(stam);
            wacht(absenties);
            return Getimed.meet(apart ? () -> leestransactie.execute(s -> controle.absenties()) : controle::absenties);
        }

        private <T> FutureTask<T> opDraad(String naam, Supplier<T> stap) {
            var taak = new FutureTask<T>(stap::get);
            achtergrond.add(taak);
            Thread.ofPlatform().name(naam).daemon().start(taak);
            return taak;
        }

        /** Waits until every step on another thread has ended, whether or not it failed. */
        void wachtOpAlle() {
            for (FutureTask<?> taak : achtergrond) {
                try {
                    taak.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    // reported by wacht on the caller's thread, or superseded by the caller's own failure
                }
            }
        }
    }

    /** Imports the folder for {@code wie}: what they may write is bounded by their reach ({@link Bereikcontrole}). */
    public Inleesresultaat lees(Path map, boolean gedeeltelijk, Gebruiker wie) {
        beurt.acquireUninterruptibly();
        try {
            return leesMetBeurt(map, gedeeltelijk, wie);
        } finally {
            beurt.release();
        }
    }

    private Inleesresultaat leesMetBeurt(Path map, boolean gedeeltelijk, Gebruiker wie) {
        Instant op = clock.instant();
        long start = System.nanoTime();
        String door = wie.naam();
        Mapinhoud inhoud = Mapinhoud.open(map);
        var controle = new Controle(inhoud, opgeslagen, wie.bereik());
        boolean apart = !TransactionSynchronizationManager.isActualTransactionActive();
        var stappen = new Stappen(inhoud, controle, apart, gedeeltelijk);
        try {
            Inleesresultaat resultaat = transactie.execute(status -> {
                // undone when a row is rejected in an atomic import; within a caller's transaction only this import
                Object voorAlles = status.createSavepoint();
                Schrijver.Opslag opslag = schrijver.begin(inhoud, gedeeltelijk, door, op);
                long begonnen = System.nanoTime();
                // an atomic import stores nothing when a row is rejected, so its absence rows can go in as they are
                // parsed, while all files are still being checked
                boolean vooraf = apart && !gedeeltelijk && schrijver.absentiesVooraf(opslag, inhoud, door, op);
                long voorafOpgeslagen = System.nanoTime();
                var stamduur = wacht(stappen.stam);
                var lezing = wacht(stappen.absenties);
                var absentieafkeuringen = wacht(stappen.absentiecontrole);
                long gecontroleerd = System.nanoTime();
                inhoud.voegToe(lezing.waarde());
                inhoud.afkeuringen.addAll(absentieafkeuringen.waarde());
                List<Afkeuring> afkeuringen = inhoud.afkeuringen;
                afkeuringen.sort(VOLGORDE);
                log.info("{}: {} absentierijen gelezen in {} ms, gecontroleerd in {} ms; de andere bestanden gelezen in"
                                + " {} ms, gecontroleerd in {} ms; {} afkeuringen{}",
                        map, inhoud.gelezen.getOrDefault(Bestand.ABSENTIES, 0L), lezing.nanos() / 1_000_000,
                        absentieafkeuringen.nanos() / 1_000_000, stamduur.lezen() / 1_000_000,
                        stamduur.controleren() / 1_000_000, afkeuringen.size(),
                        vooraf ? "; absenties opgeslagen terwijl ze gelezen werden, klaar " + ms(start, voorafOpgeslagen)
                                + " ms na het begin" : "");
                var lezen = Duration.ofNanos(stamduur.lezen() + lezing.nanos());
                var controleren = Duration.ofNanos(stamduur.controleren() + absentieafkeuringen.nanos());
                if (!afkeuringen.isEmpty() && !gedeeltelijk) {
                    status.rollbackToSavepoint(voorAlles);
                    return new Inleesresultaat(null, perBestand(inhoud, Map.of()), afkeuringen, false, null,
                            new Inleesresultaat.Fasen(duur(start, gecontroleerd), Duration.ZERO, lezen, controleren,
                                    Duration.ZERO));
                }
                // absences before the other files, in every kind of import: two imports that overlap then take their
                // row locks in the same order and wait for each other instead of deadlocking
                schrijver.absenties(opslag, inhoud, lezing.waarde().rijen(), door, op);
                long absentiesOpgeslagen = System.nanoTime();
                schrijver.stam(opslag, inhoud, controle.opgeslagenScholen());
                var waarschuwingen = schrijver.waarschuwingen(inhoud);
                schrijver.audit(opslag, wie, controle.overstappen());
                schrijver.einde(opslag, inhoud, afkeuringen.size());
                long opgeslagenOp = System.nanoTime();
                var opslaan = duur(begonnen, voorafOpgeslagen).plus(duur(gecontroleerd, opgeslagenOp));
                log.info("{}: de andere bestanden opgeslagen in {} ms; alles opgeslagen {} ms na het begin", map,
                        ms(absentiesOpgeslagen, opgeslagenOp), ms(start, opgeslagenOp));
                if (!opslag.geraakt.isEmpty()) {
                    // the checked table holds every stored row of the folder's pupils: detection need not read them back
                    var inGeheugen = inhoud.absenties.volgorde == null ? null : new Tabelrijen(inhoud.absenties);
                    gebeurtenissen.publishEvent(new AbsentiesGewijzigd(opslag.geraakt, inGeheugen));
                }
                long afgeleid = System.nanoTime();
                log.info("{}: signalen en meldingconcepten in {} ms", map, ms(opgeslagenOp, afgeleid));
                return new Inleesresultaat(opslag.inlezing, perBestand(inhoud, opslag.opgeslagen), afkeuringen,
                        afkeuringen.isEmpty(), null, new Inleesresultaat.Fasen(duur(start, opgeslagenOp),
                                duur(opgeslagenOp, afgeleid), lezen, controleren, opslaan), waarschuwingen);
            });
            if (!gedeeltelijk) return resultaat;
            Path afgekeurd = Afkeurbestand.schrijf(map, resultaat.afkeuringen());
            Afkeurbestand.rapport(map, door, op.toString(), resultaat.opgeslagen(), resultaat.afkeuringen(),
                    resultaat.waarschuwingen(), true);
            return new Inleesresultaat(resultaat.inlezing(), resultaat.opgeslagen(), resultaat.afkeuringen(),
                    resultaat.volledig(), afgekeurd, resultaat.fasen(), resultaat.waarschuwingen());
        } finally {
            // when the caller's thread fails, the steps on other threads still end before this call does
            stappen.wachtOpAlle();
        }
    }

    private static <T> FutureTask<T> klaar(T uitkomst) {
        var taak = new FutureTask<T>(() -> uitkomst);
        taak.run();
        return taak;
    }

    /** The outcome of a step on another thread; its failure is rethrown as it was. */
    private static <T> T wacht(FutureTask<T> taak) {
        try {
            return taak.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Inlezen onderbroken", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error f) throw f;
            throw new IllegalStateException(e.getCause());
        }
    }

    private static long ms(long van, long tot) {
        return (tot - van) / 1_000_000;
    }

    private static Duration duur(long van, long tot) {
        return Duration.ofNanos(tot - van);
    }

    private static Map<String, Integer> perBestand(Mapinhoud inhoud, Map<Bestand, Long> opgeslagen) {
        Map<String, Integer> perBestand = new LinkedHashMap<>();
        for (Bestand b : Bestand.values()) {
            if (inhoud.aanwezig.contains(b)) perBestand.put(b.naam(), opgeslagen.getOrDefault(b, 0L).intValue());
        }
        return perBestand;
    }

    private static int volgnummer(String bestand) {
        for (Bestand b : Bestand.values()) {
            if (b.naam().equals(bestand)) return b.ordinal();
        }
        return Integer.MAX_VALUE;
    }
}
