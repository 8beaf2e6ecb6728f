package nl.inbeeld.toegang;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Login throttling for passwords (form and HTTP Basic), by two keys, so that a stranger can slow down guessing but
 * cannot lock an account's own user out:
 * <ol>
 * <li><b>Account and client address, hard.</b> After {@code inbeeld.inloggen.max-pogingen} (5) failed attempts for
 * one account name from one client address within {@code inbeeld.inloggen.blokkade} (15 minutes), that address may
 * not try that account until the oldest of those attempts is 15 minutes old. A success clears the pair's count. The
 * user of the account at another address is not affected.</li>
 * <li><b>Account as a whole, soft and temporary.</b> After {@code inbeeld.inloggen.max-pogingen-account} (50) failed
 * attempts for one account name from any addresses within one period of 15 minutes, the account is <i>onder druk</i>
 * until that period ends: only addresses from which this account logged in successfully in the last 30 days may try
 * (each still under rule 1). So a distributed guess is slowed to 50 attempts per 15 minutes, the period ends by itself
 * when the attempts stop, and even an attack kept up from many addresses never stops the user at an address they
 * used before; only a first login from a new address waits until the attack stops.</li>
 * </ol>
 * A refused attempt counts as a failure too (so hammering a blocked pair keeps it blocked) and costs the same work
 * (a bcrypt comparison) as a real one. The caller answers every failure with one message, whether the account
 * exists or not, is blocked, or was throttled: nothing here may be told apart from a wrong password.
 *
 * <p>All state is in memory, in three tables bounded to {@code inbeeld.inloggen.max-sleutels} (10,000) entries each,
 * the least recently used evicted first; names are cut to {@value #MAX_NAAM} characters (longer ones cannot exist), so
 * memory stays bounded whatever is tried. Pushing one's own pair out of the table takes 10,000 other attempts in
 * between, each a bcrypt comparison. The client address is the remote address the servlet container sees: behind a
 * reverse proxy, set {@code server.forward-headers-strategy=native} so it is the client's. Time is real time (the
 * system clock), also in the demo whose clock stands still. A restart forgets all.
 */
@Component
class Inlogbeperking {

    static final int MAX_NAAM = 101;
    private static final Duration BEKEND = Duration.ofDays(30);

    private final Clock clock;
    private final int maxPogingen;
    private final int maxAccountpogingen;
    private final Duration blokkade;
    private final Map<String, Deque<Instant>> paren;
    private final Map<String, Venster> accounts;
    private final Map<String, Instant> bekend;

    /** The failures for one account name from all addresses in one period. */
    private record Venster(Instant begin, int aantal) {}

    /** Counts in real time (the system clock), not on the demo day of the injected clock, so a block ends. */
    @Autowired
    Inlogbeperking(@Value("${inbeeld.inloggen.max-pogingen:5}") int maxPogingen,
            @Value("${inbeeld.inloggen.max-pogingen-account:50}") int maxAccountpogingen,
            @Value("${inbeeld.inloggen.blokkade:15m}") Duration blokkade,
            @Value("${inbeeld.inloggen.max-sleutels:10000}") int maxSleutels) {
        this(Clock.systemUTC(), maxPogingen, maxAccountpogingen, blokkade, maxSleutels);
    }

    Inlogbeperking(Clock clock, int maxPogingen, int maxAccountpogingen, Duration blokkade, int maxSleutels) {
        this.clock = clock;
        this.maxPogingen = maxPogingen;
        this.maxAccountpogingen = maxAccountpogingen;
        this.blokkade = blokkade;
        this.paren = lru(maxSleutels);
        this.accounts = lru(maxSleutels);
        this.bekend = lru(maxSleutels);
    }

    /** Whether {@code adres} may try a password for {@code naam} now. */
    synchronized boolean toegestaan(String naam, String adres) {
        Instant nu = clock.instant();
        String paar = paar(naam, adres);
        var pogingen = paren.get(paar);
        if (pogingen != null && pogingen.size() >= maxPogingen && pogingen.peekFirst().isAfter(nu.minus(blokkade))) {
            return false;
        }
        Venster venster = accounts.get(sleutel(naam));
        boolean onderDruk = venster != null && venster.aantal() >= maxAccountpogingen
                && venster.begin().plus(blokkade).isAfter(nu);
        if (!onderDruk) return true;
        Instant laatst = bekend.get(paar);
        return laatst != null && laatst.plus(BEKEND).isAfter(nu);
    }

    synchronized void mislukt(String naam, String adres) {
        Instant nu = clock.instant();
        var pogingen = paren.computeIfAbsent(paar(naam, adres), k -> new ArrayDeque<>(maxPogingen));
        pogingen.addLast(nu);
        while (pogingen.size() > maxPogingen) pogingen.removeFirst();
        accounts.compute(sleutel(naam), (k, v) -> v == null || !v.begin().plus(blokkade).isAfter(nu)
                ? new Venster(nu, 1) : new Venster(v.begin(), v.aantal() + 1));
    }

    synchronized void gelukt(String naam, String adres) {
        String paar = paar(naam, adres);
        paren.remove(paar);
        bekend.put(paar, clock.instant());
    }

    /** The number of entries in the largest of the three tables (for the test that they stay bounded). */
    synchronized int omvang() {
        return Math.max(paren.size(), Math.max(accounts.size(), bekend.size()));
    }

    private static String sleutel(String naam) {
        String n = naam == null ? "" : naam;
        return n.length() > MAX_NAAM ? n.substring(0, MAX_NAAM) : n;
    }

    private static String paar(String naam, String adres) {
        return sleutel(naam) + '\u0000' + (adres == null ? "onbekend" : adres);
    }

    private static <V> Map<String, V> lru(int max) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> oudste) {
                return size() > max;
            }
        };
    }
}
