/**
 * Storage machinery shared by modules that write in bulk: {@link nl.inbeeld.opslag.Binairkopie}, rows for
 * {@code COPY … (format binary)}. No domain types.
 */
package nl.inbeeld.opslag;
