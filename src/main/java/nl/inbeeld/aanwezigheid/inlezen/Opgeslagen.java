package nl.inbeeld.aanwezigheid.inlezen;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.inbeeld.aanwezigheid.Absentiecode;
import nl.inbeeld.leerling.Inschrijving;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerling.Leerlingen;
import nl.inbeeld.school.School;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.school.Scholen;
import nl.inbeeld.school.Schoolkalender;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The stored state an import is validated against, loaded in bulk (a few queries, never one per row). */
@Component
class Opgeslagen {

    private final Scholen scholen;
    private final Leerlingen leerlingen;
    private final JdbcTemplate jdbc;

    Opgeslagen(Scholen scholen, Leerlingen leerlingen, DataSource dataSource) {
        this.scholen = scholen;
        this.leerlingen = leerlingen;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(10_000);
    }

    Map<SchoolId, School> scholen() {
        Map<SchoolId, School> perId = new java.util.HashMap<>();
        scholen.alle().forEach(s -> perId.put(s.id(), s));
        return perId;
    }

    Map<SchoolId, Schoolkalender> kalenders() {
        return scholen.kalenders();
    }

    Set<LeerlingId> bekendeLeerlingen(Collection<LeerlingId> ids) {
        return leerlingen.bekend(ids);
    }

    List<Inschrijving> inschrijvingen(Collection<LeerlingId> ids) {
        return leerlingen.inschrijvingen(ids);
    }

    /**
     * Adds every stored absence of the pupils in {@code tabel} as rows with line 0: the day totals need those on the
     * folder's days, and with all of them the table holds each pupil's whole administration after the import, which
     * detection then reads from memory ({@link Tabelrijen}).
     */
    void absenties(Absentietabel tabel) {
        if (tabel.aantal == 0) return;
        String[] ids = Arrays.copyOf(tabel.leerlingen, tabel.aantalLeerlingen());
        jdbc.query("""
                select leerling_id, school_id, datum - date '1970-01-01', code, minuten, aantal,
                  gemeld_op - date '1970-01-01' from absentie where leerling_id = any(?)""", rs -> {
                    int l = tabel.bestaandeLeerling(rs.getString(1));
                    if (l < 0) return;
                    int gemeld = rs.getInt(7);
                    if (rs.wasNull()) gemeld = Absentietabel.GEEN;
                    tabel.voegToe(l, tabel.schoolNummer(rs.getString(2)), rs.getInt(3),
                            Absentiecode.valueOf(rs.getString(4)).ordinal(), rs.getInt(5), rs.getInt(6), gemeld, 0);
                }, (Object) ids);
    }
}
