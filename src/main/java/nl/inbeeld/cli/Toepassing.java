package nl.inbeeld.cli;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application without the web server, for one command. */
final class Toepassing {

    /** The Spring Boot application class, handed over by the main method. */
    static Class<?> klasse;

    private Toepassing() {}

    static ConfigurableApplicationContext start(Opslagopties opslag, Map<String, Object> extra) {
        Map<String, Object> eigenschappen = new HashMap<>(opslag.alsEigenschappen());
        eigenschappen.put("logging.config", "classpath:logback-cli.xml");
        eigenschappen.put("spring.main.log-startup-info", "false");
        eigenschappen.putAll(extra);
        return new SpringApplicationBuilder(klasse)
                .web(WebApplicationType.NONE)
                .properties(eigenschappen)
                .run();
    }

    static ConfigurableApplicationContext start(Opslagopties opslag) {
        return start(opslag, Map.of());
    }
}
