package nl.inbeeld.demo;

import static nl.inbeeld.aanwezigheid.Absentiecode.LUXE;
import static nl.inbeeld.aanwezigheid.Absentiecode.ONGEOORLOOFD;
import static nl.inbeeld.aanwezigheid.Absentiecode.TE_LAAT;
import static nl.inbeeld.aanwezigheid.Absentiecode.ZIEK;
import static nl.inbeeld.demo.Verwachtsignaal.telaat;
import static nl.inbeeld.demo.Verwachtsignaal.van;
import static nl.inbeeld.school.Sector.MBO;
import static nl.inbeeld.school.Sector.PO;
import static nl.inbeeld.school.Sector.VO;
import static nl.inbeeld.school.Vakantieregio.MIDDEN;
import static nl.inbeeld.school.Vakantieregio.ZUID;
import static nl.inbeeld.verzuim.Signaalsoort.LANGDURIG_RELATIEF;
import static nl.inbeeld.verzuim.Signaalsoort.LUXE_VERZUIM;
import static nl.inbeeld.verzuim.Signaalsoort.LUXE_VERZUIM_VERMOEDEN;
import static nl.inbeeld.verzuim.Signaalsoort.MAZL_VIERDE_ZIEKMELDING;
import static nl.inbeeld.verzuim.Signaalsoort.MAZL_ZEVENDE_ZIEKTEDAG;
import static nl.inbeeld.verzuim.Signaalsoort.RMC_18_PLUS;
import static nl.inbeeld.verzuim.Signaalsoort.VERZUIM_16_UUR;
import static nl.inbeeld.verzuim.Signaalsoort.ZIEKMELDING_TE_LAAT;

import java.time.LocalDate;
import java.util.List;

/**
 * The demo region: Arnhem and Overbetuwe (holiday region MIDDEN) and Nijmegen (ZUID), ten schools (five PO, one
 * SBO, three VO, one MBO), {@value #LEERLINGEN} random pupils from seed {@value #SEED}, absences up to
 * {@link #VANDAAG}, the day the demo application's clock stands still.
 *
 * <p>On top of the random pupils come hand-made scenario pupils, so that every signal of spec §4 occurs. Schools
 * are named by role (first PO school in MIDDEN …), in the demo region:
 * <table>
 * <caption>Scenario pupils</caption>
 * <tr><th>pupil</th><th>school</th><th>data</th><th>signal (begindatum – einddatum)</th></tr>
 * <tr><td>D-0001</td><td>21AH00 VO</td><td>120 min ONGEOORLOOFD on Tue and Thu in 4 lesweken around the
 *     MIDDEN voorjaarsvakantie; lives in another gemeente</td><td>VERZUIM_16_UUR 2026-02-03 – 2026-03-05</td></tr>
 * <tr><td>D-0002</td><td>21AL00 MBO</td><td>18+, no startkwalificatie; 120 min on Mon and Thu for 4 weeks</td>
 *     <td>RMC_18_PLUS 2026-01-12 – 2026-02-05</td></tr>
 * <tr><td>D-0003</td><td>21AJ00 VO</td><td>whole days ONGEOORLOOFD 2026-01-12 – 2026-02-12 (24 lesson days);
 *     beside it VERZUIM_16_UUR every third day from 2026-01-14</td><td>LANGDURIG_RELATIEF 2026-01-12 –
 *     2026-02-09</td></tr>
 * <tr><td>D-0004</td><td>21AE00 PO</td><td>LUXE on Thu and Fri before the ZUID herfstvakantie</td>
 *     <td>LUXE_VERZUIM 2025-10-09</td></tr>
 * <tr><td>D-0005</td><td>21AK00 VO</td><td>whole day ONGEOORLOOFD on the last day before kerst and the first
 *     after the voorjaarsvakantie</td><td>LUXE_VERZUIM_VERMOEDEN 2025-12-19 and 2026-02-23</td></tr>
 * <tr><td>D-0006</td><td>21AB00 PO</td><td>four sickness reports 2025-11-03 … 2026-01-13</td>
 *     <td>MAZL_VIERDE_ZIEKMELDING 2025-11-03 – 2026-01-13</td></tr>
 * <tr><td>D-0007</td><td>21AK00 VO</td><td>sick 2026-01-19 – 2026-01-30</td>
 *     <td>MAZL_ZEVENDE_ZIEKTEDAG 2026-01-19 – 2026-01-27</td></tr>
 * <tr><td>D-0008</td><td>21AF00 PO</td><td>sick 2026-02-02 – 02-04, notified 2026-02-05</td>
 *     <td>ZIEKMELDING_TE_LAAT 2026-02-02 – 2026-02-05</td></tr>
 * <tr><td>D-0009</td><td>21AJ00 VO</td><td>late (15 min) on 13 Tuesdays from 2025-09-02</td>
 *     <td>TE_LAAT_HERHAALD 3: 2025-09-16, 6: 2025-10-07, 9: 2025-11-04, 12: 2025-11-25</td></tr>
 * <tr><td>D-0010</td><td>21AH00 VO</td><td>12 hours ONGEOORLOOFD in the 4 lesweken up to VANDAAG</td>
 *     <td>none: early-warning zone</td></tr>
 * <tr><td>D-0011</td><td>21AD00 PO</td><td>90 min ONGEOORLOOFD and 15 min late on 6 days: 10.5 hours</td>
 *     <td>early-warning zone; TE_LAAT_HERHAALD 3: 2026-03-03, 6: 2026-03-13</td></tr>
 * <tr><td>D-0012</td><td>21AJ00 VO</td><td>moved from Nijmegen to another gemeente on 2026-02-01; three whole
 *     days ONGEOORLOOFD</td><td>VERZUIM_16_UUR 2026-03-02 – 2026-03-05, melden_aan the new gemeente</td></tr>
 * <tr><td>D-0013</td><td>21AC00 PO</td><td>LUXE on a Friday in the middle of a term</td>
 *     <td>LUXE_VERZUIM 2026-01-23</td></tr>
 * <tr><td>D-0014</td><td>21AB00 PO</td><td>turned 5 on 2025-12-01; 4 whole days ONGEOORLOOFD in November</td>
 *     <td>none: not yet leerplichtig (from 2026-01-05)</td></tr>
 * <tr><td>D-0015</td><td>21AL00 MBO</td><td>19, startkwalificatie 2025-07-04; D-0002's absences</td>
 *     <td>none: not in the RMC group</td></tr>
 * <tr><td>D-0020 … D-0023</td><td></td><td>exemptions 5A, 5C, 15 (not enrolled) and 3A (enrolled)</td>
 *     <td>none</td></tr>
 * </table>
 */
public final class Demoregio {

    /** The demo day: a Monday in school year 2025-26; the demo application's clock is fixed to it. */
    public static final LocalDate VANDAAG = LocalDate.of(2026, 3, 16);
    public static final long SEED = 20_260_316L;
    public static final int LEERLINGEN = 3_000;

    private Demoregio() {}

    /** The scenario pupils and the signals they are built for. */
    public static List<Scenario> scenarios() {
        return leerlingen().stream().map(Scenarioleerling::scenario).toList();
    }

    static List<Scenarioleerling> leerlingen() {
        return List.of(
                new Scenarioleerling("D-0001", "16 uur ongeoorloofd in 4 lesweken, over de voorjaarsvakantie heen")
                        .school(VO, MIDDEN, 0).geboren("2011-05-14").woontElders()
                        .absent(ONGEOORLOOFD, 120, "2026-02-03", "2026-02-05", "2026-02-10", "2026-02-12",
                                "2026-02-24", "2026-02-26", "2026-03-03", "2026-03-05")
                        .verwacht(van(VERZUIM_16_UUR, "2026-02-03", "2026-03-05")),
                new Scenarioleerling("D-0002", "18-plusser zonder startkwalificatie, 16 uur in 4 lesweken")
                        .school(MBO, ZUID, 0).geboren("2007-05-10").woontElders()
                        .absent(ONGEOORLOOFD, 120, "2026-01-12", "2026-01-15", "2026-01-19", "2026-01-22",
                                "2026-01-26", "2026-01-29", "2026-02-02", "2026-02-05")
                        .verwacht(van(RMC_18_PLUS, "2026-01-12", "2026-02-05")),
                new Scenarioleerling("D-0003", "weken achter elkaar hele dagen weg (thuiszitter)")
                        .school(VO, ZUID, 0).geboren("2010-11-02")
                        .reeks(ONGEOORLOOFD, "2026-01-12", "2026-02-12", null)
                        .verwacht(van(LANGDURIG_RELATIEF, "2026-01-12", "2026-02-09"))
                        .verwacht(van(VERZUIM_16_UUR, "2026-01-12", "2026-01-14")),
                new Scenarioleerling("D-0004", "twee dagen eerder op herfstvakantie")
                        .school(PO, ZUID, 0).geboren("2017-06-21")
                        .absent(LUXE, 0, "2025-10-09", "2025-10-10")
                        .verwacht(van(LUXE_VERZUIM, "2025-10-09", "2025-10-09")),
                new Scenarioleerling("D-0005", "ongeoorloofd op de dag voor en na een vakantie")
                        .school(VO, MIDDEN, 1).geboren("2012-02-29")
                        .absent(ONGEOORLOOFD, 0, "2025-12-19", "2026-02-23")
                        .verwacht(van(LUXE_VERZUIM_VERMOEDEN, "2025-12-19", "2025-12-19"))
                        .verwacht(van(LUXE_VERZUIM_VERMOEDEN, "2026-02-23", "2026-02-23")),
                new Scenarioleerling("D-0006", "vier ziekmeldingen binnen 12 lesweken")
                        .school(PO, MIDDEN, 0).geboren("2016-03-03")
                        .ziek("2025-11-03", "2025-11-03").ziek("2025-11-25", "2025-11-25", "2025-11-26")
                        .ziek("2025-12-11", "2025-12-11").ziek("2026-01-13", "2026-01-13", "2026-01-14")
                        .verwacht(van(MAZL_VIERDE_ZIEKMELDING, "2025-11-03", "2026-01-13")),
                new Scenarioleerling("D-0007", "twee weken ziek")
                        .school(VO, MIDDEN, 1).geboren("2012-08-30")
                        .reeks(ZIEK, "2026-01-19", "2026-01-30", "2026-01-19")
                        .verwacht(van(MAZL_ZEVENDE_ZIEKTEDAG, "2026-01-19", "2026-01-27")),
                new Scenarioleerling("D-0008", "ziekte pas na drie dagen gemeld")
                        .school(PO, ZUID, 1).geboren("2015-12-12")
                        .ziek("2026-02-05", "2026-02-02", "2026-02-03", "2026-02-04")
                        .verwacht(van(ZIEKMELDING_TE_LAAT, "2026-02-02", "2026-02-05")),
                new Scenarioleerling("D-0009", "elke dinsdag te laat")
                        .school(VO, ZUID, 0).geboren("2009-04-04")
                        .absent(TE_LAAT, 15, "2025-09-02", "2025-09-09", "2025-09-16", "2025-09-23", "2025-09-30",
                                "2025-10-07", "2025-10-21", "2025-10-28", "2025-11-04", "2025-11-11", "2025-11-18",
                                "2025-11-25", "2025-12-02")
                        .verwacht(telaat(3, "2025-09-02", "2025-09-16")).verwacht(telaat(6, "2025-09-02", "2025-10-07"))
                        .verwacht(telaat(9, "2025-09-02", "2025-11-04")).verwacht(telaat(12, "2025-09-02", "2025-11-25")),
                new Scenarioleerling("D-0010", "vroegsignaal: 12 uur ongeoorloofd in 4 lesweken")
                        .school(VO, MIDDEN, 0).geboren("2010-01-20")
                        .absent(ONGEOORLOOFD, 120, "2026-02-24", "2026-02-26", "2026-03-03", "2026-03-05",
                                "2026-03-10", "2026-03-12"),
                new Scenarioleerling("D-0011", "vroegsignaal: 10,5 uur, deels te laat")
                        .school(PO, MIDDEN, 2).geboren("2014-07-07")
                        .absent(ONGEOORLOOFD, 90, "2026-02-24", "2026-02-27", "2026-03-03", "2026-03-06",
                                "2026-03-10", "2026-03-13")
                        .absent(TE_LAAT, 15, "2026-02-24", "2026-02-27", "2026-03-03", "2026-03-06",
                                "2026-03-10", "2026-03-13")
                        .verwacht(telaat(3, "2026-02-24", "2026-03-03")).verwacht(telaat(6, "2026-02-24", "2026-03-13")),
                new Scenarioleerling("D-0012", "16 uur na een verhuizing: melden aan de nieuwe woongemeente")
                        .school(VO, ZUID, 0).geboren("2011-09-09").verhuisdNaarElders("2026-02-01")
                        .absent(ONGEOORLOOFD, 0, "2026-03-02", "2026-03-04", "2026-03-05")
                        .verwacht(van(VERZUIM_16_UUR, "2026-03-02", "2026-03-05")),
                new Scenarioleerling("D-0013", "een luxe vrijdag midden in de periode")
                        .school(PO, MIDDEN, 1).geboren("2018-01-30")
                        .absent(LUXE, 0, "2026-01-23")
                        .verwacht(van(LUXE_VERZUIM, "2026-01-23", "2026-01-23")),
                new Scenarioleerling("D-0014", "vier hele dagen weg voordat het kind leerplichtig is")
                        .school(PO, MIDDEN, 0).geboren("2020-12-01")
                        .absent(ONGEOORLOOFD, 0, "2025-11-17", "2025-11-18", "2025-11-19", "2025-11-20"),
                new Scenarioleerling("D-0015", "18-plusser met startkwalificatie: geen RMC-signaal")
                        .school(MBO, ZUID, 0).geboren("2006-02-02").startkwalificatie("2025-07-04")
                        .absent(ONGEOORLOOFD, 120, "2026-01-12", "2026-01-15", "2026-01-19", "2026-01-22",
                                "2026-01-26", "2026-01-29", "2026-02-02", "2026-02-05"),
                new Scenarioleerling("D-0020", "vrijgesteld op grond van art. 5 a").nietIngeschreven()
                        .school(PO, MIDDEN, 0).geboren("2018-04-04")
                        .vrijstelling("5A", "2025-08-01", "2026-07-31", "2025-06-12"),
                new Scenarioleerling("D-0021", "vrijgesteld op grond van art. 5 c: school over de grens").nietIngeschreven()
                        .school(PO, ZUID, 0).geboren("2015-09-15")
                        .vrijstelling("5C", "2025-08-01", "2026-07-31", "2025-06-27"),
                new Scenarioleerling("D-0022", "vrijgesteld op grond van art. 15").nietIngeschreven()
                        .school(VO, ZUID, 0).geboren("2009-03-03")
                        .vrijstelling("15", "2025-09-01", "2026-07-31", "2025-08-20"),
                new Scenarioleerling("D-0023", "vrijstelling van geregeld schoolbezoek (art. 3a)")
                        .school(VO, MIDDEN, 1).geboren("2011-02-02")
                        .vrijstelling("3A", "2026-01-05", "2026-07-31", "2025-12-10"));
    }
}
