package nl.inbeeld.toegang;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * The user of the current request: for a password login the account in the database (through the cache of
 * {@link Accountopslag}, so at most one primary-key query), for an OIDC login the role and scope in its claims
 * ({@link Oidcclaims}).
 */
@Component
public class Gebruikers {

    private final Accountopslag accounts;
    private final InzageMetReden inzage;

    Gebruikers(Accountopslag accounts, InzageMetReden inzage) {
        this.accounts = accounts;
        this.inzage = inzage;
    }

    /**
     * The logged-in user; {@link Bereik#NIETS} for an unknown principal, a blocked account or an OIDC user without a
     * valid role claim, never more than stored or claimed.
     */
    public Gebruiker huidige() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) return new Gebruiker("anoniem", Rol.SCHOOL, Bereik.NIETS);
        if (auth.getPrincipal() instanceof OidcUser oidc) return metInzage(Oidcclaims.gebruiker(auth.getName(), oidc.getClaims()));
        return gebruiker(auth.getName());
    }

    /** The user of the account {@code naam}; {@link Bereik#NIETS} when it does not exist or is blocked. */
    public Gebruiker gebruiker(String naam) {
        return accounts.vind(naam).map(Account::alsGebruiker).map(this::metInzage)
                .orElse(new Gebruiker(naam, Rol.SCHOOL, Bereik.NIETS));
    }

    /** A beheerder sees the pupils it opened by inzage met reden, and no other. */
    private Gebruiker metInzage(Gebruiker g) {
        return g.bereik().soort() == Bereik.Soort.BEHEER
                ? new Gebruiker(g.naam(), g.rol(), Bereik.beheer(inzage.actueel(g.naam()))) : g;
    }
}
