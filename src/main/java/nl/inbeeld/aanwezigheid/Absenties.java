package nl.inbeeld.aanwezigheid;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerling.Leerlingvoorwaarde;
import nl.inbeeld.opslag.Rondgang;
import nl.inbeeld.school.SchoolId;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the verzuimadministratie. */
@Repository
public class Absenties {

    private final JdbcClient jdbc;
    private final JdbcClient stroom;

    Absenties(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        var template = new JdbcTemplate(dataSource);
        template.setFetchSize(10_000); // in a transaction: millions of rows arrive in parts, not all at once
        this.stroom = JdbcClient.create(template);
    }

    private static final String VAN_LEERLINGEN = "select leerling_id, school_id, datum - date '1970-01-01', code,"
            + " minuten, aantal, gemeld_op - date '1970-01-01' from absentie where %s"
            + " order by leerling_id, school_id, datum, code";

    /** The absences of these pupils, ordered by pupil, school, day and code, as primitives; streamed. */
    public void lees(Collection<LeerlingId> leerlingen, Absentierijen.Verwerker verwerker) {
        var voorwaarde = Leerlingvoorwaarde.op("leerling_id", leerlingen);
        stroom.sql(VAN_LEERLINGEN.formatted(voorwaarde.sql())).param(voorwaarde.waarde())
                .query((RowCallbackHandler) rs -> rij(rs, verwerker));
    }

    /**
     * As {@link #lees}, as one statement to go in a round trip with others (the rows arrive whole, not streamed:
     * for a few pupils).
     */
    public Rondgang.Deel deel(Collection<LeerlingId> leerlingen, Absentierijen.Verwerker verwerker) {
        var voorwaarde = Leerlingvoorwaarde.op("leerling_id", leerlingen);
        return Rondgang.Deel.lees(VAN_LEERLINGEN.formatted(voorwaarde.sql()), rs -> rij(rs, verwerker), voorwaarde.waarde());
    }

    private static void rij(ResultSet rs, Absentierijen.Verwerker verwerker) throws SQLException {
        int gemeld = rs.getInt(7);
        if (rs.wasNull()) gemeld = Absentierijen.GEEN_DATUM;
        verwerker.rij(rs.getString(1), rs.getString(2), rs.getInt(3), Absentiecode.valueOf(rs.getString(4)),
                rs.getInt(5), rs.getInt(6), gemeld);
    }

    /** The absences of one pupil that the user may see ({@link nl.inbeeld.toegang.Bereik#absenties}). */
    public java.util.List<Absentie> van(nl.inbeeld.toegang.Bereik bereik, LeerlingId leerling) {
        var voorwaarde = bereik.absenties("absentie.leerling_id", "absentie.school_id", "absentie.datum");
        java.util.List<Object> params = new java.util.ArrayList<>(java.util.List.of(leerling.waarde()));
        params.addAll(voorwaarde.params());
        java.util.List<Absentie> uit = new java.util.ArrayList<>();
        jdbc.sql("select leerling_id, school_id, datum, code, minuten, aantal, gemeld_op from absentie"
                        + " where leerling_id = ? and " + voorwaarde.sql() + " order by datum, school_id, code")
                .params(params)
                .query(rs -> {
                    Date gemeld = rs.getDate(7);
                    uit.add(new Absentie(new LeerlingId(rs.getString(1)), new SchoolId(rs.getString(2)),
                            rs.getDate(3).toLocalDate(), Absentiecode.valueOf(rs.getString(4)), rs.getInt(5),
                            rs.getInt(6), gemeld == null ? null : gemeld.toLocalDate()));
                });
        return uit;
    }

    /** One change of the administration: when, by whom, the old and new value (JSON), and the import if any. */
    public record Wijziging(java.time.OffsetDateTime op, String door, String oud, String nieuw, Long inlezing) {}

    /** The history of changes of this pupil's absence rows (newest first) that the user may see. */
    public java.util.List<Wijziging> historie(nl.inbeeld.toegang.Bereik bereik, LeerlingId leerling) {
        var voorwaarde = bereik.historie("(oude_waarde ->> 'leerling_id')", "(oude_waarde ->> 'school_id')");
        java.util.List<Object> params = new java.util.ArrayList<>(
                java.util.List.of(leerling.waarde().replace("_", "\\_") + "|%"));
        params.addAll(voorwaarde.params());
        return jdbc.sql("select op, door, oude_waarde::text, nieuwe_waarde::text, inlezing_id from wijziging"
                        + " where tabel = 'absentie' and sleutel like ? and " + voorwaarde.sql() + " order by op desc, id desc")
                .params(params)
                .query((rs, i) -> new Wijziging(rs.getObject(1, java.time.OffsetDateTime.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), (Long) rs.getObject(5)))
                .list();
    }
}
