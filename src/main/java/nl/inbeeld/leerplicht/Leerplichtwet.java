package nl.inbeeld.leerplicht;

import java.time.LocalDate;

/**
 * The versions of the rule set, each valid from a date, because laws change on dates (rules.md §12). A version
 * carries the numbers of the law; {@link Leerplicht} applies them. Only one version is modelled now.
 *
 * <p>Which version governs a jongere: the version in force on the first day of the month after the 5th birthday,
 * the day leerplicht begins (art. 3 lid 1). A future version will come with transitional law
 * (<em>overgangsrecht</em>) that says which jongeren it covers; that choice belongs in {@link Leerplicht}, here.
 */
public enum Leerplichtwet {

    /**
     * Leerplichtwet 1969 (BWBR0002628) as in force from 2024-01-01 [LPW24]: art. 3 (5 → 16 years or 12 full school
     * years, basisschool counted as at least 8), art. 4a–4b (kwalificatieplicht up to 18 or a startkwalificatie),
     * RMC 18 up to 23 (rules.md 1.12).
     */
    VERSIE_2024_01_01(LocalDate.of(2024, 1, 1), 5, 16, 12, 18, 23);

    private final LocalDate geldigVanaf;
    final int leeftijdBegin;
    final int leeftijdEindeLeerplicht;
    final int volledigeSchooljaren;
    final int leeftijdEindeKwalificatieplicht;
    final int leeftijdEindeRmc;

    Leerplichtwet(LocalDate geldigVanaf, int leeftijdBegin, int leeftijdEindeLeerplicht, int volledigeSchooljaren,
                  int leeftijdEindeKwalificatieplicht, int leeftijdEindeRmc) {
        this.geldigVanaf = geldigVanaf;
        this.leeftijdBegin = leeftijdBegin;
        this.leeftijdEindeLeerplicht = leeftijdEindeLeerplicht;
        this.volledigeSchooljaren = volledigeSchooljaren;
        this.leeftijdEindeKwalificatieplicht = leeftijdEindeKwalificatieplicht;
        this.leeftijdEindeRmc = leeftijdEindeRmc;
    }

    public LocalDate geldigVanaf() {
        return geldigVanaf;
    }

    /**
     * The version in force on {@code peildatum}: the latest one that is valid from that date or earlier.
     * Before the oldest modelled version, the oldest is applied: earlier texts are not modelled (that arts. 3 and
     * 4a–4b read the same before 2024 for these rules is UNCONFIRMED).
     */
    public static Leerplichtwet geldendOp(LocalDate peildatum) {
        Leerplichtwet[] versies = values();
        for (int i = versies.length - 1; i >= 0; i--) {
            if (!versies[i].geldigVanaf.isAfter(peildatum)) return versies[i];
        }
        return versies[0];
    }

    @Override
    public String toString() {
        return "Leerplichtwet 1969, versie " + geldigVanaf;
    }
}
