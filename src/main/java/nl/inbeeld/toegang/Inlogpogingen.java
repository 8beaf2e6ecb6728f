package nl.inbeeld.toegang;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Login throttling: after {@code inbeeld.inloggen.max-pogingen} failed attempts for an account within
 * {@code inbeeld.inloggen.blokkade}, the account is blocked for that period (default 5 attempts, 15 minutes).
 * A successful login clears the count.
 */
@Component
class Inlogpogingen {

    private final Clock clock;
    private final int maxPogingen;
    private final Duration blokkade;
    private final Map<String, Deque<Instant>> mislukt = new ConcurrentHashMap<>();

    Inlogpogingen(Clock clock, @Value("${inbeeld.inloggen.max-pogingen:5}") int maxPogingen,
            @Value("${inbeeld.inloggen.blokkade:15m}") Duration blokkade) {
        this.clock = clock;
        this.maxPogingen = maxPogingen;
        this.blokkade = blokkade;
    }

    @EventListener
    void mislukt(AuthenticationFailureBadCredentialsEvent event) {
        var pogingen = mislukt.computeIfAbsent(event.getAuthentication().getName(), k -> new ArrayDeque<>());
        synchronized (pogingen) {
            pogingen.addLast(Instant.now(clock));
            while (pogingen.size() > maxPogingen) pogingen.removeFirst();
        }
    }

    @EventListener
    void gelukt(AuthenticationSuccessEvent event) {
        mislukt.remove(event.getAuthentication().getName());
    }

    /** Whether the account is blocked now: the last {@code maxPogingen} failures all lie within the period. */
    boolean geblokkeerd(String naam) {
        var pogingen = mislukt.get(naam);
        if (pogingen == null) return false;
        synchronized (pogingen) {
            return pogingen.size() >= maxPogingen
                    && pogingen.peekFirst().isAfter(Instant.now(clock).minus(blokkade));
        }
    }
}
