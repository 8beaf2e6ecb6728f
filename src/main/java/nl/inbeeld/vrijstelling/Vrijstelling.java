package nl.inbeeld.vrijstelling;

import java.time.LocalDate;
import nl.inbeeld.leerling.LeerlingId;

/**
 * An exemption of a pupil from the duty to attend school, from {@code van} up to and including {@code totEnMet}
 * (null = open-ended); {@code kennisgevingOp} is the day the notice was given (may be null).
 */
public record Vrijstelling(LeerlingId leerling, Vrijstellingsgrond grond, LocalDate van, LocalDate totEnMet,
        LocalDate kennisgevingOp) {}
