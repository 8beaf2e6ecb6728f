package nl.inbeeld.toegang;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Accounts from the settings ({@code inbeeld.accounts[i].naam / .wachtwoord / .rol / .scholen / .gemeenten}): only a
 * bootstrap. At start-up of the web application those that do not exist in the database yet are inserted
 * ({@link Accountvoorziening}); an existing account is never changed from here, so a password changed on the beheer
 * page stays changed.
 */
@ConfigurationProperties("inbeeld")
record Startaccounts(List<Startaccount> accounts) {

    Startaccounts {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /** One configured account; an empty password means: not set (the account is then not created). */
    record Startaccount(String naam, String wachtwoord, Rol rol, Set<String> scholen, Set<String> gemeenten) {
        Startaccount {
            rol = rol == null ? Rol.BEHEERDER : rol;
            scholen = scholen == null ? Set.of() : Set.copyOf(scholen);
            gemeenten = gemeenten == null ? Set.of() : Set.copyOf(gemeenten);
        }

        boolean heeftWachtwoord() {
            return wachtwoord != null && !wachtwoord.isBlank();
        }
    }
}
