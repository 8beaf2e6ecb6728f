package nl.inbeeld.leerplicht;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A jongere's groups over time, as boundary days (all inclusive) stored as epoch days, so that {@link #op} is a few
 * comparisons without allocation: it is called for every absence day in the detection hot path.
 *
 * <pre>
 * GEEN · · · | LEERPLICHTIG | KWALIFICATIEPLICHTIG | (GEEN) | RMC | GEEN · · ·
 *            vanaf          totEnMet               kwal. totEnMet   rmcVanaf   rmcTotEnMet
 * </pre>
 * Kwalificatieplicht always starts the day after leerplicht ends (art. 4b). A gap of GEEN before RMC exists only
 * for a jongere without kwalificatieplicht (art. 4a lid 2 exemption) who has no startkwalificatie.
 * Use {@link LocalDate} accessors such as {@link #leerplichtigVanaf()} outside the hot path.
 *
 * @param leerplichtigVanafDag             epoch day of the first leerplichtig day
 * @param leerplichtigTotEnMetDag          epoch day of the last leerplichtig day
 * @param kwalificatieplichtigTotEnMetDag  epoch day of the last kwalificatieplichtig day, {@link #GEEN_DAG} when none
 * @param rmcVanafDag                      epoch day of the first RMC day, {@link #NOOIT_DAG} when none
 * @param rmcTotEnMetDag                   epoch day of the last RMC day, {@link #GEEN_DAG} when none
 * @param wet                              the rule set the boundaries were computed with
 */
public record Leerplichttijdlijn(long leerplichtigVanafDag, long leerplichtigTotEnMetDag,
                                 long kwalificatieplichtigTotEnMetDag, long rmcVanafDag, long rmcTotEnMetDag,
                                 Leerplichtwet wet) {

    /** Marks an absent "tot en met" day: every day is after it. */
    public static final long GEEN_DAG = Long.MIN_VALUE;
    /** Marks an absent "vanaf" day: no day reaches it. */
    public static final long NOOIT_DAG = Long.MAX_VALUE;

    public Leerplichttijdlijn {
        Objects.requireNonNull(wet, "wet");
        if (leerplichtigTotEnMetDag < leerplichtigVanafDag - 1) {
            throw new IllegalArgumentException("Leerplicht eindigt vóór hij begint");
        }
        if (kwalificatieplichtigTotEnMetDag != GEEN_DAG && kwalificatieplichtigTotEnMetDag <= leerplichtigTotEnMetDag) {
            throw new IllegalArgumentException("Kwalificatieplicht moet na de leerplicht liggen");
        }
        boolean geenRmc = rmcVanafDag == NOOIT_DAG;
        if (geenRmc != (rmcTotEnMetDag == GEEN_DAG)) {
            throw new IllegalArgumentException("RMC-periode half ingevuld");
        }
        if (!geenRmc && (rmcTotEnMetDag < rmcVanafDag
                || rmcVanafDag <= Math.max(leerplichtigTotEnMetDag, kwalificatieplichtigTotEnMetDag))) {
            throw new IllegalArgumentException("RMC-periode leeg of niet na de kwalificatieplicht");
        }
    }

    static Leerplichttijdlijn van(LocalDate leerplichtigVanaf, LocalDate leerplichtigTotEnMet,
                                  LocalDate kwalificatieplichtigTotEnMet, LocalDate rmcVanaf, LocalDate rmcTotEnMet,
                                  Leerplichtwet wet) {
        return new Leerplichttijdlijn(leerplichtigVanaf.toEpochDay(), leerplichtigTotEnMet.toEpochDay(),
                kwalificatieplichtigTotEnMet == null ? GEEN_DAG : kwalificatieplichtigTotEnMet.toEpochDay(),
                rmcVanaf == null ? NOOIT_DAG : rmcVanaf.toEpochDay(),
                rmcTotEnMet == null ? GEEN_DAG : rmcTotEnMet.toEpochDay(), wet);
    }

    /** The group on {@code peildatum}. */
    public Leerplichtstatus op(LocalDate peildatum) {
        return op(peildatum.toEpochDay());
    }

    /** The group on the day with this epoch day number ({@link LocalDate#toEpochDay()}). */
    public Leerplichtstatus op(long epochDag) {
        if (epochDag < leerplichtigVanafDag) return Leerplichtstatus.GEEN;
        if (epochDag <= leerplichtigTotEnMetDag) return Leerplichtstatus.LEERPLICHTIG;
        if (epochDag <= kwalificatieplichtigTotEnMetDag) return Leerplichtstatus.KWALIFICATIEPLICHTIG;
        if (epochDag >= rmcVanafDag && epochDag <= rmcTotEnMetDag) return Leerplichtstatus.RMC;
        return Leerplichtstatus.GEEN;
    }

    /** The first leerplichtig day (art. 3 lid 1 aanhef). */
    public LocalDate leerplichtigVanaf() {
        return LocalDate.ofEpochDay(leerplichtigVanafDag);
    }

    /** The last leerplichtig day, always a 31 July (art. 3 lid 1 onder a or b). */
    public LocalDate leerplichtigTotEnMet() {
        return LocalDate.ofEpochDay(leerplichtigTotEnMetDag);
    }

    /** The first kwalificatieplichtig day, or {@code null} when there is none (art. 4b). */
    public LocalDate kwalificatieplichtigVanaf() {
        return kwalificatieplichtigTotEnMetDag == GEEN_DAG ? null : LocalDate.ofEpochDay(leerplichtigTotEnMetDag + 1);
    }

    /** The last kwalificatieplichtig day, or {@code null} when there is none (art. 4a lid 2, 4b). */
    public LocalDate kwalificatieplichtigTotEnMet() {
        return kwalificatieplichtigTotEnMetDag == GEEN_DAG ? null : LocalDate.ofEpochDay(kwalificatieplichtigTotEnMetDag);
    }

    /** The 18th birthday when the jongere then has no startkwalificatie, otherwise {@code null}. */
    public LocalDate rmcVanaf() {
        return rmcVanafDag == NOOIT_DAG ? null : LocalDate.ofEpochDay(rmcVanafDag);
    }

    /** The day before the 23rd birthday or before the startkwalificatie, or {@code null} when there is no RMC period. */
    public LocalDate rmcTotEnMet() {
        return rmcTotEnMetDag == GEEN_DAG ? null : LocalDate.ofEpochDay(rmcTotEnMetDag);
    }

    @Override
    public String toString() {
        return "Leerplichttijdlijn[leerplichtig " + leerplichtigVanaf() + " t/m " + leerplichtigTotEnMet()
                + ", kwalificatieplichtig t/m " + kwalificatieplichtigTotEnMet()
                + ", RMC " + rmcVanaf() + " t/m " + rmcTotEnMet() + ", " + wet + "]";
    }
}
