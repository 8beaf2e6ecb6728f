package nl.inbeeld.cli;

import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the data lives: the embedded PostgreSQL data directory, or an external PostgreSQL. */
final class Opslagopties {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Map van de ingebouwde PostgreSQL (standaard ./data).")
    String dataDir;

    @Option(names = "--db-url", paramLabel = "URL",
            description = "Externe PostgreSQL (jdbc:postgresql://…); ook via INBEELD_DB_URL.")
    String dbUrl;

    Map<String, Object> alsEigenschappen() {
        Map<String, Object> p = new HashMap<>();
        if (dataDir != null) p.put("inbeeld.data-dir", dataDir);
        if (dbUrl != null) p.put("inbeeld.db.url", dbUrl);
        return p;
    }
}
