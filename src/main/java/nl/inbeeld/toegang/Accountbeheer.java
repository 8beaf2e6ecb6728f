package nl.inbeeld.toegang;

import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Account administration by a BEHEERDER: create, block and unblock, reset a password, change the scope. Every change
 * is in the audit log (purpose {@code accountbeheer}), a password never. An administrator cannot block their own
 * account or the last active administrator, so InBeeld always keeps one.
 */
@Service
class Accountbeheer {

    private final Accountopslag opslag;
    private final PasswordEncoder encoder;
    private final Auditlog audit;

    sealed interface Uitkomst permits Gedaan, Geweigerd {}

    record Gedaan(String bericht) implements Uitkomst {}

    record Geweigerd(String reden) implements Uitkomst {}

    Accountbeheer(Accountopslag opslag, PasswordEncoder encoder, Auditlog audit) {
        this.opslag = opslag;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** Whether {@code gebruiker} may administer accounts (a blocked administrator counts as unknown, so may not). */
    static boolean mag(Gebruiker gebruiker) {
        var soort = gebruiker.bereik().soort(); // a blocked account has Bereik.NIETS
        return gebruiker.rol() == Rol.BEHEERDER && (soort == Bereik.Soort.BEHEER || soort == Bereik.Soort.ALLES);
    }

    List<Account> alle() {
        return opslag.alle();
    }

    Uitkomst aanmaken(Gebruiker door, String naam, String wachtwoord, Rol rol, String scholen, String gemeenten) {
        if (!mag(door)) return new Geweigerd("Alleen een beheerder beheert accounts.");
        String fout = Accountregels.naamfout(naam);
        if (fout != null) return new Geweigerd(fout);
        if (rol == null) return new Geweigerd("Kies een rol.");
        if (Wachtwoordregel.toets(wachtwoord) instanceof Wachtwoordregel.Afgewezen(String reden)) return new Geweigerd(reden);
        var bereik = Accountregels.bereik(rol, Accountregels.ids(scholen), Accountregels.ids(gemeenten));
        if (bereik instanceof Accountregels.Ongeldig(String reden)) return new Geweigerd(reden);
        var geldig = (Accountregels.Geldig) bereik;
        if (!opslag.nieuw(naam, encoder.encode(wachtwoord), rol, geldig.scholen(), geldig.gemeenten())) {
            return new Geweigerd("Er is al een account met de naam '" + naam + "'.");
        }
        Account nieuw = opslag.vind(naam).orElseThrow();
        audit.vastleggen(door, "ACCOUNT aangemaakt: " + naam + " (" + rol + ", " + nieuw.bereikTekst() + ")", null, "accountbeheer");
        return new Gedaan("Account '" + naam + "' is aangemaakt.");
    }

    Uitkomst blokkeren(Gebruiker door, String naam, boolean blokkeren) {
        if (!mag(door)) return new Geweigerd("Alleen een beheerder beheert accounts.");
        var account = opslag.vind(naam);
        if (account.isEmpty()) return new Geweigerd("Dit account bestaat niet.");
        if (account.get().geblokkeerd() == blokkeren) {
            return new Gedaan("Account '" + naam + "' was al " + (blokkeren ? "geblokkeerd." : "actief."));
        }
        if (blokkeren && naam.equals(door.naam())) return new Geweigerd("U kunt uw eigen account niet blokkeren.");
        if (blokkeren && account.get().rol() == Rol.BEHEERDER && opslag.actief(Rol.BEHEERDER) <= 1) {
            return new Geweigerd("Dit is de laatste actieve beheerder; maak eerst een andere beheerder aan.");
        }
        opslag.blokkeren(naam, blokkeren);
        audit.vastleggen(door, "ACCOUNT " + (blokkeren ? "geblokkeerd: " : "gedeblokkeerd: ") + naam, null, "accountbeheer");
        return new Gedaan("Account '" + naam + "' is " + (blokkeren ? "geblokkeerd." : "gedeblokkeerd."));
    }

    Uitkomst wachtwoordHerstellen(Gebruiker door, String naam, String wachtwoord) {
        if (!mag(door)) return new Geweigerd("Alleen een beheerder beheert accounts.");
        if (!opslag.bestaat(naam)) return new Geweigerd("Dit account bestaat niet.");
        if (Wachtwoordregel.toets(wachtwoord) instanceof Wachtwoordregel.Afgewezen(String reden)) return new Geweigerd(reden);
        opslag.wachtwoord(naam, encoder.encode(wachtwoord));
        audit.vastleggen(door, "ACCOUNT wachtwoord opnieuw ingesteld: " + naam, null, "accountbeheer");
        return new Gedaan("Het wachtwoord van '" + naam + "' is opnieuw ingesteld.");
    }

    Uitkomst bereikWijzigen(Gebruiker door, String naam, String scholen, String gemeenten) {
        if (!mag(door)) return new Geweigerd("Alleen een beheerder beheert accounts.");
        var account = opslag.vind(naam);
        if (account.isEmpty()) return new Geweigerd("Dit account bestaat niet.");
        var uitkomst = Accountregels.bereik(account.get().rol(), Accountregels.ids(scholen), Accountregels.ids(gemeenten));
        if (uitkomst instanceof Accountregels.Ongeldig(String reden)) return new Geweigerd(reden);
        var geldig = (Accountregels.Geldig) uitkomst;
        String voor = account.get().bereikTekst();
        opslag.bereik(naam, geldig.scholen(), geldig.gemeenten());
        String na = opslag.vind(naam).orElseThrow().bereikTekst();
        audit.vastleggen(door, "ACCOUNT bereik gewijzigd: " + naam + " van " + voor + " naar " + na, null, "accountbeheer");
        return new Gedaan("Het bereik van '" + naam + "' is nu: " + na + ".");
    }
}
