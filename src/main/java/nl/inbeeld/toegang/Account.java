package nl.inbeeld.toegang;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.SchoolId;

/**
 * A stored account: name, password hash ({@code {bcrypt}…}), role, the schools (SCHOOL) or gemeenten (LEERPLICHT,
 * TEAMLEIDER) it is bound to, and whether it is blocked. Never holds a plain password.
 */
record Account(String naam, String wachtwoord, Rol rol, Set<String> scholen, Set<String> gemeenten,
        boolean geblokkeerd, Instant aangemaakt, Instant gewijzigd) {

    Account {
        scholen = Set.copyOf(scholen);
        gemeenten = Set.copyOf(gemeenten);
    }

    /** The user this account acts as; a blocked account is treated as unknown: no role that opens a page, no reach. */
    Gebruiker alsGebruiker() {
        if (geblokkeerd) return new Gebruiker(naam, Rol.SCHOOL, Bereik.NIETS);
        return new Gebruiker(naam, rol, bereik(rol, scholen, gemeenten));
    }

    /** The reach of a role with this scope: a scope value that is not a valid id is ignored, never widened. */
    static Bereik bereik(Rol rol, Set<String> scholen, Set<String> gemeenten) {
        return switch (rol) {
            case BEHEERDER -> Bereik.beheer(Set.of()); // pupils only by inzage met reden (Gebruikers)
            case SCHOOL -> Bereik.scholen(scholen.stream().filter(SchoolId::isGeldig).map(SchoolId::new)
                    .collect(Collectors.toSet()));
            case LEERPLICHT, TEAMLEIDER -> Bereik.gemeenten(gemeenten.stream().filter(Gemeentecode::isGeldig)
                    .map(Gemeentecode::new).collect(Collectors.toSet()));
        };
    }

    /** The scope as one line for the beheer page and the audit log: {@code scholen 21AB00, 21AC00}. Public for the template. */
    public String bereikTekst() {
        return switch (rol) {
            case BEHEERDER -> "accounts en auditlog; leerlingen alleen met inzage met reden";
            case SCHOOL -> "scholen " + String.join(", ", new java.util.TreeSet<>(scholen));
            case LEERPLICHT, TEAMLEIDER -> "gemeenten " + String.join(", ", new java.util.TreeSet<>(gemeenten));
        };
    }

    /** When the account last changed, in Dutch time (for the beheer page). */
    public java.time.LocalDateTime gewijzigdLokaal() {
        return java.time.LocalDateTime.ofInstant(gewijzigd, java.time.ZoneId.of("Europe/Amsterdam"));
    }
}
