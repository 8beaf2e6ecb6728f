package nl.inbeeld.toegang;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.SchoolId;

/**
 * Role and scope of an OIDC user, from the claims of its ID token (or user info):
 * <ul>
 * <li>{@value #ROL}: one of {@code SCHOOL}, {@code LEERPLICHT}, {@code TEAMLEIDER}, {@code BEHEERDER};</li>
 * <li>{@value #SCHOLEN}: the school ids (BRIN + vestiging, e.g. {@code 21AB00}) of a SCHOOL user;</li>
 * <li>{@value #GEMEENTEN}: the gemeentecodes (e.g. {@code GM0202}) of a LEERPLICHT or TEAMLEIDER user.</li>
 * </ul>
 * A list claim is a JSON array of strings or one string separated by spaces or commas. The claims are valid only as
 * {@link Accountregels#bereik} accepts them for a stored account: a role, every id well formed, a school user with
 * at least one school, a leerplicht user with at least one gemeente. Otherwise the user gets no access.
 */
final class Oidcclaims {

    static final String ROL = "inbeeld_rol";
    static final String SCHOLEN = "inbeeld_scholen";
    static final String GEMEENTEN = "inbeeld_gemeenten";

    static final String GEEN_TOEGANG = "U bent aangemeld bij de identiteitsprovider, maar uw account heeft geen geldige"
            + " rol in InBeeld (claim " + ROL + ", met " + SCHOLEN + " of " + GEMEENTEN + "). Vraag de beheerder van"
            + " uw organisatie om u een rol te geven.";

    private Oidcclaims() {}

    /** The role and scope in these claims, or null when they do not give a valid one. */
    static Gebruiker geldig(String naam, Map<String, Object> claims) {
        Object rolclaim = claims.get(ROL);
        Rol rol;
        try {
            rol = rolclaim instanceof String s ? Rol.valueOf(s.strip().toUpperCase(java.util.Locale.ROOT)) : null;
        } catch (IllegalArgumentException e) {
            rol = null;
        }
        if (rol == null) return null;
        Set<String> scholen = lijst(claims.get(SCHOLEN));
        Set<String> gemeenten = lijst(claims.get(GEMEENTEN));
        if (scholen == null || gemeenten == null) return null;
        if (!(Accountregels.bereik(rol, scholen, gemeenten) instanceof Accountregels.Geldig(var s, var g))) return null;
        return new Gebruiker(naam, rol, Account.bereik(rol, s, g));
    }

    /** The user of these claims; without valid claims one who sees nothing and opens no page. */
    static Gebruiker gebruiker(String naam, Map<String, Object> claims) {
        Gebruiker g = geldig(naam, claims);
        return g != null ? g : new Gebruiker(naam, Rol.SCHOOL, Bereik.NIETS);
    }

    /** The values of a list claim; empty when absent, null when it is neither strings nor a string. */
    private static Set<String> lijst(Object claim) {
        if (claim == null) return Set.of();
        var uit = new LinkedHashSet<String>();
        if (claim instanceof String s) {
            for (String deel : s.split("[\\s,]+")) if (!deel.isBlank()) uit.add(deel);
            return uit;
        }
        if (claim instanceof Collection<?> c) {
            for (Object o : c) {
                if (!(o instanceof String s)) return null;
                if (!s.isBlank()) uit.add(s.strip());
            }
            return uit;
        }
        return null;
    }
}
