package nl.inbeeld.toegang;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Who may use InBeeld: the accounts in the database ({@link Wachtwoordaanmelding}, bootstrapped from
 * {@code inbeeld.accounts}), HTTP Basic for the API and a login form for the pages, and optionally an OIDC provider
 * ({@link Oidcaanmelding}). Roles per school and gemeente come with the web application.
 */
@Configuration(proxyBeanMethods = false)
class Beveiliging {

    @Bean
    PasswordEncoder passwordEncoder(@Value("${inbeeld.wachtwoord.bcrypt-kosten:10}") int kosten) {
        // bcrypt, stored as {bcrypt}…; its cost is a setting (default 10, Spring's and OWASP's minimum: every API request logs in) so that a test suite logging in thousands of
        // times may lower it; a stored hash keeps the cost it was made with
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(kosten)));
    }

    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain filterketen(HttpSecurity http, ObjectProvider<Oidcaanmelding> oidc, Accountopslag accounts)
            throws Exception {
        http.authorizeHttpRequests(a -> Rolregels.toepassen(a
                        .requestMatchers("/css/**", "/js/**", "/webjars/**", "/login", "/error").permitAll()
                        // probes of a load balancer: status only, no details without the BEHEERDER role
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Rol.BEHEERDER.name())
                        .requestMatchers("/audit/**").hasRole(Rol.BEHEERDER.name())
                        .requestMatchers("/beheer/**").hasRole(Rol.BEHEERDER.name())
                        // a school imports its own administration; the system imports through the command line
                        .requestMatchers("/inlezen", "/inlezen/**").hasRole(Rol.SCHOOL.name())
                        // OpenAPI documentation (springdoc): for every logged-in user
                        .requestMatchers("/api/docs", "/api/docs/**", "/swagger-ui/**").authenticated())
                        // roles per step before any input is read (authorisation before validation)
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .formLogin(f -> f.loginPage("/login").permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?uitgelogd"))
                // the API (/api/** but its documentation) has its own stateless chain (ApiBeveiliging): no session, no CSRF
                .headers(Beveiligingskoppen::toepassen)
                // a blocked (or re-roled) account's open session ends at its next request
                .addFilterBefore(new Sessiecontrole(accounts), AuthorizationFilter.class);
        if (oidc.getIfAvailable() instanceof Oidcaanmelding o) o.toepassen(http);
        return http.build();
    }
}
