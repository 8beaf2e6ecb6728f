package nl.inbeeld.aanwezigheid;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * Metrics of imports: {@code inbeeld.inlezen} (a timer: how many and how long, until stored),
 * {@code inbeeld.inlezen.rijen} (rows stored) and {@code inbeeld.inlezen.afgekeurd} (rows rejected). Counts only.
 */
@Component
class Inleesmetingen {

    private final Timer duur;
    private final Counter rijen;
    private final Counter afgekeurd;

    Inleesmetingen(MeterRegistry metingen) {
        duur = Timer.builder("inbeeld.inlezen").description("Imports tot alles is opgeslagen").register(metingen);
        rijen = Counter.builder("inbeeld.inlezen.rijen").description("Opgeslagen rijen").register(metingen);
        afgekeurd = Counter.builder("inbeeld.inlezen.afgekeurd").description("Afgekeurde rijen").register(metingen);
    }

    Inleesresultaat meet(Inleesresultaat resultaat) {
        duur.record(resultaat.fasen().opgeslagen().plus(resultaat.fasen().afleiden()));
        if (resultaat.inlezing() != null) rijen.increment(resultaat.opgeslagen().values().stream().mapToInt(Integer::intValue).sum());
        afgekeurd.increment(resultaat.afkeuringen().size());
        return resultaat;
    }
}
