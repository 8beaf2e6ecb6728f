package nl.inbeeld.leerplicht;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The Algemene termijnenwet (Atw) art. 1 lid 1: a statutory term that ends on a Saturday, Sunday or
 * {@linkplain Feestdagen feestdag} runs on to the next day that is none of these. Spec §7 makes it a keuze,
 * configurable and on by default ({@code inbeeld.leerplicht.algemene-termijnenwet}); it moves the end of the
 * art. 12 term of a ziekmelding (ZIEKMELDING_TE_LAAT) and makes the melding deadline count only working days that
 * are no feestdag. Atw art. 2 (a term of at least 3 days holds at least 2 working days) does not touch the 2-day
 * term of art. 12. With {@code geldt} false both are read as in v1: plain calendar days, working days Mon–Fri.
 *
 * @param geldt whether the Atw extension applies
 */
public record Termijnenwet(boolean geldt) {

    public static final Termijnenwet AAN = new Termijnenwet(true);
    public static final Termijnenwet UIT = new Termijnenwet(false);

    /** The day a statutory term that ends on {@code einde} really ends (Atw art. 1 lid 1). */
    public LocalDate einde(LocalDate einde) {
        if (!geldt) return einde;
        LocalDate dag = einde;
        while (isRustdag(dag)) dag = dag.plusDays(1);
        return dag;
    }

    /** {@link #einde(LocalDate)} on epoch days, for the detection core. */
    public int einde(int epochDag) {
        return geldt ? (int) einde(LocalDate.ofEpochDay(epochDag)).toEpochDay() : epochDag;
    }

    /** A working day for the melding deadline: Monday to Friday, and no feestdag while the Atw applies. */
    public boolean isWerkdag(LocalDate dag) {
        return !isWeekend(dag) && !(geldt && Feestdagen.isFeestdag(dag));
    }

    /** Saturday, Sunday or feestdag: the days of Atw art. 1 lid 1 on which no term ends. */
    public static boolean isRustdag(LocalDate dag) {
        return isWeekend(dag) || Feestdagen.isFeestdag(dag);
    }

    private static boolean isWeekend(LocalDate dag) {
        return dag.getDayOfWeek() == DayOfWeek.SATURDAY || dag.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
