package nl.inbeeld.verzuim;

/**
 * The kinds of signal detection yields (spec §4). {@code verplicht}: the school must report it to the
 * municipality of residence; {@code voorSchool}: the signal is for the school itself (no {@code melden_aan}).
 */
public enum Signaalsoort {
    /** Art. 21a: 16 hours of unexcused absence within 4 consecutive lesweken. */
    VERZUIM_16_UUR(true, false),
    /** The same rule for a pupil of 18 to 23 without startkwalificatie (keuze: not mandatory). */
    RMC_18_PLUS(false, false),
    /** Langdurig relatief verzuim: full days absent without a valid reason for 4 weeks or more. */
    LANGDURIG_RELATIEF(true, false),
    /** Luxe verzuim: holiday or day out without leave (DUO reporting type), whatever the hours. */
    LUXE_VERZUIM(true, false),
    /** Unexcused absence adjacent to a holiday: a suspicion of luxe verzuim for the school to check. */
    LUXE_VERZUIM_VERMOEDEN(false, false),
    /** MAZL: the 4th sickness report within 12 lesweken. */
    MAZL_VIERDE_ZIEKMELDING(false, true),
    /** MAZL: the 7th consecutive lesson day of one sickness report. */
    MAZL_ZEVENDE_ZIEKTEDAG(false, true),
    /** Art. 12: illness notified more than 2 days after it began. */
    ZIEKMELDING_TE_LAAT(false, true),
    /** The school's late-arrival protocol (default 3-6-9-12 per school year). */
    TE_LAAT_HERHAALD(false, true);

    private final boolean verplicht;
    private final boolean voorSchool;

    Signaalsoort(boolean verplicht, boolean voorSchool) {
        this.verplicht = verplicht;
        this.voorSchool = voorSchool;
    }

    public boolean standaardVerplicht() {
        return verplicht;
    }

    /** Whether the signal is meant for the school itself, so it names no municipality to report to. */
    public boolean isVoorSchool() {
        return voorSchool;
    }
}
