package nl.inbeeld.aanwezigheid;

import java.util.Set;
import nl.inbeeld.leerling.LeerlingId;

/**
 * The complete stored absence rows of a set of pupils, already in memory, given row by row as primitives: per pupil
 * and school in date order (then by code), each key once. An import hands these to detection with
 * {@link AbsentiesGewijzigd}, so the rows it has just written need not be read back.
 */
public interface Absentierijen {

    /** Marks a row without a {@code gemeld_op} date. */
    int GEEN_DATUM = Integer.MIN_VALUE;

    /** Receives the rows; the same {@code String} instances are passed for the rows of one pupil and school. */
    @FunctionalInterface
    interface Verwerker {
        void rij(String leerling, String school, int epochDag, Absentiecode code, int minuten, int aantal, int gemeldOp);
    }

    /** The pupils whose rows are all here (a pupil without any row may be among them). */
    Set<LeerlingId> leerlingen();

    /** Gives every row of the pupils in {@code welke} (a subset of {@link #leerlingen()}). */
    void lees(Set<LeerlingId> welke, Verwerker verwerker);
}
