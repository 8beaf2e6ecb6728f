package nl.inbeeld.aanwezigheid.inlezen;

import java.util.List;

/** The files of uitwisselformaat v1.1 (spec §1, §7) in the order they are read, with their columns. */
enum Bestand {
    SCHOLEN("scholen.csv", "school_id*", "naam*", "sector*", "gemeente*", "vakantieregio*", "lesminuten_per_dag"),
    KALENDER("kalender.csv", "school_id*", "van*", "tot_en_met*", "soort*", "omschrijving"),
    LEERLINGEN("leerlingen.csv", "leerling_id*", "geboortedatum*", "woongemeente*", "startkwalificatie_op",
            "voornamen", "tussenvoegsel", "achternaam", "klas"),
    INSCHRIJVINGEN("inschrijvingen.csv", "leerling_id*", "school_id*", "van*", "tot_en_met"),
    ABSENTIES("absenties.csv", "leerling_id*", "school_id*", "datum*", "minuten*", "code*", "aantal", "gemeld_op"),
    BEVOLKING("bevolking.csv", "persoon_id*", "geboortedatum*", "gemeente*", "van*", "tot_en_met"),
    VRIJSTELLINGEN("vrijstellingen.csv", "leerling_id*", "grond*", "van*", "tot_en_met", "kennisgeving_op"),
    OUDERS("ouders.csv", "leerling_id*", "naam*", "adres*", "postcode*", "woonplaats*", "email", "telefoon");

    private final String naam;
    private final List<String> kolommen;
    private final boolean[] verplicht;

    Bestand(String naam, String... kolommen) {
        this.naam = naam;
        this.kolommen = java.util.Arrays.stream(kolommen).map(k -> k.replace("*", "")).toList();
        this.verplicht = new boolean[kolommen.length];
        for (int i = 0; i < kolommen.length; i++) verplicht[i] = kolommen[i].endsWith("*");
    }

    String naam() {
        return naam;
    }

    List<String> kolommen() {
        return kolommen;
    }

    boolean isVerplicht(int kolom) {
        return verplicht[kolom];
    }

    /** The index of a column of this file; a programming error when the file has no such column. */
    int kolom(String naam) {
        int i = kolommen.indexOf(naam);
        if (i < 0) throw new IllegalArgumentException(this.naam + " heeft geen kolom " + naam);
        return i;
    }
}
