package nl.inbeeld.leerling;

import java.util.Collection;

/**
 * Some pupils as a condition on a pupil-id column. One pupil (an absence entered) becomes {@code kolom = ?}, for
 * which PostgreSQL keeps one generic plan per connection; more become {@code kolom = any(?)}, which it plans again on
 * every call (a generic plan must assume an array of unknown length).
 */
public record Leerlingvoorwaarde(String sql, Object waarde) {

    public static Leerlingvoorwaarde op(String kolom, Collection<LeerlingId> ids) {
        if (ids.size() == 1) return new Leerlingvoorwaarde(kolom + " = ?", ids.iterator().next().waarde());
        return new Leerlingvoorwaarde(kolom + " = any(?)", ids.stream().map(LeerlingId::waarde).toArray(String[]::new));
    }
}
