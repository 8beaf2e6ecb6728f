package nl.inbeeld.leerplicht;

/**
 * What is known of a jongere's school history, as far as the twelve-school-year rule of art. 3 lid 1 onder a needs
 * it: a counter of <em>volledige schooljaren</em>, read at the end of a given school year.
 *
 * <p>The model (rules.md §1, "ambiguities"): the case file holds a counter "after school year {@code naSchooljaar}
 * the jongere had attended {@code volledigeSchooljaren} full school years". From then on <b>every following school
 * year counts as one full school year</b>, so the counter answers in which school year the twelfth is completed;
 * leerplicht ends on 31 July of that school year (when that comes before the end by age, art. 3 lid 1 onder b).
 *
 * <p>Two ways to fill the counter:
 * <ul>
 *   <li>{@link #volgensBasisonderwijs}: from the first full school year and the years spent in basisonderwijs. A
 *       jongere who completed the basisschool in fewer than eight school years is deemed to have attended eight
 *       (art. 3 lid 2).</li>
 *   <li>{@link #handmatig}: the count the leerplichtambtenaar established from the file; it overrides everything.
 *       Whether years in group 1 before the child was leerplichtig count is UNCONFIRMED (rules.md §1), so the
 *       ambtenaar decides that in the count.</li>
 * </ul>
 * When the history is unknown, {@link Jongere#loopbaan()} is {@code null} and only the age rule applies (spec §3).
 *
 * @param volledigeSchooljaren full school years attended at the end of {@code naSchooljaar} (0–20)
 * @param naSchooljaar         the school year at whose end the count was taken
 */
public record Schoolloopbaan(int volledigeSchooljaren, Schooljaar naSchooljaar) {

    /** Art. 3 lid 2: a basisschool completed in fewer than eight school years counts as eight. */
    static final int BASISONDERWIJS_GEACHT = 8;

    public Schoolloopbaan {
        if (volledigeSchooljaren < 0 || volledigeSchooljaren > 20) {
            throw new IllegalArgumentException("Aantal volledige schooljaren buiten 0–20: " + volledigeSchooljaren);
        }
        if (naSchooljaar == null) throw new IllegalArgumentException("naSchooljaar ontbreekt");
    }

    /** The leerplichtambtenaar's own count: "after school year {@code naSchooljaar}: {@code volledigeSchooljaren}". */
    public static Schoolloopbaan handmatig(int volledigeSchooljaren, Schooljaar naSchooljaar) {
        return new Schoolloopbaan(volledigeSchooljaren, naSchooljaar);
    }

    /**
     * The count from the start of school.
     *
     * @param eersteVolledigeSchooljaar the first school year the jongere attended in full
     * @param jarenBasisonderwijs       full school years spent in basisonderwijs (so far, or in all when completed)
     * @param basisonderwijsVoltooid    whether the basisschool was completed after those years; then fewer than
     *                                  eight years count as eight (art. 3 lid 2)
     */
    public static Schoolloopbaan volgensBasisonderwijs(Schooljaar eersteVolledigeSchooljaar, int jarenBasisonderwijs,
                                                       boolean basisonderwijsVoltooid) {
        int geteld = basisonderwijsVoltooid ? Math.max(BASISONDERWIJS_GEACHT, jarenBasisonderwijs) : jarenBasisonderwijs;
        return new Schoolloopbaan(geteld, eersteVolledigeSchooljaar.plus(jarenBasisonderwijs - 1));
    }

    /** The school year at whose end {@code aantal} full school years are completed (may lie in the past). */
    public Schooljaar schooljaarWaarinVoltooid(int aantal) {
        return naSchooljaar.plus(aantal - volledigeSchooljaren);
    }

    /** The school year in which the twelfth full school year is completed (art. 3 lid 1 onder a). */
    public Schooljaar twaalfdeSchooljaar() {
        return schooljaarWaarinVoltooid(12);
    }
}
