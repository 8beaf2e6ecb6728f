package nl.inbeeld.toegang;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * At start-up of the web application: the configured accounts ({@link Startaccounts}) that do not exist yet are
 * inserted, and the safe default is checked: outside demo mode (profile {@code demo}) InBeeld does not start without
 * an administrator whose password was set, in the settings ({@code INBEELD_WACHTWOORD}) or earlier on the beheer page.
 * A configured password must meet {@link Wachtwoordregel} too, a configured name and scope {@link Accountregels}. The command line ({@code inlezen}, {@code signalen},
 * {@code bench} …) is not a web application and needs neither.
 */
@Component
@ConditionalOnWebApplication
class Accountvoorziening implements SmartInitializingSingleton {

    private final Startaccounts startaccounts;
    private final Accountopslag opslag;
    private final PasswordEncoder encoder;
    private final Auditlog audit;
    private final boolean demo;

    Accountvoorziening(Startaccounts startaccounts, Accountopslag opslag, PasswordEncoder encoder, Auditlog audit,
            Environment omgeving) {
        this.startaccounts = startaccounts;
        this.opslag = opslag;
        this.encoder = encoder;
        this.audit = audit;
        this.demo = omgeving.acceptsProfiles(Profiles.of("demo"));
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (var a : startaccounts.accounts()) {
            if (a.naam() == null || a.naam().isBlank() || !a.heeftWachtwoord() || opslag.bestaat(a.naam())) continue;
            if (!demo && Wachtwoordregel.toets(a.wachtwoord()) instanceof Wachtwoordregel.Afgewezen(String reden)) {
                throw new Startweigering("Het wachtwoord van account '" + a.naam() + "' in de instellingen voldoet niet: "
                        + reden, Startweigering.WACHTWOORD_ZETTEN);
            }
            String naamfout = Accountregels.naamfout(a.naam());
            var bereik = Accountregels.bereik(a.rol(), a.scholen(), a.gemeenten());
            if (naamfout != null || bereik instanceof Accountregels.Ongeldig) {
                throw new Startweigering("Account '" + a.naam() + "' in de instellingen (inbeeld.accounts) is ongeldig: "
                        + (naamfout != null ? naamfout : ((Accountregels.Ongeldig) bereik).reden()),
                        "Verbeter de naam, rol, scholen of gemeenten van dit account in de instellingen en start opnieuw.");
            }
            var geldig = (Accountregels.Geldig) bereik;
            if (opslag.nieuw(a.naam(), encoder.encode(a.wachtwoord()), a.rol(), geldig.scholen(), geldig.gemeenten())) {
                audit.vastleggen(Gebruiker.systeem("opstart"), "ACCOUNT aangemaakt uit de instellingen: " + a.naam()
                        + " (" + a.rol() + ")", null, "accountbeheer");
            }
        }
        if (!demo && opslag.actief(Rol.BEHEERDER) == 0) {
            throw new Startweigering("Er is geen beheerderswachtwoord ingesteld.", Startweigering.WACHTWOORD_ZETTEN);
        }
    }
}
