package nl.inbeeld.toegang;

import java.util.UUID;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Login with name and password (the login form and HTTP Basic) against the accounts in the database, throttled by
 * {@link Inlogbeperking}. Every failure, whatever its cause (unknown name, wrong password, blocked account,
 * throttled), is one {@link BadCredentialsException} with {@link #MELDING} after the same bcrypt work, so the answer
 * does not tell whether an account exists or is blocked. The only {@code AuthenticationProvider} bean, so Spring
 * Security uses it for both.
 */
@Component
class Wachtwoordaanmelding implements AuthenticationProvider {

    static final String MELDING = "Inloggen mislukt. Controleer uw gebruikersnaam en wachtwoord; na te veel mislukte"
            + " pogingen moet u een kwartier wachten.";

    private final DaoAuthenticationProvider wachtwoorden;
    private final Inlogbeperking beperking;
    private final PasswordEncoder encoder;
    /** A hash to compare against when no real one is compared (made at the first need, not at every start). */
    private volatile String proefhash;

    Wachtwoordaanmelding(Accountopslag opslag, Inlogbeperking beperking, PasswordEncoder encoder) {
        this.beperking = beperking;
        this.encoder = encoder;
        UserDetailsService gegevens = naam -> opslag.vind(naam)
                .map(a -> User.withUsername(a.naam()).password(a.wachtwoord()).roles(a.rol().name())
                        .accountLocked(a.geblokkeerd()).build())
                .orElseThrow(() -> new UsernameNotFoundException("onbekend"));
        wachtwoorden = new DaoAuthenticationProvider(gegevens);
        wachtwoorden.setPasswordEncoder(encoder);
        // a blocked account is checked after the password, so it costs the same time as any other failure
        wachtwoorden.setPreAuthenticationChecks(gebruiker -> {});
        wachtwoorden.setPostAuthenticationChecks(gebruiker -> {
            if (!gebruiker.isAccountNonLocked()) throw new LockedException("geblokkeerd");
        });
    }

    @Override
    public Authentication authenticate(Authentication poging) throws AuthenticationException {
        String naam = poging.getName();
        String adres = poging.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        if (!beperking.toegestaan(naam, adres)) {
            if (proefhash == null) proefhash = encoder.encode(UUID.randomUUID().toString());
            encoder.matches(String.valueOf(poging.getCredentials()), proefhash);
            beperking.mislukt(naam, adres);
            throw new BadCredentialsException(MELDING);
        }
        try {
            Authentication gelukt = wachtwoorden.authenticate(poging);
            beperking.gelukt(naam, adres);
            return gelukt;
        } catch (InternalAuthenticationServiceException e) {
            throw e;
        } catch (AuthenticationException e) {
            beperking.mislukt(naam, adres);
            throw new BadCredentialsException(MELDING);
        }
    }

    @Override
    public boolean supports(Class<?> soort) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(soort);
    }
}
