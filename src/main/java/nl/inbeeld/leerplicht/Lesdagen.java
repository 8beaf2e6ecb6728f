package nl.inbeeld.leerplicht;

import java.time.LocalDate;

/**
 * The school calendar as far as art. 3 lid 1 needs it ("de eerste schooldag van de maand").
 * The school module supplies it, e.g. {@code schoolkalender::eersteLesdagVanaf}.
 */
@FunctionalInterface
public interface Lesdagen {

    /** The first lesson day on or after {@code dag} (so {@code dag} itself when it is a lesson day). */
    LocalDate eersteLesdagVanaf(LocalDate dag);
}
