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

    AbsentieLezer(Absentietabel tabel) {
        this.tabel = tabel;
    }

    @Override
    public void accept(Velden v) {
        String leerling = v.id(0, LeerlingId::isGeldig, Rijlezers.LEERLING_VORM);
        String school = v.id(1, SchoolId::isGeldig, Rijlezers.SCHOOL_VORM);
        int dag = v.dag(2);
        int minuten = v.getal(3, 1, 720, 0);
        Absentiecode code = v.keuze(4, CODES);
        int aantal = 0;
        String aantalTekst = v.tekst(5);
        if (code == Absentiecode.TE_LAAT) {
            aantal = v.getal(5, 1, MAX_AANTAL, 1);
        } else if (code != null && !aantalTekst.isEmpty()) {
            v.afkeur(5, "mag alleen bij code TE_LAAT");
        }
        int gemeldOp = v.dag(6);
        if (v.fout()) return;
        tabel.voegToe(tabel.leerlingNummer(leerling), tabel.schoolNummer(school), dag, code.ordinal(), minuten,
                code.ordinal() == TE_LAAT ? aantal : 0, gemeldOp, (int) v.regel());
        tabel.misschienPubliceren();
    }
}
