package nl.inbeeld.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.inbeeld.aanwezigheid.Inleesresultaat;
import nl.inbeeld.aanwezigheid.Inlezen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the demo region through the real import: generates it in uitwisselformaat v1 into a temporary folder and
 * reads that folder in, exactly as a school's export would be; then moves its meldingen along the flow
 * ({@link Demomeldingen}). With {@code inbeeld.demo=true} the web application
 * does this at start when the database holds no school yet.
 */
@Component
public class DemoLader {

    private static final Logger log = LoggerFactory.getLogger(DemoLader.class);

    private final Inlezen inlezen;
    private final JdbcClient jdbc;

    DemoLader(Inlezen inlezen, JdbcClient jdbc) {
        this.inlezen = inlezen;
        this.jdbc = jdbc;
    }

    public boolean isGeladen() {
        return jdbc.sql("select exists (select 1 from school)").query(Boolean.class).single();
    }

    /** Generates the demo region and imports it; returns the import result. */
    public Inleesresultaat laad() throws IOException {
        Path map = Files.createTempDirectory("inbeeld-demo");
        try {
            new Generator().schrijf(map, Generatieopdracht.demoregio());
            var resultaat = inlezen.lees(map, false, "demo");
            Demomeldingen.doorlopen(jdbc, Demoregio.VANDAAG);
            return resultaat;
        } finally {
            try (Stream<Path> paden = Files.walk(map)) {
                paden.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** At start of the web application with {@code inbeeld.demo=true}: load the demo region once. */
    @Component
    @ConditionalOnProperty(name = "inbeeld.demo", havingValue = "true")
    static class BijStart implements ApplicationRunner {
        private final DemoLader lader;

        BijStart(DemoLader lader) {
            this.lader = lader;
        }

        @Override
        public void run(ApplicationArguments args) throws IOException {
            if (lader.isGeladen()) return;
            log.info("Demoregio laden …");
            var resultaat = lader.laad();
            log.info("Demoregio geladen: {}", resultaat);
        }
    }
}
