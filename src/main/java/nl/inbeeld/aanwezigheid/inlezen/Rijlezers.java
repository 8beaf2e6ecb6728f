package nl.inbeeld.aanwezigheid.inlezen;

import static nl.inbeeld.aanwezigheid.inlezen.Bestand.BEVOLKING;
import static nl.inbeeld.aanwezigheid.inlezen.Bestand.INSCHRIJVINGEN;
import static nl.inbeeld.aanwezigheid.inlezen.Bestand.KALENDER;
import static nl.inbeeld.aanwezigheid.inlezen.Bestand.LEERLINGEN;
import static nl.inbeeld.aanwezigheid.inlezen.Bestand.OUDERS;
import static nl.inbeeld.aanwezigheid.inlezen.Bestand.SCHOLEN;
import static nl.inbeeld.aanwezigheid.inlezen.Bestand.VRIJSTELLINGEN;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.inbeeld.leerling.Inschrijving;
import nl.inbeeld.leerling.Leerling;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerling.Naam;
import nl.inbeeld.leerling.Ouder;
import nl.inbeeld.leerling.Verblijfperiode;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.Kalenderperiode;
import nl.inbeeld.school.Kalendersoort;
import nl.inbeeld.school.School;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.school.Sector;
import nl.inbeeld.school.Vakantieregio;
import nl.inbeeld.vrijstelling.Vrijstelling;
import nl.inbeeld.vrijstelling.Vrijstellingsgrond;

/** Turns the fields of a row of the smaller files into domain values; null when a field is rejected. */
final class Rijlezers {

    static final String SCHOOL_VORM = "[0-9A-Z]{4}[0-9]{2}";
    static final String LEERLING_VORM = "[A-Za-z0-9_-]{1,64}";
    static final String GEMEENTE_VORM = "GM[0-9]{4}";

    private Rijlezers() {}

    static School school(Velden v) {
        String id = v.id(0, SchoolId::isGeldig, SCHOOL_VORM);
        String naam = v.tekst(1);
        Sector sector = v.keuze(2, Sector.values());
        String gemeente = v.id(3, Gemeentecode::isGeldig, GEMEENTE_VORM);
        Vakantieregio regio = v.keuze(4, Vakantieregio.values());
        int lesminuten = v.getal(5, 1, 720, sector == null ? 0 : sector.standaardLesminutenPerDag());
        if (v.fout()) return null;
        return new School(new SchoolId(id), naam, sector, new Gemeentecode(gemeente), regio, lesminuten);
    }

    static Kalenderrij kalender(Velden v) {
        String school = v.id(KALENDER.kolom("school_id"), SchoolId::isGeldig, SCHOOL_VORM);
        LocalDate van = v.datum(1);
        LocalDate tot = v.datum(2);
        Kalendersoort soort = v.keuze(3, Kalendersoort.values());
        String omschrijving = v.tekst(4);
        v.nietVoor(2, tot, 1, van);
        if (v.fout()) return null;
        return new Kalenderrij(new SchoolId(school),
                new Kalenderperiode(van, tot, soort, omschrijving.isEmpty() ? null : omschrijving));
    }

    static Leerling leerling(Velden v) {
        String id = v.id(LEERLINGEN.kolom("leerling_id"), LeerlingId::isGeldig, LEERLING_VORM);
        LocalDate geboren = v.datum(1);
        String gemeente = v.id(2, Gemeentecode::isGeldig, GEMEENTE_VORM);
        LocalDate startkwalificatie = v.datum(3);
        var naam = new Naam(v.tekst(4, Naam.MAX_VOORNAMEN), v.tekst(5, Naam.MAX_TUSSENVOEGSEL),
                v.tekst(6, Naam.MAX_ACHTERNAAM), v.tekst(7, Naam.MAX_KLAS));
        if (v.fout()) return null;
        return new Leerling(new LeerlingId(id), geboren, new Gemeentecode(gemeente), startkwalificatie, naam);
    }

    static Ouder ouder(Velden v) {
        String leerling = v.id(OUDERS.kolom("leerling_id"), LeerlingId::isGeldig, LEERLING_VORM);
        String naam = v.tekst(1, Ouder.MAX_NAAM);
        String adres = v.tekst(2, Ouder.MAX_ADRES);
        String postcode = v.id(3, Ouder::isPostcode, Ouder.POSTCODE_VORM);
        String woonplaats = v.tekst(4, Ouder.MAX_WOONPLAATS);
        String email = v.tekst(5, Ouder.MAX_EMAIL);
        String telefoon = v.tekst(6, Ouder.MAX_TELEFOON);
        if (v.fout()) return null;
        return new Ouder(new LeerlingId(leerling), naam, adres, Ouder.normaliseer(postcode), woonplaats, email,
                telefoon);
    }

    static Inschrijving inschrijving(Velden v) {
        String leerling = v.id(INSCHRIJVINGEN.kolom("leerling_id"), LeerlingId::isGeldig, LEERLING_VORM);
        String school = v.id(1, SchoolId::isGeldig, SCHOOL_VORM);
        LocalDate van = v.datum(2);
        LocalDate tot = v.datum(3);
        v.nietVoor(3, tot, 2, van);
        if (v.fout()) return null;
        return new Inschrijving(new LeerlingId(leerling), new SchoolId(school), van, tot);
    }

    static Verblijfperiode verblijf(Velden v) {
        String persoon = v.id(BEVOLKING.kolom("persoon_id"), LeerlingId::isGeldig, LEERLING_VORM);
        LocalDate geboren = v.datum(1);
        String gemeente = v.id(2, Gemeentecode::isGeldig, GEMEENTE_VORM);
        LocalDate van = v.datum(3);
        LocalDate tot = v.datum(4);
        v.nietVoor(4, tot, 3, van);
        if (v.fout()) return null;
        return new Verblijfperiode(new LeerlingId(persoon), geboren, new Gemeentecode(gemeente), van, tot);
    }

    static Vrijstelling vrijstelling(Velden v) {
        String leerling = v.id(VRIJSTELLINGEN.kolom("leerling_id"), LeerlingId::isGeldig, LEERLING_VORM);
        String code = v.tekst(1);
        Vrijstellingsgrond grond = code == null || code.isEmpty() ? null
                : Vrijstellingsgrond.vanCode(code).orElse(null);
        if (code != null && !code.isEmpty() && grond == null) {
            v.afkeur(1, Velden.toon(code) + " is geen geldige waarde (" + Arrays.stream(Vrijstellingsgrond.values())
                    .map(Vrijstellingsgrond::code).collect(Collectors.joining(", ")) + ")");
        }
        LocalDate van = v.datum(2);
        LocalDate tot = v.datum(3);
        LocalDate kennisgeving = v.datum(4);
        v.nietVoor(3, tot, 2, van);
        if (v.fout()) return null;
        return new Vrijstelling(new LeerlingId(leerling), grond, van, tot, kennisgeving);
    }

    static {
        // The readers above address columns by index in the order Bestand declares them.
        assert SCHOLEN.kolom("lesminuten_per_dag") == 5 && KALENDER.kolom("omschrijving") == 4
                && LEERLINGEN.kolom("startkwalificatie_op") == 3 && INSCHRIJVINGEN.kolom("tot_en_met") == 3
                && BEVOLKING.kolom("tot_en_met") == 4 && VRIJSTELLINGEN.kolom("kennisgeving_op") == 4
                && LEERLINGEN.kolom("klas") == 7 && OUDERS.kolom("telefoon") == 6;
    }
}
