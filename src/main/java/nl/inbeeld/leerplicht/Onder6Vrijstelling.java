package nl.inbeeld.leerplicht;

import java.time.Duration;
import java.time.LocalDate;

/**
 * Art. 11a Leerplichtwet 1969 [LPW24], the relief for a child that is not yet 6 (rules.md 1.10):
 * <ol>
 *   <li>lid 1: the parents are exempt for at most 5 hours a week; they tell the head that they use it;</li>
 *   <li>lid 2: on top of that, the head may grant at most 5 more hours a week on the parents' request.</li>
 * </ol>
 * So: up to 5 hours by notice, up to 10 hours only with the head's grant, never more.
 */
public final class Onder6Vrijstelling {

    static final Duration PER_MEDEDELING = Duration.ofHours(5);
    static final Duration HOOGSTENS_DOOR_HOOFD = Duration.ofHours(5);
    static final int LEEFTIJD = 6;

    static final Wetsartikel LID_1 = Wetsartikel.leerplichtwet("11a", "1");
    static final Wetsartikel LID_2 = Wetsartikel.leerplichtwet("11a", "2");

    private Onder6Vrijstelling() {
    }

    /**
     * @param geboortedatum     the child's date of birth
     * @param peildatum         the week's day being judged
     * @param perWeek           the hours a week the child is kept home
     * @param mededelingAanHoofd whether the parents told the head (lid 1)
     * @param verleendDoorHoofd extra hours a week the head granted on request (lid 2); {@link Duration#ZERO} if none
     */
    public static Onder6Besluit beoordeel(LocalDate geboortedatum, LocalDate peildatum, Duration perWeek,
                                          boolean mededelingAanHoofd, Duration verleendDoorHoofd,
                                          Leerplichtinstellingen instellingen) {
        if (!peildatum.isBefore(instellingen.schrikkeldag().verjaardag(geboortedatum, LEEFTIJD))) {
            return new Onder6Besluit.NietToegestaan("Het kind is 6 jaar of ouder.", LID_1);
        }
        if (perWeek.compareTo(PER_MEDEDELING) <= 0) {
            return mededelingAanHoofd
                    ? new Onder6Besluit.Toegestaan(LID_1)
                    : new Onder6Besluit.NietToegestaan("De ouders hebben het hoofd niet ingelicht.", LID_1);
        }
        if (perWeek.compareTo(PER_MEDEDELING.plus(HOOGSTENS_DOOR_HOOFD)) > 0) {
            return new Onder6Besluit.NietToegestaan(
                    "Meer dan 10 uur per week is nooit toegestaan (5 uur na mededeling en 5 uur met toestemming).",
                    LID_2);
        }
        if (!mededelingAanHoofd) {
            return new Onder6Besluit.NietToegestaan("De ouders hebben het hoofd niet ingelicht.", LID_1);
        }
        Duration extra = verleendDoorHoofd.compareTo(HOOGSTENS_DOOR_HOOFD) > 0 ? HOOGSTENS_DOOR_HOOFD : verleendDoorHoofd;
        if (perWeek.compareTo(PER_MEDEDELING.plus(extra)) <= 0) {
            return new Onder6Besluit.Toegestaan(LID_2);
        }
        return new Onder6Besluit.NietToegestaan(
                "Meer dan 5 uur per week alleen voor zover het hoofd dat op verzoek heeft toegestaan.", LID_2);
    }
}
