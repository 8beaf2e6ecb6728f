package nl.inbeeld.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.inbeeld.school.Sector;

/**
 * Realistic Dutch names, classes and parents' addresses for a generated pupil (spec §7's optional columns and
 * ouders.csv), from small fixed lists, no external data. Deterministic: drawn from a stream of their own, derived from
 * the pupil's id only, so the absences the generator draws from the pupil's stream stay exactly as they were.
 */
final class Namenmaker {

    private static final String[] JONGENS = {"Daan", "Sem", "Lucas", "Levi", "Finn", "Milan", "Noah", "Bram", "Jesse",
        "Thijs", "Luuk", "Sven", "Ruben", "Mohammed", "Adam", "Liam", "Mees", "Julian", "Gijs", "Hugo", "Stijn",
        "Tygo", "Jayden", "Yusuf", "Owen", "Teun", "Ravi", "Joep", "Cas", "Ayoub"};
    private static final String[] MEISJES = {"Emma", "Julia", "Sophie", "Tess", "Mila", "Zoë", "Sara", "Lotte", "Anna",
        "Eva", "Noor", "Fleur", "Saar", "Lisa", "Roos", "Yara", "Nora", "Fenna", "Liv", "Evi", "Maud", "Isa", "Jasmijn",
        "Amira", "Femke", "Lieke", "Sanne", "Ilse", "Hanna", "Fatima"};
    /** Surnames, some with a tussenvoegsel (before the '|'). */
    private static final String[] ACHTERNAMEN = {"de|Jong", "Jansen", "de|Vries", "van den|Berg", "van|Dijk", "Bakker",
        "Janssen", "Visser", "Smit", "Meijer", "de|Boer", "Mulder", "de|Groot", "Bos", "Vos", "Peters", "Hendriks",
        "van|Leeuwen", "Dekker", "Brouwer", "de|Wit", "Dijkstra", "Smits", "de|Graaf", "van der|Meer", "van der|Linden",
        "Kok", "Jacobs", "de|Haan", "Vermeulen", "van den|Heuvel", "van der|Veen", "van den|Broek", "de|Bruijn",
        "Schouten", "van|Beek", "Willems", "van|Vliet", "Hoekstra", "Maas", "Verhoeven", "Koster", "Prins", "Postma",
        "Kuipers", "El Amrani", "Yilmaz", "Öztürk", "Bouzidi", "Nguyen", "Kaya", "Sedney", "Pinas", "Wolters"};
    private static final String[] OUDERS_MAN = {"Peter", "Mark", "Jeroen", "Dennis", "Michel", "Erik", "Martijn", "Bas",
        "Sander", "Rick", "Hamza", "Mehmet", "Robin", "Wouter", "Tim", "Kevin", "Jan", "Ahmed"};
    private static final String[] OUDERS_VROUW = {"Linda", "Marieke", "Sandra", "Anouk", "Esther", "Kim", "Laura",
        "Petra", "Ingrid", "Naima", "Saskia", "Wendy", "Judith", "Mirjam", "Iris", "Karin", "Ayşe", "Nicole"};
    private static final String[] STRATEN = {"Dorpsstraat", "Kerkstraat", "Schoolstraat", "Molenweg", "Julianastraat",
        "Beatrixlaan", "Wilhelminastraat", "Stationsweg", "Nieuwstraat", "Eikenlaan", "Lindelaan", "Kastanjelaan",
        "Prins Bernhardlaan", "Oranjestraat", "Marktstraat", "Hoofdstraat", "Parkweg", "Rozenstraat", "Tulpstraat",
        "Sportlaan", "Vondellaan", "Rembrandtstraat", "Burgemeester de Withstraat", "Zonnebloemstraat", "Berkenlaan",
        "Emmastraat", "Spoorstraat", "Veldweg", "Akkerweg", "Kloosterstraat"};
    private static final String LETTERS = "ABCEGHJKLMNPRSTVWXZ";

    private Namenmaker() {}

    /** A pupil's name and class; the class from the sector of the first enrolment and the age (null when none). */
    record Naam(String voornamen, String tussenvoegsel, String achternaam, String klas) {}

    /** A parent or carer as in ouders.csv. */
    record Ouder(String naam, String adres, String postcode, String woonplaats, String email, String telefoon) {}

    /** The name, class and parents of a pupil. */
    record Gezin(Naam naam, List<Ouder> ouders) {}

    static Gezin voor(String id, LocalDate geboortedatum, Sector sector, Gemeente woont, LocalDate peildatum) {
        var r = new SplittableRandom(id.hashCode() * 0x9E3779B97F4A7C15L + 0x5DEECE66DL);
        String[] achternaam = kies(ACHTERNAMEN, r).split("\\|");
        String tussenvoegsel = achternaam.length == 2 ? achternaam[0] : null;
        String familienaam = achternaam[achternaam.length - 1];
        boolean meisje = r.nextBoolean();
        String roepnaam = kies(meisje ? MEISJES : JONGENS, r);
        String voornamen = r.nextDouble() < 0.4 ? roepnaam + " " + kies(meisje ? MEISJES : JONGENS, r) : roepnaam;
        var naam = new Naam(voornamen, tussenvoegsel, familienaam, klas(geboortedatum, sector, peildatum, r));

        // the address of the household: a street in the pupil's gemeente with a postcode of that gemeente
        String adres = kies(STRATEN, r) + " " + (1 + r.nextInt(180)) + (r.nextDouble() < 0.1 ? "a" : "");
        int cijfers = 1000 + Math.floorMod(woont.code().waarde().hashCode() * 31, 8900) + r.nextInt(100);
        String postcode = cijfers + " " + LETTERS.charAt(r.nextInt(LETTERS.length()))
                + LETTERS.charAt(r.nextInt(LETTERS.length()));
        List<Ouder> ouders = new ArrayList<>(2);
        String achter = tussenvoegsel == null ? familienaam : tussenvoegsel + " " + familienaam;
        String moeder = kies(OUDERS_VROUW, r) + " " + achter;
        ouders.add(new Ouder(moeder, adres, postcode, woont.naam(), email(moeder, r), telefoon(r)));
        if (r.nextDouble() < 0.6) {
            String vader = kies(OUDERS_MAN, r) + " " + achter;
            ouders.add(new Ouder(vader, adres, postcode, woont.naam(), r.nextBoolean() ? email(vader, r) : null, null));
        }
        return new Gezin(naam, ouders);
    }

    /** groep 1–8 in primary, leerjaar and letter in secondary, a year in mbo; from the age on {@code peildatum}. */
    private static String klas(LocalDate geboren, Sector sector, LocalDate peildatum, SplittableRandom r) {
        if (sector == null) return null;
        int leeftijd = geboren.until(LocalDate.of(peildatum.getMonthValue() >= 8 ? peildatum.getYear()
                : peildatum.getYear() - 1, 10, 1)).getYears();
        return switch (sector) {
            case PO -> "groep " + Math.clamp(leeftijd - 3, 1, 8);
            case SBO, SO -> "groep " + Math.clamp(leeftijd - 3, 1, 8) + LETTERS.charAt(r.nextInt(3));
            case VO, VSO, PRO -> Math.clamp(leeftijd - 11, 1, 6) + "" + LETTERS.charAt(r.nextInt(4));
            case MBO, VAVO -> "leerjaar " + Math.clamp(leeftijd - 15, 1, 4);
        };
    }

    private static String email(String naam, SplittableRandom r) {
        String[] domeinen = {"ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.com", "outlook.com"};
        String zonderTekens = java.text.Normalizer.normalize(naam, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String lokaal = zonderTekens.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".")
                .replaceAll("^\\.|\\.$", "");
        return lokaal + "@" + domeinen[r.nextInt(domeinen.length)];
    }

    private static String telefoon(SplittableRandom r) {
        return "06-" + (10_000_000 + r.nextInt(90_000_000));
    }

    private static String kies(String[] lijst, SplittableRandom r) {
        return lijst[r.nextInt(lijst.length)];
    }
}
