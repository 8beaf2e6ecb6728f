package nl.inbeeld.toegang;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may use InBeeld: configured accounts ({@code inbeeld.accounts}), HTTP Basic for the API and a login form
 * for the pages. Roles per school and gemeente come with the web application.
 */
@Configuration(proxyBeanMethods = false)
class Beveiliging {

    /** Configured accounts: name, password (stored only as a hash in memory) and role. */
    @ConfigurationProperties("inbeeld")
    record Accounts(List<Account> accounts) {
        Accounts {
            accounts = accounts == null ? List.of() : accounts;
        }
    }

    /**
     * An account: name, password, role, and the schools (SCHOOL) or gemeenten (LEERPLICHT, TEAMLEIDER) it is
     * bound to.
     */
    record Account(String naam, String wachtwoord, Rol rol, java.util.Set<String> scholen, java.util.Set<String> gemeenten) {
        Account {
            rol = rol == null ? Rol.BEHEERDER : rol;
            scholen = scholen == null ? java.util.Set.of() : scholen;
            gemeenten = gemeenten == null ? java.util.Set.of() : gemeenten;
        }

        Gebruiker alsGebruiker() {
            Bereik bereik = switch (rol) {
                case BEHEERDER -> Bereik.ALLES;
                case SCHOOL -> Bereik.scholen(scholen.stream().map(nl.inbeeld.school.SchoolId::new)
                        .collect(java.util.stream.Collectors.toSet()));
                case LEERPLICHT, TEAMLEIDER -> Bereik.gemeenten(gemeenten.stream().map(nl.inbeeld.school.Gemeentecode::new)
                        .collect(java.util.stream.Collectors.toSet()));
            };
            return new Gebruiker(naam, rol, bereik);
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService accountgegevens(Accounts accounts, PasswordEncoder encoder, Inlogpogingen pogingen) {
        var opgeslagen = new InMemoryUserDetailsManager(accounts.accounts().stream()
                .map(a -> User.withUsername(a.naam()).password(encoder.encode(a.wachtwoord()))
                        .roles(a.rol().name()).build())
                .toList());
        return naam -> {
            var gegevens = opgeslagen.loadUserByUsername(naam);
            return pogingen.geblokkeerd(naam) ? User.withUserDetails(gegevens).accountLocked(true).build() : gegevens;
        };
    }

    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain filterketen(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> Rolregels.toepassen(a
                        .requestMatchers("/css/**", "/js/**", "/webjars/**", "/login", "/error").permitAll()
                        .requestMatchers("/audit/**").hasRole(Rol.BEHEERDER.name())
                        // OpenAPI documentation (springdoc): for every logged-in user
                        .requestMatchers("/api/docs", "/api/docs/**", "/swagger-ui/**").authenticated())
                        // roles per step before any input is read (authorisation before validation)
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .formLogin(f -> f.loginPage("/login").permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?uitgelogd"))
                // the API (/api/** but its documentation) has its own stateless chain (ApiBeveiliging): no session, no CSRF
                .headers(Beveiligingskoppen::toepassen);
        return http.build();
    }
}
