package nl.inbeeld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: the embedded PostgreSQL accepted password-less logins as superuser on 127.0.0.1 (trust) and its socket was
 * world-writable. Now a login without the password fails over TCP and over the socket, with it succeeds; the secret is
 * kept in the data directory (0600), the socket in a private directory (0700), the server listens on 127.0.0.1 only.
 */
class DatabaseTest {

    @TempDir Path tmp;

    @Test
    void alleenMetHetGeheimEnAlleenOp127001() throws Exception {
        Path data = tmp.resolve("data");
        try (var server = Database.EmbeddedServer.start(data)) {
            Path bestand = data.resolve(Databasegeheim.BESTAND);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(bestand))).isEqualTo("rw-------");
            String geheim = Files.readString(bestand).strip();
            assertThat(server.wachtwoord()).isEqualTo(geheim).hasSizeGreaterThanOrEqualTo(40);
            int poort = poort(server);

            assertThat(zonderWachtwoordOverTcp(poort)).isTrue();
            assertThatThrownBy(() -> verbind(poort, "fout")).isInstanceOf(SQLException.class);
            try (Connection c = verbind(poort, geheim)) {
                assertThat(waarde(c, "show listen_addresses")).isEqualTo("127.0.0.1");
                assertThat(waarde(c, "show unix_socket_permissions")).isEqualTo("0700");
                Path socketmap = Path.of(waarde(c, "show unix_socket_directories"));
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socketmap))).isEqualTo("rwx------");
                assertThat(socketAntwoord(socketmap.resolve(".s.PGSQL." + poort)))
                        .as("the server asks a password over the socket too (R, SASL), never AuthenticationOk").isEqualTo(10);
                assertThat(waarde(c, "select count(*) from pg_hba_file_rules where auth_method <> 'scram-sha-256'"))
                        .isEqualTo("0");
            }

            // a command beside the running server on the same data directory reads the secret and connects
            try (var ernaast = Database.EmbeddedServer.start(data)) {
                assertThat(ernaast.wachtwoord()).isEqualTo(geheim);
                assertThat(poort(ernaast)).isEqualTo(poort);
                try (Connection c = DriverManager.getConnection(ernaast.jdbcUrl(), "postgres", ernaast.wachtwoord())) {
                    assertThat(waarde(c, "select 1")).isEqualTo("1");
                }
            }
        }
        // a restart on the existing data directory: zonky's readiness check logs in with the password
        try (var weer = Database.EmbeddedServer.start(data)) {
            assertThat(weer.wachtwoord()).isEqualTo(Files.readString(data.resolve(Databasegeheim.BESTAND)).strip());
            assertThat(zonderWachtwoordOverTcp(poort(weer))).isTrue();
            try (Connection c = verbind(poort(weer), weer.wachtwoord())) {
                assertThat(waarde(c, "select 1")).isEqualTo("1");
            }
        }
    }

    @Test
    void deTijdelijkeDatabaseVanDeTestsOok() throws Exception {
        try (var server = Database.EmbeddedServer.start(null)) {
            assertThat(zonderWachtwoordOverTcp(poort(server))).isTrue();
            try (Connection c = verbind(poort(server), server.wachtwoord())) {
                assertThat(waarde(c, "show listen_addresses")).isEqualTo("127.0.0.1");
            }
        }
    }

    @Test
    void eenDatamapVanVoorDezeVersieKrijgtEenWachtwoord() throws Exception {
        Path data = tmp.resolve("oud");
        // as InBeeld made it before: trust, no secret
        EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setRegisterShutdownHook(false)
                .start().close();
        assertThat(data.resolve(Databasegeheim.BESTAND)).doesNotExist();

        try (var server = Database.EmbeddedServer.start(data)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(Databasegeheim.BESTAND))))
                    .isEqualTo("rw-------");
            assertThat(zonderWachtwoordOverTcp(poort(server))).isTrue();
            try (Connection c = verbind(poort(server), server.wachtwoord())) {
                assertThat(waarde(c, "select 1")).isEqualTo("1");
            }
        }
        try (var weer = Database.EmbeddedServer.start(data)) {
            assertThat(zonderWachtwoordOverTcp(poort(weer))).isTrue();
            try (Connection c = verbind(poort(weer), weer.wachtwoord())) {
                assertThat(waarde(c, "select 1")).isEqualTo("1");
            }
        }
    }

    private static int poort(Database.EmbeddedServer server) {
        String url = server.jdbcUrl();
        assertThat(url).startsWith("jdbc:postgresql://127.0.0.1:");
        return Integer.parseInt(url.replaceAll("^jdbc:postgresql://127\\.0\\.0\\.1:(\\d+)/.*$", "$1"));
    }

    /**
     * True when a login as postgres without a password over TCP to 127.0.0.1 is refused because the server asks for the
     * password (not because nothing listens).
     */
    private static boolean zonderWachtwoordOverTcp(int poort) {
        var eigenschappen = new Properties();
        eigenschappen.setProperty("user", "postgres");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + poort + "/postgres", eigenschappen)) {
            return false;
        } catch (SQLException e) {
            assertThat(e.getMessage()).contains("SCRAM", "no password");
            return true;
        }
    }

    private static Connection verbind(int poort, String wachtwoord) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + poort + "/postgres", "postgres", wachtwoord);
    }

    private static String waarde(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Sends a startup message as postgres without a password over the unix socket and returns the authentication
     * request of the answer: 0 is AuthenticationOk (trust), 10 a SASL (scram) request for the password.
     */
    private static int socketAntwoord(Path socket) throws IOException {
        try (var kanaal = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            kanaal.connect(UnixDomainSocketAddress.of(socket));
            byte[] velden = "user\0postgres\0database\0postgres\0\0".getBytes(StandardCharsets.US_ASCII);
            var opstart = ByteBuffer.allocate(8 + velden.length).putInt(8 + velden.length).putInt(196608).put(velden).flip();
            while (opstart.hasRemaining()) kanaal.write(opstart);
            var antwoord = ByteBuffer.allocate(9);
            while (antwoord.hasRemaining() && kanaal.read(antwoord) >= 0) {
                // until the type, length and authentication code are in
            }
            antwoord.flip();
            assertThat((char) antwoord.get()).as("an authentication request").isEqualTo('R');
            antwoord.getInt();
            return antwoord.getInt();
        }
    }
}
