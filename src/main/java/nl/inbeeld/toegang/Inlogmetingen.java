package nl.inbeeld.toegang;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/** Metric {@code inbeeld.inloggen.geweigerd}: refused logins (wrong password, blocked, throttled), no names. */
@Component
class Inlogmetingen {

    private final Counter geweigerd;

    Inlogmetingen(MeterRegistry metingen) {
        geweigerd = Counter.builder("inbeeld.inloggen.geweigerd")
                .description("Geweigerde inlogpogingen: fout wachtwoord, geblokkeerd of beperkt").register(metingen);
    }

    @EventListener
    void geweigerd(AbstractAuthenticationFailureEvent event) {
        geweigerd.increment();
    }
}
