package nl.inbeeld.aanwezigheid.inlezen;

import java.util.function.Consumer;
import nl.inbeeld.aanwezigheid.Absentiecode;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.school.SchoolId;

/** Reads the rows of absenties.csv into an {@link Absentietabel}, checking every field. */
final class AbsentieLezer implements Consumer<Velden> {

    static final int MAX_AANTAL = 99;
    private static final Absentiecode[] CODES = Absentiecode.values();
    private static final int TE_LAAT = Absentiecode.TE_LAAT.ordinal();

    private final Absentietabel tabel;
    // the ids of the row before: rows come grouped by pupil, and a repeated id is not made into a String again
    private String vorigeLeerling, vorigeSchool;

    AbsentieLezer(Absentietabel tabel) {
        this.tabel = tabel;
    }

    @Override
    public void accept(Velden v) {
        String leerling = v.id(0, LeerlingId::isGeldig, Rijlezers.LEERLING_VORM, vorigeLeerling);
        String school = v.id(1, SchoolId::isGeldig, Rijlezers.SCHOOL_VORM, vorigeSchool);
        int dag = v.dag(2);
        int minuten = v.getal(3, 1, 720, 0);
        Absentiecode code = v.keuze(4, CODES);
        int aantal = 0;
        if (code == Absentiecode.TE_LAAT) {
            aantal = v.getal(5, 1, MAX_AANTAL, 1);
        } else if (code != null && !v.leeg(5)) {
            v.afkeur(5, "mag alleen bij code TE_LAAT");
        }
        int gemeldOp = v.dag(6);
        if (leerling != null) vorigeLeerling = leerling;
        if (school != null) vorigeSchool = school;
        if (v.fout()) return;
        tabel.voegToe(tabel.leerlingNummer(leerling), tabel.schoolNummer(school), dag, code.ordinal(), minuten,
                code.ordinal() == TE_LAAT ? aantal : 0, gemeldOp, (int) v.regel());
        tabel.misschienPubliceren();
    }
}
