package nl.inbeeld.demo;

import java.util.List;

/**
 * A demo pupil built by hand so that a known signal arises (or, for a negative scenario, does not), with the
 * signals it is built for as they stand on {@link Demoregio#VANDAAG}. Other signals may arise beside them where
 * the description says so.
 */
public record Scenario(String leerlingId, String beschrijving, List<Verwachtsignaal> signalen) {}
