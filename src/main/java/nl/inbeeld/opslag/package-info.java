/**
 * Storage machinery shared by modules: {@link nl.inbeeld.opslag.Binairkopie} (rows for {@code COPY … (format
 * binary)}), {@link nl.inbeeld.opslag.Savepunt} (a write tried to a savepoint) and {@link nl.inbeeld.opslag.Rondgang}
 * (several queries in one round trip). No domain types.
 */
package nl.inbeeld.opslag;
