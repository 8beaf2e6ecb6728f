package nl.inbeeld.toegang;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The accounts in the database (table {@code account}, V7). {@link #vind} is on every page's path
 * ({@link Gebruikers#huidige()}), so found accounts are kept in a small cache that every change here clears: one
 * primary-key query per account until the next change. InBeeld runs as one process; a change made straight in the
 * database is seen after a restart.
 */
@Repository
class Accountopslag {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Account> cache = new ConcurrentHashMap<>();
    /** Counts changes, so a read that overlapped a change does not put the old row back in the cache. */
    private final java.util.concurrent.atomic.AtomicLong versie = new java.util.concurrent.atomic.AtomicLong();

    Accountopslag(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Account> vind(String naam) {
        if (naam == null) return Optional.empty();
        Account bekend = cache.get(naam);
        if (bekend != null) return Optional.of(bekend);
        long voor = versie.get();
        Optional<Account> account = jdbc.sql("select " + KOLOMMEN + " from account where naam = ?").param(naam)
                .query(Accountopslag::account).optional();
        account.ifPresent(a -> {
            cache.put(a.naam(), a);
            if (versie.get() != voor) cache.remove(a.naam());
        });
        return account;
    }

    List<Account> alle() {
        return jdbc.sql("select " + KOLOMMEN + " from account order by naam").query(Accountopslag::account).list();
    }

    boolean bestaat(String naam) {
        return vind(naam).isPresent();
    }

    /** Active accounts of this role (for the start-up check and the last-administrator rule). */
    long actief(Rol rol) {
        return jdbc.sql("select count(*) from account where rol = ? and not geblokkeerd").param(rol.name())
                .query(Long.class).single();
    }

    /** Inserts the account unless one of that name exists; whether it was inserted. */
    boolean nieuw(String naam, String wachtwoordHash, Rol rol, Set<String> scholen, Set<String> gemeenten) {
        Timestamp nu = Timestamp.from(Instant.now(clock));
        int rijen = jdbc.sql("insert into account (naam, wachtwoord, rol, scholen, gemeenten, geblokkeerd, aangemaakt, gewijzigd)"
                        + " values (?, ?, ?, ?, ?, false, ?, ?) on conflict (naam) do nothing")
                .params(naam, wachtwoordHash, rol.name(), scholen.toArray(String[]::new), gemeenten.toArray(String[]::new), nu, nu)
                .update();
        vergeten();
        return rijen == 1;
    }

    void blokkeren(String naam, boolean geblokkeerd) {
        wijzig("geblokkeerd = ?", naam, geblokkeerd);
    }

    void wachtwoord(String naam, String wachtwoordHash) {
        wijzig("wachtwoord = ?", naam, wachtwoordHash);
    }

    void bereik(String naam, Set<String> scholen, Set<String> gemeenten) {
        wijzig("scholen = ?, gemeenten = ?", naam, scholen.toArray(String[]::new), gemeenten.toArray(String[]::new));
    }

    private void wijzig(String set, String naam, Object... waarden) {
        var params = new java.util.ArrayList<>(List.of(waarden));
        params.add(Timestamp.from(Instant.now(clock)));
        params.add(naam);
        jdbc.sql("update account set " + set + ", gewijzigd = ? where naam = ?").params(params).update();
        vergeten();
    }

    private void vergeten() {
        versie.incrementAndGet();
        cache.clear();
    }

    private static final String KOLOMMEN = "naam, wachtwoord, rol, scholen, gemeenten, geblokkeerd, aangemaakt, gewijzigd";

    private static Account account(ResultSet rs, int rij) throws SQLException {
        return new Account(rs.getString(1), rs.getString(2), Rol.valueOf(rs.getString(3)), tekstSet(rs.getArray(4)),
                tekstSet(rs.getArray(5)), rs.getBoolean(6), rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant());
    }

    private static Set<String> tekstSet(Array array) throws SQLException {
        return array == null ? Set.of() : Set.copyOf(java.util.Arrays.asList((String[]) array.getArray()));
    }
}
