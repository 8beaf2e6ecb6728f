package nl.inbeeld.verzuim;

/**
 * The kinds of signal detection yields (spec §4). {@code verplicht}: the school must report it to the
 * municipality of residence; {@code voorSchool}: the signal is for the school itself (no {@code melden_aan}).
 */
public enum Signaalsoort {
    /** Art. 21a: 16 hours of unexcused absence within 4 consecutive lesweken. */
    VERZUIM_16_UUR("16 uur in 4 lesweken", true, false),
    /**
     * The same rule for a pupil of 18 to 23 without startkwalificatie, with its own threshold (keuze; mandatory by
     * default since spec v1.1 §7, {@code inbeeld.verzuim.rmc-verplicht}).
     */
    RMC_18_PLUS("RMC 18+: 16 uur in 4 lesweken", true, false),
    /** Langdurig relatief verzuim: full days absent without a valid reason for 4 weeks or more. */
    LANGDURIG_RELATIEF("Langdurig relatief verzuim", true, false),
    /** Luxe verzuim: holiday or day out without leave (DUO reporting type), whatever the hours. */
    LUXE_VERZUIM("Luxe verzuim", true, false),
    /** ONGEOORLOOFD or ZIEK (spec v1.1 §7) next to a holiday: a suspicion of luxe verzuim for the school to check. */
    LUXE_VERZUIM_VERMOEDEN("Vermoeden luxe verzuim", false, false),
    /** MAZL: the 4th sickness report within 12 lesweken. */
    MAZL_VIERDE_ZIEKMELDING("MAZL: 4e ziekmelding in 12 weken", false, true),
    /** MAZL: the 7th consecutive lesson day of one sickness report. */
    MAZL_ZEVENDE_ZIEKTEDAG("MAZL: 7e ziektedag op rij", false, true),
    /** Art. 12: illness notified more than 2 days after it began. */
    ZIEKMELDING_TE_LAAT("Ziekmelding te laat", false, true),
    /** The school's late-arrival protocol (default 3-6-9-12 per school year). */
    TE_LAAT_HERHAALD("Herhaald te laat", false, true);

    private final String omschrijving;
    private final boolean verplicht;
    private final boolean voorSchool;

    Signaalsoort(String omschrijving, boolean verplicht, boolean voorSchool) {
        this.omschrijving = omschrijving;
        this.verplicht = verplicht;
        this.voorSchool = voorSchool;
    }

    /** The name for people, in Dutch. */
    public String omschrijving() {
        return omschrijving;
    }

    public boolean standaardVerplicht() {
        return verplicht;
    }

    /** Whether the signal is meant for the school itself, so it names no municipality to report to. */
    public boolean isVoorSchool() {
        return voorSchool;
    }
}
