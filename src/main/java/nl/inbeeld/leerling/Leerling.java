package nl.inbeeld.leerling;

import java.time.LocalDate;
import nl.inbeeld.school.Gemeentecode;

/**
 * A pupil: date of birth, municipality of residence, the day a startkwalificatie was obtained (or null), and the name
 * and class the school delivered (spec §7; {@link Naam#ONBEKEND} when none).
 */
public record Leerling(LeerlingId id, LocalDate geboortedatum, Gemeentecode woongemeente, LocalDate startkwalificatieOp,
        Naam naam) {

    public Leerling {
        if (naam == null) naam = Naam.ONBEKEND;
    }

    /** A pupil without a known name. */
    public Leerling(LeerlingId id, LocalDate geboortedatum, Gemeentecode woongemeente, LocalDate startkwalificatieOp) {
        this(id, geboortedatum, woongemeente, startkwalificatieOp, Naam.ONBEKEND);
    }
}
