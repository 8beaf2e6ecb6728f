package nl.inbeeld.aanwezigheid.inlezen;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final Clock clock;

    Inleesproces(Opgeslagen opgeslagen, Schrijver schrijver, ApplicationEventPublisher gebeurtenissen,
            TransactionTemplate transactie, Clock clock) {
        this.opgeslagen = opgeslagen;
        this.schrijver = schrijver;
        this.gebeurtenissen = gebeurtenissen;
        this.transactie = transactie;
        this.clock = clock;
    }

    public Inleesresultaat lees(Path map, boolean gedeeltelijk, String door) {
        Instant op = clock.instant();
        long start = System.nanoTime();
        Mapinhoud inhoud = Mapinhoud.lees(map);
        long gelezen = System.nanoTime();
        Inleesresultaat resultaat = transactie.execute(status -> {
            Controle.controleer(inhoud, opgeslagen);
            List<Afkeuring> afkeuringen = inhoud.afkeuringen;
            afkeuringen.sort(VOLGORDE);
            long gecontroleerd = System.nanoTime();
            log.info("{}: {} absentierijen gelezen in {} ms, gecontroleerd in {} ms; {} afkeuringen", map,
                    inhoud.gelezen.getOrDefault(Bestand.ABSENTIES, 0L), (gelezen - start) / 1_000_000,
                    (gecontroleerd - gelezen) / 1_000_000, afkeuringen.size());
            if (!afkeuringen.isEmpty() && !gedeeltelijk) {
                return new Inleesresultaat(null, perBestand(inhoud, Map.of()), afkeuringen, false, null,
                        new Inleesresultaat.Fasen(duur(start, gelezen), duur(gelezen, gecontroleerd), Duration.ZERO,
                                Duration.ZERO));
            }
            Schrijver.Opslag opslag = schrijver.schrijf(inhoud, gedeeltelijk, door, op, afkeuringen.size());
            long opgeslagen = System.nanoTime();
            log.info("{}: opgeslagen in {} ms", map, (opgeslagen - gecontroleerd) / 1_000_000);
            if (!opslag.geraakt().isEmpty()) {
                // the checked table holds every stored row of the folder's pupils: detection need not read them back
                var inGeheugen = inhoud.absenties.volgorde == null ? null : new Tabelrijen(inhoud.absenties);
                gebeurtenissen.publishEvent(new AbsentiesGewijzigd(opslag.geraakt(), inGeheugen));
            }
            long afgeleid = System.nanoTime();
            log.info("{}: signalen en meldingconcepten in {} ms", map, (afgeleid - opgeslagen) / 1_000_000);
            return new Inleesresultaat(opslag.inlezing(), perBestand(inhoud, opslag.opgeslagen()), afkeuringen,
                    afkeuringen.isEmpty(), null, new Inleesresultaat.Fasen(duur(start, gelezen),
                            duur(gelezen, gecontroleerd), duur(gecontroleerd, opgeslagen), duur(opgeslagen, afgeleid)));
        });
        if (!gedeeltelijk) return resultaat;
        Path afgekeurd = Afkeurbestand.schrijf(map, resultaat.afkeuringen());
        Afkeurbestand.rapport(map, door, op.toString(), resultaat.opgeslagen(), resultaat.afkeuringen(), true);
        return new Inleesresultaat(resultaat.inlezing(), resultaat.opgeslagen(), resultaat.afkeuringen(),
                resultaat.volledig(), afgekeurd, resultaat.fasen());
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
