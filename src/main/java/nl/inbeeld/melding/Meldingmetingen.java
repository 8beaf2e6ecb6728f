package nl.inbeeld.melding;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import nl.inbeeld.toegang.Gebruiker;
import org.springframework.stereotype.Component;

/** Metric {@code inbeeld.meldingen.te_laat}: meldingen not sent by their deadline, all schools (read when asked). */
@Component
class Meldingmetingen {

    Meldingmetingen(MeterRegistry metingen, Meldingregister register, Clock clock) {
        Gauge.builder("inbeeld.meldingen.te_laat", () -> register.teLaatPerSchool(Gebruiker.systeem("metingen"),
                        LocalDate.now(clock)).values().stream().mapToLong(Long::longValue).sum())
                .description("Meldingen die niet voor hun termijn zijn verzonden (concepten meegeteld)").register(metingen);
    }
}
