package nl.inbeeld.aanwezigheid.inlezen;

import java.sql.Date;
import java.time.LocalDate;
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
     * Adds the stored absences of the pupils in {@code tabel}, on the days its folder rows span, as rows with
     * line 0. Rows of schools the folder does not mention cannot meet a folder row and are left out.
     */
    void absenties(Absentietabel tabel) {
        int n = tabel.aantal;
        if (n == 0) return;
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, tabel.dag[i]);
            max = Math.max(max, tabel.dag[i]);
        }
        String[] ids = Arrays.copyOf(tabel.leerlingen, tabel.aantalLeerlingen());
        jdbc.query("""
                select leerling_id, school_id, datum, code, minuten from absentie
                where datum between ? and ? and leerling_id = any(?)""", rs -> {
                    int s = tabel.bestaandeSchool(rs.getString(2));
                    int l = tabel.bestaandeLeerling(rs.getString(1));
                    if (s < 0 || l < 0) return;
                    int code = Absentiecode.valueOf(rs.getString(4)).ordinal();
                    tabel.voegToe(l, s, (int) rs.getDate(3).toLocalDate().toEpochDay(), code, rs.getInt(5), 0,
                            Absentietabel.GEEN, 0);
                }, Date.valueOf(LocalDate.ofEpochDay(min)), Date.valueOf(LocalDate.ofEpochDay(max)),
                ids);
    }
}
