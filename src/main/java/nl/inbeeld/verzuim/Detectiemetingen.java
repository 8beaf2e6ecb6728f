package nl.inbeeld.verzuim;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Metric {@code inbeeld.detectie.leerlingen}: pupils whose signals were recomputed (counts only, no ids). */
@Component
class Detectiemetingen {

    private final Counter leerlingen;

    Detectiemetingen(MeterRegistry metingen) {
        leerlingen = Counter.builder("inbeeld.detectie.leerlingen")
                .description("Leerlingen van wie de signalen opnieuw zijn berekend").register(metingen);
    }

    @EventListener
    void bijgewerkt(SignalenBijgewerkt event) {
        leerlingen.increment(event.leerlingen().size());
    }
}
