package nl.inbeeld.leerling;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import nl.inbeeld.opslag.Binairkopie;
import nl.inbeeld.opslag.Savepunt;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores many rows of one table in the caller's transaction with two statements: COPY into a temporary staging
 * table, then one {@code insert … select … on conflict do update … where … is distinct from … returning} the pupil
 * id, so an identical row changes nothing (and leaves no history) and exactly the added or changed pupils come back.
 * When no key is stored yet the rows are copied straight into the table.
 */
final class Stapelopslag {

    /** How one table is written: its columns (the first is the pupil id), its key and the columns an update sets. */
    record Tabel(String naam, List<String> kolommen, List<String> sleutel) {

        String upsert(String invoer) {
            String lijst = String.join(", ", kolommen);
            List<String> rest = kolommen.stream().filter(k -> !sleutel.contains(k)).toList();
            String zet = String.join(", ", rest.stream().map(k -> k + " = excluded." + k).toList());
            String oud = String.join(", ", rest.stream().map(k -> naam + "." + k).toList());
            String nieuw = String.join(", ", rest.stream().map(k -> "excluded." + k).toList());
            return "insert into " + naam + " (" + lijst + ") select " + lijst + " from " + invoer
                    + " on conflict (" + String.join(", ", sleutel) + ") do update set " + zet
                    + " where (" + oud + ") is distinct from (" + nieuw + ") returning " + kolommen.getFirst();
        }
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    Stapelopslag(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * Writes the rows (each given as its column values, {@code null} for SQL null, in the order of the table's
     * columns; keys unique among the rows) and returns the pupils whose row was added or changed.
     */
    <T> Set<LeerlingId> bewaar(Tabel tabel, List<T> rijen, Function<T, Object[]> waarden) {
        Set<LeerlingId> gewijzigd = new HashSet<>();
        if (rijen.isEmpty()) return gewijzigd;
        if (rechtstreeks(tabel, rijen, waarden)) {
            for (T rij : rijen) gewijzigd.add(new LeerlingId(waarden.apply(rij)[0].toString()));
            return gewijzigd;
        }
        String invoer = tabel.naam() + "_invoer";
        jdbc.sql("drop table if exists " + invoer).update();
        jdbc.sql("create temporary table " + invoer + " (like " + tabel.naam() + ") on commit drop").update();
        kopieer(invoer, tabel.kolommen(), rijen, waarden);
        jdbc.sql(tabel.upsert(invoer)).query(rs -> {
            gewijzigd.add(new LeerlingId(rs.getString(1)));
        });
        jdbc.sql("drop table " + invoer).update();
        return gewijzigd;
    }

    /**
     * Copies the rows straight into the table when none of their keys is stored yet (a first import): to a
     * savepoint, so that the first existing key undoes the attempt and the staging path takes over.
     */
    private <T> boolean rechtstreeks(Tabel tabel, List<T> rijen, Function<T, Object[]> waarden) {
        return Savepunt.probeer(dataSource, () -> {
            kopieer(tabel.naam(), tabel.kolommen(), rijen, waarden);
            return true;
        }).isPresent();
    }

    /** Binary COPY of the rows: each value a String (text, varchar, char), a LocalDate or null. */
    private <T> void kopieer(String doel, List<String> kolommen, List<T> rijen, Function<T, Object[]> waarden) {
        Binairkopie.kopieer(dataSource, doel + " (" + String.join(", ", kolommen) + ")", uit -> {
            for (T rij : rijen) {
                Object[] w = waarden.apply(rij);
                uit.rij(w.length);
                for (Object waarde : w) {
                    switch (waarde) {
                        case null -> uit.leeg();
                        case String s -> uit.tekst(s);
                        case LocalDate d -> uit.datum(d);
                        default -> throw new IllegalArgumentException("Geen COPY-waarde: " + waarde.getClass());
                    }
                }
            }
        });
    }
}
