package nl.inbeeld.opslag;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Several queries in one round trip: pgjdbc sends the statements of one execute before a single Sync, so PostgreSQL
 * answers them together. For small recomputations, where round trips are most of the time.
 */
public final class Rondgang {

    private Rondgang() {}

    /**
     * Runs {@code queries} (in the caller's transaction, if any) with {@code parameters} in order over all of them;
     * the rows of the i-th query go to the i-th handler.
     */
    public static void lees(JdbcTemplate template, List<String> queries, List<?> parameters,
            RowCallbackHandler... verwerkers) {
        if (queries.size() != verwerkers.length) throw new IllegalArgumentException("één verwerker per query");
        template.execute(String.join(";\n", queries), (PreparedStatement ps) -> {
            for (int i = 0; i < parameters.size(); i++) ps.setObject(i + 1, parameters.get(i));
            ps.execute();
            for (int i = 0; i < verwerkers.length; i++) {
                if (i > 0) ps.getMoreResults();
                try (ResultSet rs = ps.getResultSet()) {
                    while (rs.next()) verwerkers[i].processRow(rs);
                }
            }
            return null;
        });
    }
}
