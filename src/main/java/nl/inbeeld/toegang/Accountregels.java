package nl.inbeeld.toegang;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.SchoolId;

/**
 * What makes an account's name and scope valid: a school user is bound to at least one school, a leerplicht or
 * teamleider user to at least one gemeente, an administrator to neither; every id well formed
 * ({@link SchoolId#isGeldig}, {@link Gemeentecode#isGeldig}). The same rules hold for OIDC claims ({@link Oidcclaims}).
 */
final class Accountregels {

    static final int MAX_NAAM = 100;
    static final int MAX_IDS = 200;
    private static final Pattern NAAM = Pattern.compile("[A-Za-z0-9._@-]{3," + MAX_NAAM + "}");

    sealed interface Bereikuitkomst permits Geldig, Ongeldig {}

    record Geldig(Set<String> scholen, Set<String> gemeenten) implements Bereikuitkomst {}

    record Ongeldig(String reden) implements Bereikuitkomst {}

    private Accountregels() {}

    /** Null when {@code naam} may name an account, else the Dutch reason. */
    static String naamfout(String naam) {
        if (naam != null && NAAM.matcher(naam).matches()) return null;
        return "Een accountnaam heeft 3 tot " + MAX_NAAM + " tekens: letters, cijfers, punt, streepje, liggend streepje of @.";
    }

    /** The ids in a text typed on the beheer page: separated by spaces or commas, in capitals. */
    static Set<String> ids(String tekst) {
        var uit = new TreeSet<String>();
        if (tekst == null) return uit;
        for (String deel : tekst.split("[\\s,;]+")) if (!deel.isBlank()) uit.add(deel.toUpperCase(Locale.ROOT));
        return uit;
    }

    /** The scope of a {@code rol} account, checked; ids in capitals. */
    static Bereikuitkomst bereik(Rol rol, Collection<String> scholenIn, Collection<String> gemeentenIn) {
        var scholen = new TreeSet<String>();
        scholenIn.forEach(s -> scholen.add(s.strip().toUpperCase(Locale.ROOT)));
        var gemeenten = new TreeSet<String>();
        gemeentenIn.forEach(g -> gemeenten.add(g.strip().toUpperCase(Locale.ROOT)));
        if (scholen.size() > MAX_IDS || gemeenten.size() > MAX_IDS) {
            return new Ongeldig("Een account heeft hoogstens " + MAX_IDS + " scholen of gemeenten.");
        }
        for (String s : scholen) {
            if (!SchoolId.isGeldig(s)) return new Ongeldig("'" + kort(s) + "' is geen geldige school (vier tekens BRIN en twee"
                    + " cijfers vestiging, bijvoorbeeld 21AB00).");
        }
        for (String g : gemeenten) {
            if (!Gemeentecode.isGeldig(g)) return new Ongeldig("'" + kort(g) + "' is geen geldige gemeentecode (GM en vier"
                    + " cijfers, bijvoorbeeld GM0202).");
        }
        return switch (rol) {
            case SCHOOL -> scholen.isEmpty() ? new Ongeldig("Een schoolaccount hoort bij minstens één school.")
                    : !gemeenten.isEmpty() ? new Ongeldig("Een schoolaccount hoort bij scholen, niet bij gemeenten.")
                    : new Geldig(scholen, Set.of());
            case LEERPLICHT, TEAMLEIDER -> gemeenten.isEmpty()
                    ? new Ongeldig("Een account van leerplicht hoort bij minstens één gemeente.")
                    : !scholen.isEmpty() ? new Ongeldig("Een account van leerplicht hoort bij gemeenten, niet bij scholen.")
                    : new Geldig(Set.of(), gemeenten);
            case BEHEERDER -> scholen.isEmpty() && gemeenten.isEmpty() ? new Geldig(Set.of(), Set.of())
                    : new Ongeldig("Een beheerder is niet aan scholen of gemeenten gebonden.");
        };
    }

    private static String kort(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
