package nl.inbeeld.aanwezigheid.inlezen;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.inbeeld.aanwezigheid.Absenties;
import nl.inbeeld.leerling.Inschrijving;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerling.Leerlingen;
import nl.inbeeld.school.School;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.school.Scholen;
import nl.inbeeld.school.Schoolkalender;
import org.springframework.stereotype.Component;

/** The stored state an import is validated against, loaded in bulk (a few queries, never one per row). */
@Component
class Opgeslagen {

    private final Scholen scholen;
    private final Leerlingen leerlingen;
    private final Absenties absenties;

    Opgeslagen(Scholen scholen, Leerlingen leerlingen, Absenties absenties) {
        this.scholen = scholen;
        this.leerlingen = leerlingen;
        this.absenties = absenties;
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
        List<LeerlingId> ids = new ArrayList<>(tabel.aantalLeerlingen());
        for (int l = 0; l < tabel.aantalLeerlingen(); l++) ids.add(new LeerlingId(tabel.leerlingen[l]));
        absenties.lees(ids, (leerling, school, dag, code, minuten, aantal, gemeldOp) -> tabel.voegToe(
                tabel.bestaandeLeerling(leerling), tabel.schoolNummer(school), dag, code.ordinal(), minuten, aantal,
                gemeldOp, 0));
    }
}
