package nl.inbeeld;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The store: an external PostgreSQL when {@code inbeeld.db.url} ({@code INBEELD_DB_URL}, {@code --db-url}) is
 * set, otherwise an embedded PostgreSQL 17 in {@code inbeeld.data-dir} (default {@code ./data}). When another
 * InBeeld process already runs the embedded server on that data directory, this one connects to it instead of
 * starting a second server, so the CLI works beside a running web application.
 */
@Configuration(proxyBeanMethods = false)
class Database {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(
            @Value("${inbeeld.db.url:}") String url,
            @Value("${inbeeld.db.gebruiker:}") String gebruiker,
            @Value("${inbeeld.db.wachtwoord:}") String wachtwoord,
            EmbeddedServer embedded) {
        var config = new HikariConfig();
        if (!url.isBlank()) {
            config.setJdbcUrl(url.startsWith("jdbc:") ? url : "jdbc:" + url);
            if (!gebruiker.isBlank()) config.setUsername(gebruiker);
            if (!wachtwoord.isBlank()) config.setPassword(wachtwoord);
        } else {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername("postgres");
        }
        config.setMaximumPoolSize(10);
        config.setPoolName("inbeeld");
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedServer(
            @Value("${inbeeld.db.url:}") String url,
            @Value("${inbeeld.data-dir:./data}") String dataDir,
            @Value("${inbeeld.db.tijdelijk:false}") boolean tijdelijk) {
        if (!url.isBlank()) return EmbeddedServer.GEEN;
        return EmbeddedServer.start(tijdelijk ? null : Path.of(dataDir));
    }

    /** The embedded PostgreSQL server of this process, or the one another process runs on the same data dir. */
    static final class EmbeddedServer implements AutoCloseable {
        static final EmbeddedServer GEEN = new EmbeddedServer(null, null);

        private final EmbeddedPostgres postgres;
        private final String jdbcUrl;

        private EmbeddedServer(EmbeddedPostgres postgres, String jdbcUrl) {
            this.postgres = postgres;
            this.jdbcUrl = jdbcUrl;
        }

        String jdbcUrl() {
            return jdbcUrl;
        }

        static EmbeddedServer start(Path dataDir) {
            try {
                if (dataDir != null) {
                    Files.createDirectories(dataDir);
                    Integer poort = draaiendePoort(dataDir);
                    if (poort != null) {
                        log.info("PostgreSQL draait al op {} (poort {}); InBeeld maakt verbinding", dataDir, poort);
                        return new EmbeddedServer(null, url(poort));
                    }
                }
                // Spring closes the server after the pool (destroy order); zonky's own JVM hook would stop it first.
                var builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                        .setServerConfig("max_connections", "50")
                        .setServerConfig("shared_buffers", "256MB")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("max_wal_size", "2GB");
                if (dataDir != null) {
                    builder.setDataDirectory(dataDir.toAbsolutePath()).setCleanDataDirectory(false);
                }
                var postgres = builder.start();
                return new EmbeddedServer(postgres, url(postgres.getPort()));
            } catch (IOException e) {
                throw new UncheckedIOException("Ingebouwde PostgreSQL start niet in " + dataDir, e);
            }
        }

        private static String url(int poort) {
            return "jdbc:postgresql://localhost:" + poort + "/postgres?reWriteBatchedInserts=true";
        }

        /** The port from {@code postmaster.pid} when that server process is alive, else null. */
        private static Integer draaiendePoort(Path dataDir) throws IOException {
            var pidFile = dataDir.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) return null;
            List<String> regels = Files.readAllLines(pidFile);
            if (regels.size() < 4) return null;
            long pid = Long.parseLong(regels.get(0).trim());
            boolean leeft = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return leeft ? Integer.valueOf(regels.get(3).trim()) : null;
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) postgres.close();
        }
    }
}
