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
import java.util.function.Supplier;
import nl.inbeeld.aanwezigheid.AbsentiesGewijzigd;
import nl.inbeeld.aanwezigheid.Afkeuring;
import nl.inbeeld.aanwezigheid.Inleesresultaat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import of one folder: parse every file, check every row against the folder and the stored state, then in
 * the same transaction store (all or, when partial, the valid rows) and publish {@link AbsentiesGewijzigd}.
 * Used through {@link nl.inbeeld.aanwezigheid.Inlezen}.
 *
 * <p>absenties.csv, by far the largest file, is parsed and then checked on threads of their own while the caller's
 * thread parses, checks and stores the other files. That check reads the stored state in a read-only transaction of
 * its own, which sees what the import's transaction saw before it wrote (the check never needs the import's own
 * rows). An atomic import with a rejected row rolls everything back, so there the absence rows are stored while they
 * are being checked; a partial import stores them after their check, without the rejected ones.
 */
@Component
public class Inleesproces {

    private static final Logger log = LoggerFactory.getLogger(Inleesproces.class);
    private static final Comparator<Afkeuring> VOLGORDE = Comparator
            .comparingInt((Afkeuring a) -> volgnummer(a.bestand())).thenComparingLong(Afkeuring::regel);

    private final Opgeslagen opgeslagen;
    private final Schrijver schrijver;
    private final ApplicationEventPublisher gebeurtenissen;
    private final TransactionTemplate transactie;
    private final TransactionTemplate leestransactie;
    private final Clock clock;

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

    public Inleesresultaat lees(Path map, boolean gedeeltelijk, String door) {
        Instant op = clock.instant();
        long start = System.nanoTime();
        Mapinhoud inhoud = Mapinhoud.open(map);
        List<FutureTask<?>> achtergrond = new ArrayList<>();
        var absentielezing = opDraad("inlezen-absenties", () -> Getimed.meet(inhoud::leesAbsenties), achtergrond);
        try {
            inhoud.leesStam();
            long stamGelezen = System.nanoTime();
            Inleesresultaat resultaat = transactie.execute(status -> {
                var controle = new Controle(inhoud, opgeslagen);
                controle.stam();
                long stamGecontroleerd = System.nanoTime();
                // inside a caller's transaction a check on another thread would not see what that transaction wrote
                boolean eigenDraad = status.isNewTransaction();
                Supplier<Getimed<List<Afkeuring>>> absentiecontrole = () -> {
                    wacht(absentielezing);
                    return Getimed.meet(eigenDraad ? () -> leestransactie.execute(s -> controle.absenties())
                            : controle::absenties);
                };
                var gecontroleerd = eigenDraad ? opDraad("controle-absenties", absentiecontrole, achtergrond)
                        : klaar(absentiecontrole.get());

                Schrijver.Opslag opslag = null;
                if (gedeeltelijk || inhoud.afkeuringen.isEmpty()) {
                    opslag = schrijver.begin(inhoud, gedeeltelijk, door, op);
                    schrijver.stam(opslag, inhoud);
                }
                long stamOpgeslagen = System.nanoTime();
                var lezing = wacht(absentielezing);
                // an atomic import stores nothing if the check rejects a row: the rows can go in while it runs
                boolean vooraf = eigenDraad && !gedeeltelijk && inhoud.afkeuringen.isEmpty()
                        && lezing.waarde().afkeuringen().isEmpty()
                        && schrijver.absentiesVooraf(opslag, lezing.waarde().rijen(), door, op);
                long absentiesVooraf = System.nanoTime();
                var absentieafkeuringen = wacht(gecontroleerd);
                inhoud.voegToe(lezing.waarde());
                inhoud.afkeuringen.addAll(absentieafkeuringen.waarde());
                List<Afkeuring> afkeuringen = inhoud.afkeuringen;
                afkeuringen.sort(VOLGORDE);
                long wachtten = System.nanoTime();
                log.info("{}: {} absentierijen gelezen in {} ms, gecontroleerd in {} ms; daarnaast de andere bestanden"
                                + " gelezen in {} ms, gecontroleerd in {} ms, opgeslagen in {} ms; {} afkeuringen",
                        map, inhoud.gelezen.getOrDefault(Bestand.ABSENTIES, 0L), lezing.nanos() / 1_000_000,
                        absentieafkeuringen.nanos() / 1_000_000, ms(start, stamGelezen),
                        ms(stamGelezen, stamGecontroleerd), ms(stamGecontroleerd, stamOpgeslagen), afkeuringen.size());
                var lezen = Duration.ofNanos(stamGelezen - start + lezing.nanos());
                var controleren = Duration.ofNanos(stamGecontroleerd - stamGelezen + absentieafkeuringen.nanos());
                if (!afkeuringen.isEmpty() && !gedeeltelijk) {
                    status.setRollbackOnly();
                    return new Inleesresultaat(null, perBestand(inhoud, Map.of()), afkeuringen, false, null,
                            new Inleesresultaat.Fasen(duur(start, wachtten), Duration.ZERO, lezen, controleren,
                                    Duration.ZERO));
                }
                schrijver.absenties(opslag, inhoud, lezing.waarde().rijen(), door, op);
                schrijver.einde(opslag, inhoud, afkeuringen.size());
                long opgeslagenOp = System.nanoTime();
                log.info("{}: absenties opgeslagen in {} ms ({}); alles opgeslagen {} ms na het begin", map,
                        ms(stamOpgeslagen, absentiesVooraf) + ms(wachtten, opgeslagenOp),
                        vooraf ? "tijdens hun controle" : "na hun controle", ms(start, opgeslagenOp));
                if (!opslag.geraakt.isEmpty()) {
                    // the checked table holds every stored row of the folder's pupils: detection need not read them back
                    var inGeheugen = inhoud.absenties.volgorde == null ? null : new Tabelrijen(inhoud.absenties);
                    gebeurtenissen.publishEvent(new AbsentiesGewijzigd(opslag.geraakt, inGeheugen));
                }
                long afgeleid = System.nanoTime();
                log.info("{}: signalen en meldingconcepten in {} ms", map, ms(opgeslagenOp, afgeleid));
                return new Inleesresultaat(opslag.inlezing, perBestand(inhoud, opslag.opgeslagen), afkeuringen,
                        afkeuringen.isEmpty(), null, new Inleesresultaat.Fasen(duur(start, opgeslagenOp),
                                duur(opgeslagenOp, afgeleid), lezen, controleren,
                                duur(stamGecontroleerd, absentiesVooraf).plus(duur(wachtten, opgeslagenOp))));
            });
            if (!gedeeltelijk) return resultaat;
            Path afgekeurd = Afkeurbestand.schrijf(map, resultaat.afkeuringen());
            Afkeurbestand.rapport(map, door, op.toString(), resultaat.opgeslagen(), resultaat.afkeuringen(), true);
            return new Inleesresultaat(resultaat.inlezing(), resultaat.opgeslagen(), resultaat.afkeuringen(),
                    resultaat.volledig(), afgekeurd, resultaat.fasen());
        } finally {
            // when the caller's thread fails, the steps on other threads still end before this call does
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

    /** Starts {@code stap} on a new thread of its own. */
    private static <T> FutureTask<T> opDraad(String naam, Supplier<T> stap, List<FutureTask<?>> achtergrond) {
        var taak = new FutureTask<T>(stap::get);
        achtergrond.add(taak);
        Thread.ofPlatform().name(naam).daemon().start(taak);
        return taak;
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
