package nl.inbeeld.toegang;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a password account that was blocked, removed or given another role after it logged in: the
 * session keeps the authorities of the login, so without this check a blocked administrator could use {@code /audit}
 * until the session times out. Runs on every page request, before authorisation; the account comes from the cache of
 * {@link Accountopslag} (at most one primary-key query). The API logs in on every request and needs no such check.
 */
final class Sessiecontrole extends OncePerRequestFilter {

    private final Accountopslag accounts;

    Sessiecontrole(Accountopslag accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof UsernamePasswordAuthenticationToken && auth.isAuthenticated()) {
            boolean geldig = accounts.vind(auth.getName())
                    .filter(a -> !a.geblokkeerd())
                    .filter(a -> auth.getAuthorities().stream().anyMatch(r -> r.getAuthority().equals("ROLE_" + a.rol().name())))
                    .isPresent();
            if (!geldig) {
                var sessie = verzoek.getSession(false);
                if (sessie != null) sessie.invalidate();
                SecurityContextHolder.clearContext();
            }
        }
        keten.doFilter(verzoek, antwoord);
    }
}
