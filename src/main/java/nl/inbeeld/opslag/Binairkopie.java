package nl.inbeeld.opslag;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows for {@code COPY … from stdin (format binary)}: PostgreSQL reads the values as they are stored (no text to
 * parse), which makes a bulk load cheaper for the server than text or CSV. Values are written field by field into a
 * buffer that is sent whenever it fills up. Binary dates count days from 2000-01-01, timestamps microseconds.
 * Used for the bulk writes: the import's absence rows, pupils, enrolments and residence periods, and signals.
 */
public final class Binairkopie {

    private static final byte[] KOP = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    private static final int TIJDPERK = (int) LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long TIJDPERK_MICROS = TIJDPERK * 86_400_000_000L;

    /** Writes the rows of one COPY, field by field. */
    public interface Rijen {
        void schrijf(Binairkopie uit) throws SQLException;
    }

    /**
     * {@code COPY doel from stdin (format binary)} on the connection of the current transaction ({@code doel}: a table
     * and its column list); returns the number of rows the server stored.
     *
     * @throws IllegalStateException when the COPY fails (a broken constraint, say); the transaction must then be
     *                               rolled back, at least to a savepoint taken before
     */
    public static long kopieer(DataSource dataSource, String doel, Rijen rijen) {
        Connection verbinding = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = verbinding.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + doel + " from stdin (format binary)");
            try {
                var uit = new Binairkopie(copy);
                rijen.schrijf(uit);
                return uit.einde();
            } finally {
                if (copy.isActive()) copy.cancelCopy();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY naar " + doel + " mislukt: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(verbinding, dataSource);
        }
    }

    private final CopyIn copy;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 18);

    private Binairkopie(CopyIn copy) {
        this.copy = copy;
        buffer.put(KOP);
    }

    public void rij(int velden) throws SQLException {
        ruimte(2);
        buffer.putShort((short) velden);
    }

    public void tekst(byte[] utf8) throws SQLException {
        ruimte(4 + utf8.length);
        buffer.putInt(utf8.length).put(utf8);
    }

    public void tekst(String s) throws SQLException {
        tekst(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A date given as epoch day. */
    public void datum(int epochDag) throws SQLException {
        ruimte(8);
        buffer.putInt(4).putInt(epochDag - TIJDPERK);
    }

    /** A date, or SQL null. */
    public void datum(LocalDate dag) throws SQLException {
        if (dag == null) leeg(); else datum((int) dag.toEpochDay());
    }

    /** An {@code integer}, or SQL null. */
    public void integer(Integer waarde) throws SQLException {
        if (waarde == null) leeg(); else integer(waarde.intValue());
    }

    public void smallint(int waarde) throws SQLException {
        ruimte(6);
        buffer.putInt(2).putShort((short) waarde);
    }

    public void integer(int waarde) throws SQLException {
        ruimte(8);
        buffer.putInt(4).putInt(waarde);
    }

    public void bool(boolean waarde) throws SQLException {
        ruimte(5);
        buffer.putInt(1).put((byte) (waarde ? 1 : 0));
    }

    public void bigint(long waarde) throws SQLException {
        ruimte(12);
        buffer.putInt(8).putLong(waarde);
    }

    /** A timestamptz given as microseconds since 1970-01-01 UTC. */
    public void tijdstip(long epochMicros) throws SQLException {
        bigint(epochMicros - TIJDPERK_MICROS);
    }

    public void leeg() throws SQLException {
        ruimte(4);
        buffer.putInt(-1);
    }

    /** Sends the trailer and ends the COPY; returns the number of rows the server stored. */
    private long einde() throws SQLException {
        ruimte(2);
        buffer.putShort((short) -1);
        stuur();
        return copy.endCopy();
    }

    private void ruimte(int n) throws SQLException {
        if (buffer.remaining() < n) stuur();
        if (buffer.remaining() < n) throw new IllegalArgumentException("waarde van " + n + " bytes past niet in een COPY-buffer");
    }

    private void stuur() throws SQLException {
        copy.writeToCopy(buffer.array(), 0, buffer.position());
        buffer.clear();
    }
}
