package nl.inbeeld.opslag;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** A write that may fail on a stored key, tried to a savepoint in the current transaction. */
public final class Savepunt {

    private Savepunt() {}

    /**
     * Runs {@code stap}, which writes on the transaction's connection (a {@link Binairkopie#kopieer}, say), to a
     * savepoint: its outcome, or empty with all its writes undone when it failed ({@link IllegalStateException}, as a
     * failed COPY throws). The transaction goes on either way.
     */
    public static <T> Optional<T> probeer(DataSource dataSource, Supplier<T> stap) {
        Connection verbinding = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint punt = verbinding.setSavepoint();
            try {
                T uitkomst = stap.get();
                verbinding.releaseSavepoint(punt);
                return Optional.ofNullable(uitkomst);
            } catch (IllegalStateException mislukt) {
                verbinding.rollback(punt);
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Savepoint mislukt: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(verbinding, dataSource);
        }
    }
}
