package nl.inbeeld.opslag;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;

/**
 * Several statements in one round trip: pgjdbc sends the statements of one execute before a single Sync, so PostgreSQL
 * answers them together. For small recomputations, where round trips are most of the time. The statements may come
 * from several modules: each offers its reads as {@link Deel}s or a {@link Vraag}, and the caller sends them at once.
 */
public final class Rondgang {

    /** Parameters per round trip, well below the protocol's limit of 65,535. */
    static final int PARAMETERS = 10_000;

    private Rondgang() {}

    /**
     * One statement of a round trip (one statement, no {@code ;}): its SQL, its parameters, and for a query what takes
     * its rows (null for a write).
     */
    public record Deel(String sql, List<?> parameters, RowCallbackHandler verwerker) {

        public Deel {
            parameters = Collections.unmodifiableList(new ArrayList<>(parameters)); // null is SQL NULL
        }

        /** A query whose rows go to {@code verwerker}. */
        public static Deel lees(String sql, RowCallbackHandler verwerker, Object... parameters) {
            return new Deel(sql, Arrays.asList(parameters), verwerker);
        }

        /** A write (insert, update, delete); its update count is not used. */
        public static Deel schrijf(String sql, Object... parameters) {
            return new Deel(sql, Arrays.asList(parameters), null);
        }
    }

    /**
     * A read made of one or more statements, and what they found once the round trip that carried them ran: send
     * {@code delen} with others through {@link #uitvoeren}, then take {@code uitslag}.
     */
    public record Vraag<T>(List<Deel> delen, Supplier<T> uitslag) {}

    /**
     * Runs the statements in order, in the caller's transaction if any: in one round trip, or in as few as keep each
     * below {@value #PARAMETERS} parameters. The rows of each query go to its handler before the next statement's.
     * Nothing is sent for no statements.
     */
    public static void uitvoeren(JdbcTemplate template, List<Deel> delen) {
        int van = 0;
        while (van < delen.size()) {
            int tot = van, parameters = 0;
            do parameters += delen.get(tot++).parameters().size();
            while (tot < delen.size() && parameters + delen.get(tot).parameters().size() <= PARAMETERS);
            eenRondgang(template, delen.subList(van, tot));
            van = tot;
        }
    }

    private static void eenRondgang(JdbcTemplate template, List<Deel> delen) {
        var sql = new StringBuilder();
        for (Deel d : delen) sql.append(sql.isEmpty() ? "" : ";\n").append(d.sql());
        template.execute(sql.toString(), (PreparedStatement ps) -> {
            int p = 0;
            for (Deel d : delen) {
                for (Object waarde : d.parameters()) {
                    StatementCreatorUtils.setParameterValue(ps, ++p, SqlTypeValue.TYPE_UNKNOWN, waarde);
                }
            }
            boolean rijen = ps.execute();
            for (int i = 0; i < delen.size(); i++) {
                if (i > 0) rijen = ps.getMoreResults();
                if (!rijen) continue;
                try (ResultSet rs = ps.getResultSet()) {
                    RowCallbackHandler verwerker = delen.get(i).verwerker();
                    while (rs.next()) if (verwerker != null) verwerker.processRow(rs);
                }
            }
            return null;
        });
    }
}
