package nl.inbeeld;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. Domain code takes a peildatum; application services read this clock.
 * {@code inbeeld.klok.vandaag} fixes it to a day (the demo region, tests); otherwise it is the real clock
 * in the Dutch time zone.
 */
@Configuration(proxyBeanMethods = false)
class Klok {

    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock clock(@Value("${inbeeld.klok.vandaag:}") String vandaag) {
        if (vandaag.isBlank()) return Clock.system(NEDERLAND);
        return Clock.fixed(LocalDate.parse(vandaag).atTime(9, 0).atZone(NEDERLAND).toInstant(), NEDERLAND);
    }
}
