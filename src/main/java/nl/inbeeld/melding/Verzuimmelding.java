package nl.inbeeld.melding;

import java.time.LocalDate;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.verzuim.Signaalsoort;

/**
 * A verzuimmelding with the DUO fields (rules.md 2.3.5): soort, pupil, school, the municipality it goes to
 * ({@code meldenAan}: the woongemeente on {@code einddatum}), begindatum (first day of absence), einddatum (the
 * day the threshold was reached; for a bundle the last signal's), minutes where counted, and what the school
 * already did. Status, deadline and the date of every transition; on closing, leerplicht's {@code uitkomst} and
 * {@code terugkoppeling} (the message the school sees).
 *
 * @param bundelstart the einddatum of the first signal in this melding: start of its 7-day bundling window
 * @param bron the signal soort it was made from; null for an overig melding made by hand
 * @param toelichting the school's explanation of an overig melding
 * @param deadline einddatum of the first signal + the term in working days (for a follow-up draft counted from the
 *     day it may be sent); null for OVERIG (no legal term)
 * @param verzendbaarVanaf for a follow-up draft (spec v1.1 §7): the day it may be sent, 7 days after the previous
 *     melding of the same kind was sent; null when it may be sent at once
 * @param intrekking the school's withdrawal of a sent melding (status INGETROKKEN), or null
 */
public record Verzuimmelding(
        long id,
        Meldingsoort soort,
        LeerlingId leerling,
        SchoolId school,
        Gemeentecode meldenAan,
        LocalDate begindatum,
        LocalDate einddatum,
        Integer minuten,
        LocalDate bundelstart,
        Signaalsoort bron,
        String toelichting,
        String watSchoolDeed,
        Meldingstatus status,
        LocalDate deadline,
        LocalDate aangemaaktOp,
        LocalDate verzondenOp,
        String verzondenDoor,
        LocalDate inBehandelingOp,
        String behandelaar,
        LocalDate afgeslotenOp,
        Uitkomst uitkomst,
        String terugkoppeling,
        LocalDate vervallenOp,
        LocalDate verzendbaarVanaf,
        Intrekking intrekking) {

    /** The school withdrew the melding on {@code op}, {@code door} whom, for this reason (issue 10 item 7). */
    public record Intrekking(LocalDate op, String door, String reden) {}

    /** A melding that was not withdrawn. */
    public Verzuimmelding(long id, Meldingsoort soort, LeerlingId leerling, SchoolId school, Gemeentecode meldenAan,
            LocalDate begindatum, LocalDate einddatum, Integer minuten, LocalDate bundelstart, Signaalsoort bron,
            String toelichting, String watSchoolDeed, Meldingstatus status, LocalDate deadline, LocalDate aangemaaktOp,
            LocalDate verzondenOp, String verzondenDoor, LocalDate inBehandelingOp, String behandelaar,
            LocalDate afgeslotenOp, Uitkomst uitkomst, String terugkoppeling, LocalDate vervallenOp,
            LocalDate verzendbaarVanaf) {
        this(id, soort, leerling, school, meldenAan, begindatum, einddatum, minuten, bundelstart, bron, toelichting,
                watSchoolDeed, status, deadline, aangemaaktOp, verzondenOp, verzondenDoor, inBehandelingOp, behandelaar,
                afgeslotenOp, uitkomst, terugkoppeling, vervallenOp, verzendbaarVanaf, null);
    }

    /**
     * Not sent by its deadline: still a CONCEPT after the deadline day, or sent after it. A melding due today is
     * not yet late. OVERIG (no deadline) and VERVALLEN are never late.
     */
    public boolean teLaat(LocalDate vandaag) {
        if (deadline == null || status == Meldingstatus.VERVALLEN) return false;
        LocalDate verzonden = verzondenOp != null ? verzondenOp : vandaag;
        return verzonden.isAfter(deadline);
    }

    /** Hours, rounded down, for people (the minutes are what counts). */
    public Integer uren() {
        return minuten == null ? null : minuten / 60;
    }
}
