package nl.inbeeld.aanwezigheid;

import java.sql.Date;
import java.util.Collection;
import java.util.function.Consumer;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.school.SchoolId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the verzuimadministratie. */
@Repository
public class Absenties {

    private final JdbcClient jdbc;

    Absenties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The absences of these pupils, ordered by pupil, school, day and code. */
    public void lees(Collection<LeerlingId> leerlingen, Consumer<Absentie> verwerker) {
        jdbc.sql("""
                select leerling_id, school_id, datum, code, minuten, aantal, gemeld_op from absentie
                where leerling_id = any(?) order by leerling_id, school_id, datum, code""")
                .param(leerlingen.stream().map(LeerlingId::waarde).toArray(String[]::new))
                .query(rs -> {
                    Date gemeld = rs.getDate(7);
                    verwerker.accept(new Absentie(new LeerlingId(rs.getString(1)), new SchoolId(rs.getString(2)),
                            rs.getDate(3).toLocalDate(), Absentiecode.valueOf(rs.getString(4)), rs.getInt(5),
                            rs.getInt(6), gemeld == null ? null : gemeld.toLocalDate()));
                });
    }
}
