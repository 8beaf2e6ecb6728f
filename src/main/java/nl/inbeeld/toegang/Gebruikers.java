package nl.inbeeld.toegang;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user of the current request, from Spring Security's context. */
@Component
public class Gebruikers {

    private final Beveiliging.Accounts accounts;
    private final InzageMetReden inzage;

    Gebruikers(Beveiliging.Accounts accounts, InzageMetReden inzage) {
        this.accounts = accounts;
        this.inzage = inzage;
    }

    /** The logged-in user; {@link Bereik#NIETS} for an unknown principal, never more than configured. */
    public Gebruiker huidige() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) return new Gebruiker("anoniem", Rol.SCHOOL, Bereik.NIETS);
        return gebruiker(auth.getName());
    }

    public Gebruiker gebruiker(String naam) {
        return accounts.accounts().stream().filter(a -> a.naam().equals(naam)).findFirst()
                .map(Beveiliging.Account::alsGebruiker)
                .map(g -> g.rol() == Rol.BEHEERDER ? new Gebruiker(g.naam(), g.rol(), Bereik.beheer(inzage.actueel(g.naam()))) : g)
                .orElse(new Gebruiker(naam, Rol.SCHOOL, Bereik.NIETS));
    }
}
