package nl.inbeeld.melding;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.verzuim.Signaalsoort;

/** Reads a row of table {@code melding}. */
final class Meldingrij {

    private Meldingrij() {}

    static Verzuimmelding lees(ResultSet rs) throws SQLException {
        String bron = rs.getString("bron");
        String uitkomst = rs.getString("uitkomst");
        return new Verzuimmelding(rs.getLong("id"), Meldingsoort.valueOf(rs.getString("soort")),
                new LeerlingId(rs.getString("leerling_id")), new SchoolId(rs.getString("school_id")),
                new Gemeentecode(rs.getString("melden_aan")), datum(rs, "begindatum"), datum(rs, "einddatum"),
                (Integer) rs.getObject("minuten"), datum(rs, "bundelstart"),
                bron == null ? null : Signaalsoort.valueOf(bron), rs.getString("toelichting"),
                rs.getString("wat_school_deed"), Meldingstatus.valueOf(rs.getString("status")),
                datum(rs, "deadline"), datum(rs, "aangemaakt_op"), datum(rs, "verzonden_op"),
                rs.getString("verzonden_door"), datum(rs, "in_behandeling_op"), rs.getString("behandelaar"),
                datum(rs, "afgesloten_op"), uitkomst == null ? null : Uitkomst.valueOf(uitkomst),
                rs.getString("terugkoppeling"), datum(rs, "vervallen_op"), datum(rs, "verzendbaar_vanaf"),
                rs.getDate("ingetrokken_op") == null ? null : new Verzuimmelding.Intrekking(datum(rs, "ingetrokken_op"),
                        rs.getString("ingetrokken_door"), rs.getString("intrekreden")));
    }

    static LocalDate datum(ResultSet rs, String kolom) throws SQLException {
        Date d = rs.getDate(kolom);
        return d == null ? null : d.toLocalDate();
    }

    static Date sql(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
