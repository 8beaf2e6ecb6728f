package nl.inbeeld;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
 * starting a second server, so the CLI works beside a running web application (it reads the password from the data
 * directory). The embedded server asks a password of every login and listens on 127.0.0.1 only
 * ({@link Databasegeheim}); so does the temporary one of the tests ({@code inbeeld.db.tijdelijk}).
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
            config.setPassword(embedded.wachtwoord());
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

    /**
     * The embedded PostgreSQL server of this process, or the one another process runs on the same data dir; locked
     * down by {@link Databasegeheim}: password logins only, 127.0.0.1 only, the socket in a private directory.
     */
    static final class EmbeddedServer implements AutoCloseable {
        static final EmbeddedServer GEEN = new EmbeddedServer(null, null, null, null);

        private final EmbeddedPostgres postgres;
        private final String jdbcUrl;
        private final String wachtwoord;
        private final Path socketmap;

        private EmbeddedServer(EmbeddedPostgres postgres, String jdbcUrl, String wachtwoord, Path socketmap) {
            this.postgres = postgres;
            this.jdbcUrl = jdbcUrl;
            this.wachtwoord = wachtwoord;
            this.socketmap = socketmap;
        }

        String jdbcUrl() {
            return jdbcUrl;
        }

        /** The password of user postgres (null only beside a server of an older InBeeld that has none). */
        String wachtwoord() {
            return wachtwoord;
        }

        static EmbeddedServer start(Path dataDir) {
            Path socketmap = null;
            try {
                if (dataDir != null) {
                    Files.createDirectories(dataDir);
                    Integer poort = draaiendePoort(dataDir);
                    if (poort != null) {
                        log.info("PostgreSQL draait al op {} (poort {}); InBeeld maakt verbinding", dataDir, poort);
                        return new EmbeddedServer(null, url(poort), Databasegeheim.lees(dataDir), null);
                    }
                }
                boolean nieuw = dataDir == null || !Files.exists(dataDir.resolve("postgresql.conf"));
                String bewaard = nieuw ? null : Databasegeheim.lees(dataDir);
                // a data directory of an older InBeeld: trust and no password yet; it gets both at this start
                boolean zonderGeheim = !nieuw && bewaard == null;
                String geheim = bewaard != null ? bewaard : Databasegeheim.nieuw();
                socketmap = Databasegeheim.socketmap();
                // Spring closes the server after the pool (destroy order); zonky's own JVM hook would stop it first.
                var builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                        .setServerConfig("max_connections", "50")
                        .setServerConfig("shared_buffers", "256MB")
                        // durable (issue 12): a commit InBeeld reports is on disk. zonky starts postgres with -F
                        // (fsync off) and synchronous_commit off; the product store turns both back on. Only the
                        // tests' temporary database, thrown away after the run, keeps them off.
                        .setServerConfig("fsync", dataDir == null ? "off" : "on")
                        .setServerConfig("synchronous_commit", dataDir == null ? "off" : "on")
                        .setServerConfig("full_page_writes", dataDir == null ? "off" : "on")
                        .setServerConfig("max_wal_size", "2GB")
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .setServerConfig("unix_socket_directories", socketmap.toString())
                        .setServerConfig("unix_socket_permissions", "0700")
                        .setServerConfig("password_encryption", "scram-sha-256")
                        // zonky's readiness check logs in over TCP with its connect properties: with the password
                        .setConnectConfig("password", geheim);
                Path wachtwoordbestand = socketmap.resolve("initdb-wachtwoord");
                if (nieuw) {
                    // initdb's options beside the locale ones: the password of postgres from a private file, and
                    // password authentication from the start (zonky passes -A trust before these; the last one counts)
                    Databasegeheim.bewaar(wachtwoordbestand, geheim);
                    builder.setLocaleConfig("pwfile", wachtwoordbestand.toString())
                            .setLocaleConfig("auth", "scram-sha-256");
                }
                if (!zonderGeheim) builder.setDataDirectoryCustomizer(map -> Databasegeheim.vergrendel(map.toPath(), geheim));
                if (dataDir != null) {
                    builder.setDataDirectory(dataDir.toAbsolutePath()).setCleanDataDirectory(false);
                }
                EmbeddedPostgres postgres;
                try {
                    postgres = builder.start();
                } finally {
                    Files.deleteIfExists(wachtwoordbestand);
                }
                if (zonderGeheim) geefWachtwoord(postgres, dataDir, geheim);
                return new EmbeddedServer(postgres, url(postgres.getPort()), geheim, socketmap);
            } catch (IOException | SQLException e) {
                try {
                    Databasegeheim.verwijder(socketmap);
                } catch (IOException nogEen) {
                    e.addSuppressed(nogEen);
                }
                throw new IllegalStateException("Ingebouwde PostgreSQL start niet in " + dataDir, e);
            }
        }

        /**
         * A data directory of an older InBeeld (trust): sets the password of postgres, keeps the secret, writes the
         * password-only pg_hba.conf and lets the running server reload it.
         */
        private static void geefWachtwoord(EmbeddedPostgres postgres, Path dataDir, String geheim) throws SQLException {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                // the secret is URL-safe Base64: nothing in it can end the literal
                s.execute("alter role postgres password '" + geheim + "'");
                Databasegeheim.vergrendel(dataDir, geheim);
                s.execute("select pg_reload_conf()");
            }
            log.info("De database in {} vraagt voortaan een wachtwoord (bewaard in {})", dataDir, Databasegeheim.BESTAND);
        }

        private static String url(int poort) {
            return "jdbc:postgresql://127.0.0.1:" + poort + "/postgres?reWriteBatchedInserts=true";
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
            Databasegeheim.verwijder(socketmap);
        }
    }
}
