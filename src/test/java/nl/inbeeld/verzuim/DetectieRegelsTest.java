package nl.inbeeld.verzuim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.inbeeld.aanwezigheid.Absentie;
import nl.inbeeld.aanwezigheid.Absentiecode;
import nl.inbeeld.leerling.Leerling;
import nl.inbeeld.leerplicht.Leerplichtinstellingen;
import nl.inbeeld.leerplicht.Termijnenwet;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.vrijstelling.Vrijstelling;
import nl.inbeeld.vrijstelling.Vrijstellingsgrond;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The detection rules as a table a leerplichtambtenaar can review: the absence administration of one pupil
 * (fixture calendar of rules.md §13: lessons Mon–Fri from 2025-08-25, herfstvakantie 2025-10-18..26),
 * and the signals expected. Absences: {@code datum[..totEnMet] CODE minuten [gemeld datum] [aantal N]}, a range
 * meaning every lesson day in it. Signals: {@code SOORT begindatum einddatum [minuten] [aantal=N]}.
 */
class DetectieRegelsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # --- art. 21a, 16 uur in 4 lesweken (rules.md 2.3.2, 2.3.5; spec §4) ---
            # B1: 4 x 4 h in ISO weeks 37-40: reached on the 4th day
            B1 16 uur bereikt            | 2025-09-08 ONGEOORLOOFD 240; 2025-09-17 ONGEOORLOOFD 240; 2025-09-23 ONGEOORLOOFD 240; 2025-10-02 ONGEOORLOOFD 240 | VERZUIM_16_UUR | VERZUIM_16_UUR 2025-09-08 2025-10-02 960
            # the day before: one minute short
            B1 een minuut te weinig      | 2025-09-08 ONGEOORLOOFD 240; 2025-09-17 ONGEOORLOOFD 240; 2025-09-23 ONGEOORLOOFD 240; 2025-10-02 ONGEOORLOOFD 239 | VERZUIM_16_UUR |
            # the day after: more than 16 h on the 4th day still arises that day, with the total
            B1 ruim bereikt              | 2025-09-08 ONGEOORLOOFD 240; 2025-09-17 ONGEOORLOOFD 240; 2025-09-23 ONGEOORLOOFD 240; 2025-10-02 ONGEOORLOOFD 300 | VERZUIM_16_UUR | VERZUIM_16_UUR 2025-09-08 2025-10-02 1020
            # B2: 15.5 h in weeks 37-40, week 37 drops out when week 41 comes in
            B2 venster schuift           | 2025-09-08 ONGEOORLOOFD 240; 2025-09-15 ONGEOORLOOFD 240; 2025-09-22 ONGEOORLOOFD 240; 2025-09-29 ONGEOORLOOFD 210; 2025-10-06 ONGEOORLOOFD 240 | VERZUIM_16_UUR |
            B2 variant 4,5 uur in wk 41  | 2025-09-08 ONGEOORLOOFD 240; 2025-09-15 ONGEOORLOOFD 240; 2025-09-22 ONGEOORLOOFD 240; 2025-09-29 ONGEOORLOOFD 210; 2025-10-06 ONGEOORLOOFD 270 | VERZUIM_16_UUR | VERZUIM_16_UUR 2025-09-15 2025-10-06 960
            # B3/B4: the holiday week 43 is skipped, so weeks 41-42-44-45 are 4 consecutive lesweken
            B3 vakantieweek telt niet    | 2025-10-06 ONGEOORLOOFD 240; 2025-10-13 ONGEOORLOOFD 240; 2025-10-27 ONGEOORLOOFD 240; 2025-11-03 ONGEOORLOOFD 240 | VERZUIM_16_UUR | VERZUIM_16_UUR 2025-10-06 2025-11-03 960
            B4 geen kalenderweken        | 2025-10-06 ONGEOORLOOFD 240; 2025-10-13 ONGEOORLOOFD 240; 2025-10-27 ONGEOORLOOFD 240; 2025-11-10 ONGEOORLOOFD 240 | VERZUIM_16_UUR |
            # LUXE and TE_LAAT minutes are unexcused too (spec §1; TE_LAAT keuze)
            luxe en te laat tellen mee   | 2025-09-08 LUXE 300; 2025-09-09 TE_LAAT 60; 2025-09-10 ONGEOORLOOFD 300; 2025-09-11 ONGEOORLOOFD 300 | VERZUIM_16_UUR | VERZUIM_16_UUR 2025-09-08 2025-09-11 960
            # B11 and art. 11: schorsing, ziekte, verlof and religieus are geoorloofd
            B11 geoorloofd telt niet     | 2025-09-08..2025-09-10 SCHORSING 300; 2025-09-11..2025-09-12 ZIEK 300; 2025-09-15 VERLOF 300; 2025-09-16 RELIGIEUS 300 | * |
            # B10: PO lesson day 8:30-14:30, 3 full days = 18 clock hours
            B10 drie volle dagen         | 2025-09-08..2025-09-10 ONGEOORLOOFD 360 | VERZUIM_16_UUR | VERZUIM_16_UUR 2025-09-08 2025-09-10 1080
            # rules.md 2.3.6: counting restarts the day after einddatum; the 4 h of 10-02 never count again
            herstart na einddatum        | 2025-09-08 ONGEOORLOOFD 240; 2025-09-17 ONGEOORLOOFD 240; 2025-09-23 ONGEOORLOOFD 240; 2025-10-02 ONGEOORLOOFD 240; 2025-10-03 ONGEOORLOOFD 240; 2025-10-06 ONGEOORLOOFD 240; 2025-10-07 ONGEOORLOOFD 239 | VERZUIM_16_UUR | VERZUIM_16_UUR 2025-09-08 2025-10-02 960
            herstart vervolgsignaal      | 2025-09-08 ONGEOORLOOFD 240; 2025-09-17 ONGEOORLOOFD 240; 2025-09-23 ONGEOORLOOFD 240; 2025-10-02 ONGEOORLOOFD 240; 2025-10-03 ONGEOORLOOFD 240; 2025-10-06 ONGEOORLOOFD 240; 2025-10-07 ONGEOORLOOFD 240; 2025-10-08 ONGEOORLOOFD 240 | VERZUIM_16_UUR | VERZUIM_16_UUR 2025-09-08 2025-10-02 960; VERZUIM_16_UUR 2025-10-03 2025-10-08 960
            # B6: continuous absence, 6 h a day: a 16-hour signal every third day (bundling is the melding's job)
            B6 doorlopend 16 uur         | 2025-09-01..2025-09-12 ONGEOORLOOFD 360 | VERZUIM_16_UUR | VERZUIM_16_UUR 2025-09-01 2025-09-03 1080; VERZUIM_16_UUR 2025-09-04 2025-09-08 1080; VERZUIM_16_UUR 2025-09-09 2025-09-11 1080
            # --- langdurig relatief verzuim (rules.md 2.1; spec §4): > 4 weeks of full days ---
            # B6: 24 school days from Mon 2025-09-01: LRV from Mon 2025-09-29 (28 days after the first)
            B6 LRV op dag 28             | 2025-09-01..2025-10-02 ONGEOORLOOFD 360 | LANGDURIG_RELATIEF | LANGDURIG_RELATIEF 2025-09-01 2025-09-29
            LRV dag ervoor: 25 dagen     | 2025-09-01..2025-09-26 ONGEOORLOOFD 360 | LANGDURIG_RELATIEF |
            LRV onderbroken door halve dag | 2025-09-01..2025-09-12 ONGEOORLOOFD 360; 2025-09-15 ONGEOORLOOFD 180; 2025-09-16..2025-10-10 ONGEOORLOOFD 360 | LANGDURIG_RELATIEF |
            LRV onderbroken lesdag 2 weken later | 2025-09-01..2025-09-12 ONGEOORLOOFD 360; 2025-09-16..2025-10-14 ONGEOORLOOFD 360 | LANGDURIG_RELATIEF | LANGDURIG_RELATIEF 2025-09-16 2025-10-14
            # days without lessons neither count nor break the run; spec §7: a week without lesson days does not count
            # either (DUO: "vakantiedagen tellen niet mee"): from Mon 6 Oct over the herfstvakantie week of 20 Oct,
            # 10 Nov - 6 Oct = 35 days - 7 = 28 (v1 gave 3 Nov, 28 calendar days)
            LRV over de herfstvakantie   | 2025-10-06..2025-11-14 ONGEOORLOOFD 360 | LANGDURIG_RELATIEF | LANGDURIG_RELATIEF 2025-10-06 2025-11-10
            LRV herfst: vr ervoor nog niet | 2025-10-06..2025-11-07 ONGEOORLOOFD 360 | LANGDURIG_RELATIEF |
            LRV herfst: di erna ook      | 2025-10-07..2025-11-14 ONGEOORLOOFD 360 | LANGDURIG_RELATIEF | LANGDURIG_RELATIEF 2025-10-07 2025-11-11
            # a run that starts in the holiday's week minus one day: Fri 17 Oct, the holiday week lies wholly between
            LRV begint vr voor vakantie  | 2025-10-17..2025-11-24 ONGEOORLOOFD 360 | LANGDURIG_RELATIEF | LANGDURIG_RELATIEF 2025-10-17 2025-11-21
            LRV ziek is geen LRV         | 2025-09-01..2025-10-10 ZIEK 360 | LANGDURIG_RELATIEF |
            # --- luxe verzuim (rules.md 2.1; DUO: mandatory type whatever the hours) ---
            luxe een signaal per reeks   | 2025-10-16..2025-10-17 LUXE 360 | LUXE_VERZUIM | LUXE_VERZUIM 2025-10-16 2025-10-16
            luxe twee reeksen            | 2025-10-14 LUXE 360; 2025-10-16 LUXE 360 | LUXE_VERZUIM | LUXE_VERZUIM 2025-10-14 2025-10-14; LUXE_VERZUIM 2025-10-16 2025-10-16
            luxe reeks over vakantie     | 2025-10-17 LUXE 360; 2025-10-27 LUXE 360 | LUXE_VERZUIM | LUXE_VERZUIM 2025-10-17 2025-10-17
            # C11: a day off before a holiday without leave, registered as ongeoorloofd: suspicion for the school
            vermoeden dag voor vakantie  | 2025-10-17 ONGEOORLOOFD 60 | LUXE_VERZUIM_VERMOEDEN | LUXE_VERZUIM_VERMOEDEN 2025-10-17 2025-10-17
            vermoeden dag na vakantie    | 2025-10-27 ONGEOORLOOFD 360 | LUXE_VERZUIM_VERMOEDEN | LUXE_VERZUIM_VERMOEDEN 2025-10-27 2025-10-27
            vermoeden eerste schooldag   | 2025-08-25 ONGEOORLOOFD 360 | LUXE_VERZUIM_VERMOEDEN | LUXE_VERZUIM_VERMOEDEN 2025-08-25 2025-08-25
            geen vermoeden twee dagen ervoor | 2025-10-16 ONGEOORLOOFD 360; 2025-10-28 ONGEOORLOOFD 360 | LUXE_VERZUIM_VERMOEDEN |
            # spec §7: also ZIEK next to a holiday (the sick report is the usual form of luxe verzuim); v1 gave none here
            vermoeden ziek dag voor vakantie | 2025-10-17 ZIEK 360 | LUXE_VERZUIM_VERMOEDEN | LUXE_VERZUIM_VERMOEDEN 2025-10-17 2025-10-17
            vermoeden ziek dag na vakantie | 2025-10-27 ZIEK 60 | LUXE_VERZUIM_VERMOEDEN | LUXE_VERZUIM_VERMOEDEN 2025-10-27 2025-10-27
            vermoeden ziek eerste schooldag | 2025-08-25 ZIEK 360 | LUXE_VERZUIM_VERMOEDEN | LUXE_VERZUIM_VERMOEDEN 2025-08-25 2025-08-25
            geen vermoeden ziek dag ervoor en dag erna | 2025-10-16 ZIEK 360; 2025-10-28 ZIEK 360 | LUXE_VERZUIM_VERMOEDEN |
            vermoeden ziek rond de vakantie | 2025-10-16..2025-10-17 ZIEK 360; 2025-10-27..2025-10-28 ZIEK 360 | LUXE_VERZUIM_VERMOEDEN | LUXE_VERZUIM_VERMOEDEN 2025-10-17 2025-10-17; LUXE_VERZUIM_VERMOEDEN 2025-10-27 2025-10-27
            vermoeden ziek en ongeoorloofd op een dag: een signaal | 2025-10-17 ZIEK 180; 2025-10-17 ONGEOORLOOFD 180 | LUXE_VERZUIM_VERMOEDEN | LUXE_VERZUIM_VERMOEDEN 2025-10-17 2025-10-17
            geen vermoeden bij verlof    | 2025-10-17 VERLOF 360 | LUXE_VERZUIM_VERMOEDEN |
            # still for the school: a suspicion, never mandatory, never a melding
            vermoeden ziek is geen luxe verzuim | 2025-10-17 ZIEK 360 | LUXE_VERZUIM |
            # --- MAZL (rules.md 10.2): 4th sickness report within 12 lesweken; 7th consecutive sick day ---
            E9 vierde ziekmelding        | 2025-09-02 ZIEK 300; 2025-09-16 ZIEK 300; 2025-10-07 ZIEK 300; 2025-11-04 ZIEK 300 | MAZL_VIERDE_ZIEKMELDING | MAZL_VIERDE_ZIEKMELDING 2025-09-02 2025-11-04
            # counting from the lesweek of 09-02 (ISO week 36) as the 1st, week 43 skipped: ISO week 48 is the 12th, week 49 the 13th
            MAZL 4e in 11e lesweek       | 2025-09-02 ZIEK 300; 2025-09-16 ZIEK 300; 2025-10-07 ZIEK 300; 2025-11-17 ZIEK 300 | MAZL_VIERDE_ZIEKMELDING | MAZL_VIERDE_ZIEKMELDING 2025-09-02 2025-11-17
            MAZL 4e in 12e lesweek       | 2025-09-02 ZIEK 300; 2025-09-16 ZIEK 300; 2025-10-07 ZIEK 300; 2025-11-24 ZIEK 300 | MAZL_VIERDE_ZIEKMELDING | MAZL_VIERDE_ZIEKMELDING 2025-09-02 2025-11-24
            MAZL 4e in 13e lesweek       | 2025-09-02 ZIEK 300; 2025-09-16 ZIEK 300; 2025-10-07 ZIEK 300; 2025-12-01 ZIEK 300 | MAZL_VIERDE_ZIEKMELDING |
            MAZL aaneengesloten is een melding | 2025-09-02..2025-09-03 ZIEK 300; 2025-09-16 ZIEK 300; 2025-10-07 ZIEK 300 | MAZL_VIERDE_ZIEKMELDING |
            MAZL vijfde ook een signaal  | 2025-09-02 ZIEK 300; 2025-09-16 ZIEK 300; 2025-10-07 ZIEK 300; 2025-11-04 ZIEK 300; 2025-11-11 ZIEK 300 | MAZL_VIERDE_ZIEKMELDING | MAZL_VIERDE_ZIEKMELDING 2025-09-02 2025-11-04; MAZL_VIERDE_ZIEKMELDING 2025-09-16 2025-11-11
            E10 zevende ziektedag        | 2025-09-01..2025-09-12 ZIEK 300 | MAZL_ZEVENDE_ZIEKTEDAG | MAZL_ZEVENDE_ZIEKTEDAG 2025-09-01 2025-09-09
            E10 zesde dag nog niet       | 2025-09-01..2025-09-08 ZIEK 300 | MAZL_ZEVENDE_ZIEKTEDAG |
            MAZL weekend breekt niet     | 2025-09-03..2025-09-11 ZIEK 300 | MAZL_ZEVENDE_ZIEKTEDAG | MAZL_ZEVENDE_ZIEKTEDAG 2025-09-03 2025-09-11
            # --- art. 12: illness notified within 2 days after it begins (rules.md 2.2.1, B5) ---
            B5 ziekmelding te laat       | 2025-09-08..2025-09-10 ZIEK 300 gemeld 2025-09-11 | ZIEKMELDING_TE_LAAT | ZIEKMELDING_TE_LAAT 2025-09-08 2025-09-11
            B5 op de tweede dag na begin | 2025-09-08..2025-09-10 ZIEK 300 gemeld 2025-09-10 | ZIEKMELDING_TE_LAAT |
            ziekmelding zonder datum     | 2025-09-08..2025-09-10 ZIEK 300 | ZIEKMELDING_TE_LAAT |
            # spec §7, Algemene termijnenwet art. 1: the end of the term (first day + 2) moves past Sat, Sun and feestdagen
            Atw ziek do, gemeld zo       | 2025-09-11..2025-09-12 ZIEK 300 gemeld 2025-09-14 | ZIEKMELDING_TE_LAAT |
            Atw ziek do, gemeld ma: op tijd | 2025-09-11..2025-09-12 ZIEK 300 gemeld 2025-09-15 | ZIEKMELDING_TE_LAAT |
            Atw ziek do, gemeld di: te laat | 2025-09-11..2025-09-12 ZIEK 300 gemeld 2025-09-16 | ZIEKMELDING_TE_LAAT | ZIEKMELDING_TE_LAAT 2025-09-11 2025-09-16
            Atw ziek ma, gemeld wo: geen rustdag | 2025-09-08 ZIEK 300 gemeld 2025-09-10 | ZIEKMELDING_TE_LAAT |
            Atw ziek ma, gemeld do: te laat | 2025-09-08 ZIEK 300 gemeld 2025-09-11 | ZIEKMELDING_TE_LAAT | ZIEKMELDING_TE_LAAT 2025-09-08 2025-09-11
            # Friday 22 May 2026 + 2 = Sunday; Monday 25 May is tweede Pinksterdag, so the term ends on Tuesday 26 May
            Atw vr voor Pinksteren, gemeld ma | 2026-05-22 ZIEK 300 gemeld 2026-05-25 | ZIEKMELDING_TE_LAAT |
            Atw vr voor Pinksteren, gemeld di: op tijd | 2026-05-22 ZIEK 300 gemeld 2026-05-26 | ZIEKMELDING_TE_LAAT |
            Atw vr voor Pinksteren, gemeld wo: te laat | 2026-05-22 ZIEK 300 gemeld 2026-05-27 | ZIEKMELDING_TE_LAAT | ZIEKMELDING_TE_LAAT 2026-05-22 2026-05-27
            # Wednesday 24 Dec 2025 + 2 = tweede Kerstdag, then the weekend: the term ends on Monday 29 Dec
            Atw wo 24 dec, gemeld ma 29  | 2025-12-24 ZIEK 300 gemeld 2025-12-29 | ZIEKMELDING_TE_LAAT |
            Atw wo 24 dec, gemeld di 30: te laat | 2025-12-24 ZIEK 300 gemeld 2025-12-30 | ZIEKMELDING_TE_LAAT | ZIEKMELDING_TE_LAAT 2025-12-24 2025-12-30
            # --- te laat: the school's 3-6-9-12 protocol (keuze); B9: 12 times late, 60 minutes, no 16 h ---
            B9 twaalf keer te laat       | 2025-09-01..2025-09-16 TE_LAAT 5 | * | TE_LAAT_HERHAALD 2025-09-01 2025-09-03 aantal=3; TE_LAAT_HERHAALD 2025-09-01 2025-09-08 aantal=6; TE_LAAT_HERHAALD 2025-09-01 2025-09-11 aantal=9; TE_LAAT_HERHAALD 2025-09-01 2025-09-16 aantal=12
            te laat twee keer op een dag | 2025-09-01 TE_LAAT 10 aantal 2; 2025-09-02 TE_LAAT 10 aantal 5 | TE_LAAT_HERHAALD | TE_LAAT_HERHAALD 2025-09-01 2025-09-02 aantal=3; TE_LAAT_HERHAALD 2025-09-01 2025-09-02 aantal=6
            te laat nieuw schooljaar     | 2025-07-07..2025-07-08 TE_LAAT 5; 2025-08-25 TE_LAAT 5 | TE_LAAT_HERHAALD |
            """)
    void regel(String geval, String absenties, String soort, String verwacht) {
        var gevonden = Detectie.detecteer(Detectie.FIXTUUR, 360, Groepsgrenzen.ALTIJD_PLICHTIG, rijen(absenties))
                .stream().filter(s -> soort.equals("*") || s.startsWith(soort + " ")).toList();
        List<String> verwachte = verwacht == null ? List.of() : Arrays.stream(verwacht.split(";")).map(String::trim).toList();
        assertThat(gevonden).as(geval).containsExactlyInAnyOrderElementsOf(verwachte);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # inbeeld.leerplicht.algemene-termijnenwet=false: the term of art. 12 in plain calendar days, as in v1
            zonder Atw ziek do, gemeld za: op tijd | 2025-09-11..2025-09-12 ZIEK 300 gemeld 2025-09-13 |
            zonder Atw ziek do, gemeld ma: te laat | 2025-09-11..2025-09-12 ZIEK 300 gemeld 2025-09-15 | ZIEKMELDING_TE_LAAT 2025-09-11 2025-09-15
            zonder Atw vr voor Pinksteren, gemeld di: te laat | 2026-05-22 ZIEK 300 gemeld 2026-05-26 | ZIEKMELDING_TE_LAAT 2026-05-22 2026-05-26
            """)
    void zonderTermijnenwet(String geval, String absenties, String verwacht) {
        var gevonden = Detectie.detecteer(Detectie.FIXTUUR, 360, Groepsgrenzen.ALTIJD_PLICHTIG, rijen(absenties),
                Detectieregels.STANDAARD, Termijnenwet.UIT).stream().filter(s -> s.startsWith("ZIEKMELDING_TE_LAAT ")).toList();
        assertThat(gevonden).as(geval).containsExactlyElementsOf(verwacht == null ? List.of() : List.of(verwacht.trim()));
    }

    /** An RMC pupil (spec §3: 18 to 23, no startkwalificatie) on every day, in no other group. */
    static final Groepsgrenzen RMC = new Groepsgrenzen(1, 0, Long.MIN_VALUE, Long.MAX_VALUE);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # spec §4, §7 (v1.1): RMC_18_PLUS is the 16-hour rule on RMC days, with a threshold of its own
            # (inbeeld.verzuim.rmc-drempel-minuten, default 960); every signal of the pupil is listed
            RMC 16 uur bereikt           | 960  | 2025-09-08 ONGEOORLOOFD 240; 2025-09-17 ONGEOORLOOFD 240; 2025-09-23 ONGEOORLOOFD 240; 2025-10-02 ONGEOORLOOFD 240 | RMC_18_PLUS 2025-09-08 2025-10-02 960
            RMC een minuut te weinig     | 960  | 2025-09-08 ONGEOORLOOFD 240; 2025-09-17 ONGEOORLOOFD 240; 2025-09-23 ONGEOORLOOFD 240; 2025-10-02 ONGEOORLOOFD 239 |
            RMC ruim bereikt             | 960  | 2025-09-08 ONGEOORLOOFD 240; 2025-09-17 ONGEOORLOOFD 240; 2025-09-23 ONGEOORLOOFD 240; 2025-10-02 ONGEOORLOOFD 300 | RMC_18_PLUS 2025-09-08 2025-10-02 1020
            # its own threshold: at 1200 minutes, 960 is not enough; 1199 neither; 1200 is
            RMC drempel 1200: 960 niet   | 1200 | 2025-09-08 ONGEOORLOOFD 240; 2025-09-17 ONGEOORLOOFD 240; 2025-09-23 ONGEOORLOOFD 240; 2025-10-02 ONGEOORLOOFD 240 |
            RMC drempel 1200: 1199 niet  | 1200 | 2025-09-08 ONGEOORLOOFD 300; 2025-09-17 ONGEOORLOOFD 300; 2025-09-23 ONGEOORLOOFD 300; 2025-10-02 ONGEOORLOOFD 299 |
            RMC drempel 1200 bereikt     | 1200 | 2025-09-08 ONGEOORLOOFD 300; 2025-09-17 ONGEOORLOOFD 300; 2025-09-23 ONGEOORLOOFD 300; 2025-10-02 ONGEOORLOOFD 300 | RMC_18_PLUS 2025-09-08 2025-10-02 1200
            # absent 6 hours a day for a month: a signal every third lesson day (the melding module bundles them: one
            # melding per 7 days); LANGDURIG_RELATIEF and LUXE_VERZUIM stay for leerplichtig and kwalificatieplichtig days
            RMC een maand 6 uur per dag  | 960  | 2025-09-01..2025-09-30 ONGEOORLOOFD 360 | RMC_18_PLUS 2025-09-01 2025-09-03 1080; RMC_18_PLUS 2025-09-04 2025-09-08 1080; RMC_18_PLUS 2025-09-09 2025-09-11 1080; RMC_18_PLUS 2025-09-12 2025-09-16 1080; RMC_18_PLUS 2025-09-17 2025-09-19 1080; RMC_18_PLUS 2025-09-22 2025-09-24 1080; RMC_18_PLUS 2025-09-25 2025-09-29 1080
            RMC luxe: geen LUXE_VERZUIM  | 960  | 2025-09-08 LUXE 360 |
            """)
    void rmc(String geval, int rmcDrempel, String absenties, String verwacht) {
        var s = Detectieregels.STANDAARD;
        var regels = new Detectieregels(s.drempelMinuten(), s.lesweken(), s.langdurigDagen(), s.mazlZiekmeldingen(),
                s.mazlLesweken(), s.mazlAaneengeslotenDagen(), s.ziekmeldingTermijnDagen(), s.teLaatStappen(),
                s.teLaatTeltAlsOngeoorloofd(), s.rmcVerplicht(), rmcDrempel);
        var gevonden = Detectie.detecteer(Detectie.FIXTUUR, 360, RMC, rijen(absenties), regels, Termijnenwet.AAN);
        List<String> verwachte = verwacht == null ? List.of() : Arrays.stream(verwacht.split(";")).map(String::trim).toList();
        assertThat(gevonden).as(geval).containsExactlyInAnyOrderElementsOf(verwachte);
    }

    @org.junit.jupiter.api.Test
    void rmcIsStandaardVerplicht() {
        // spec v1.1 §7: RMC_18_PLUS mandatory by default, its threshold 960 (rules.md 2.3.7, 2.3.8)
        assertThat(Detectieregels.STANDAARD.rmcVerplicht()).isTrue();
        assertThat(Signaalsoort.RMC_18_PLUS.standaardVerplicht()).isTrue();
        assertThat(Detectieregels.STANDAARD.rmcDrempelMinuten()).isEqualTo(960);
    }

    /**
     * A pupil born 2009-03-15: leerplichtig up to 2025-07-31 (the school year of the 16th birthday), then
     * kwalificatieplichtig up to 2027-03-14, and RMC from 18 (spec §3).
     */
    static final Leerling ZESTIENJARIGE = new Leerling(Detectie.LEERLING, LocalDate.parse("2009-03-15"),
            new Gemeentecode("GM0363"), null);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # spec §7 (v1.1), rules.md 4.8: on a day of an art. 15 exemption the pupil is not kwalificatieplichtig
            # (rules.md §13 A13: not kwalificatieplichtig, so no kwalificatieplicht signal). The exemption runs from
            # Wednesday 2025-09-10 up to and including Wednesday 2025-09-24: the day before, on and after each end.
            16 uur: dag vóór begin telt   | 2025-09-10..2025-09-24 | 2025-09-01..2025-09-03 ONGEOORLOOFD 240; 2025-09-09 ONGEOORLOOFD 240 | VERZUIM_16_UUR | VERZUIM_16_UUR 2025-09-01 2025-09-09 960
            16 uur: begindag telt niet    | 2025-09-10..2025-09-24 | 2025-09-01..2025-09-03 ONGEOORLOOFD 240; 2025-09-10 ONGEOORLOOFD 240 | VERZUIM_16_UUR |
            16 uur: einddag telt niet     | 2025-09-10..2025-09-24 | 2025-09-24..2025-09-26 ONGEOORLOOFD 240; 2025-09-29 ONGEOORLOOFD 240 | VERZUIM_16_UUR |
            16 uur: dag na einde telt     | 2025-09-10..2025-09-24 | 2025-09-25..2025-09-26 ONGEOORLOOFD 240; 2025-09-29..2025-09-30 ONGEOORLOOFD 240 | VERZUIM_16_UUR | VERZUIM_16_UUR 2025-09-25 2025-09-30 960
            16 uur: eromheen telt, ertussen niet | 2025-09-10..2025-09-24 | 2025-09-08..2025-09-26 ONGEOORLOOFD 240 | VERZUIM_16_UUR | VERZUIM_16_UUR 2025-09-08 2025-09-26 960
            16 uur: zonder vrijstelling   |                        | 2025-09-08..2025-09-26 ONGEOORLOOFD 240 | VERZUIM_16_UUR | VERZUIM_16_UUR 2025-09-08 2025-09-11 960; VERZUIM_16_UUR 2025-09-12 2025-09-17 960; VERZUIM_16_UUR 2025-09-18 2025-09-23 960
            luxe: dag vóór begin          | 2025-09-10..2025-09-24 | 2025-09-09 LUXE 360 | LUXE_VERZUIM | LUXE_VERZUIM 2025-09-09 2025-09-09
            luxe: begindag                | 2025-09-10..2025-09-24 | 2025-09-10 LUXE 360 | LUXE_VERZUIM |
            luxe: einddag                 | 2025-09-10..2025-09-24 | 2025-09-24 LUXE 360 | LUXE_VERZUIM |
            luxe: dag na einde            | 2025-09-10..2025-09-24 | 2025-09-25 LUXE 360 | LUXE_VERZUIM | LUXE_VERZUIM 2025-09-25 2025-09-25
            # LANGDURIG_RELATIEF: exempt days are no full days absent that count, so they break the run
            langdurig: zonder vrijstelling | | 2025-09-01..2025-10-17 ONGEOORLOOFD 360 | LANGDURIG_RELATIEF | LANGDURIG_RELATIEF 2025-09-01 2025-09-29
            langdurig: vrijstelling breekt de reeks | 2025-09-10..2025-09-24 | 2025-09-01..2025-10-17 ONGEOORLOOFD 360 | LANGDURIG_RELATIEF |
            langdurig: nieuwe reeks na einde | 2025-09-10..2025-09-24 | 2025-09-01..2025-11-07 ONGEOORLOOFD 360 | LANGDURIG_RELATIEF | LANGDURIG_RELATIEF 2025-09-25 2025-10-30
            # art. 15 exempts from the kwalificatieplicht only: during leerplicht (up to 2025-07-31) it changes nothing
            leerplichtig: art. 15 werkt niet | 2025-06-02..2025-06-30 | 2025-06-02..2025-06-05 ONGEOORLOOFD 240 | VERZUIM_16_UUR | VERZUIM_16_UUR 2025-06-02 2025-06-05 960
            # open-ended: not kwalificatieplichtig up to 18; the RMC group still starts at 18 (spec §7)
            open einde: vóór 18 niets     | 2025-09-10..        | 2027-03-08..2027-03-11 ONGEOORLOOFD 240 | * |
            open einde: RMC vanaf 18      | 2025-09-10..        | 2027-03-15..2027-03-18 ONGEOORLOOFD 240 | * | RMC_18_PLUS 2027-03-15 2027-03-18 960
            """)
    void art15(String geval, String vrijstelling, String absenties, String soort, String verwacht) {
        List<Vrijstelling> vrij = new ArrayList<>();
        if (vrijstelling != null) {
            String[] d = vrijstelling.split("\\.\\.", -1);
            vrij.add(new Vrijstelling(Detectie.LEERLING, Vrijstellingsgrond.ART_15, LocalDate.parse(d[0]),
                    d[1].isEmpty() ? null : LocalDate.parse(d[1]), null));
        }
        var groep = Groepen.van(ZESTIENJARIGE, Detectie.FIXTUUR, Leerplichtinstellingen.standaard(), vrij);
        var gevonden = Detectie.detecteer(Detectie.FIXTUUR, 360, groep, rijen(absenties)).stream()
                .filter(s -> soort.equals("*") || s.startsWith(soort + " ")).toList();
        List<String> verwachte = verwacht == null ? List.of() : Arrays.stream(verwacht.split(";")).map(String::trim).toList();
        assertThat(gevonden).as(geval).containsExactlyInAnyOrderElementsOf(verwachte);
        // the slow reference reads the exemption the same way
        var traag = new TraagReferentie(Detectie.FIXTUUR, 360, groep).detecteer(rijen(absenties)).stream()
                .filter(s -> soort.equals("*") || s.startsWith(soort + " ")).toList();
        assertThat(traag).as(geval + " (TraagReferentie)").containsExactlyInAnyOrderElementsOf(verwachte);
    }

    @org.junit.jupiter.api.Test
    void andereGrondenVeranderenDeGroepNiet() {
        // spec §7: 3A and 3B change nothing in detection; 5A, 5B, 5C are a finding at import, detection is unchanged
        var zonder = Groepen.van(ZESTIENJARIGE, Detectie.FIXTUUR, Leerplichtinstellingen.standaard());
        for (Vrijstellingsgrond g : List.of(Vrijstellingsgrond.ART_3A, Vrijstellingsgrond.ART_3B,
                Vrijstellingsgrond.ART_5A, Vrijstellingsgrond.ART_5B, Vrijstellingsgrond.ART_5C)) {
            var met = Groepen.van(ZESTIENJARIGE, Detectie.FIXTUUR, Leerplichtinstellingen.standaard(), List.of(
                    new Vrijstelling(Detectie.LEERLING, g, LocalDate.parse("2025-09-10"), null, null)));
            assertThat(met.vrij()).as(g.code()).isEmpty();
            assertThat(met.plichtig(LocalDate.parse("2025-09-10").toEpochDay())).as(g.code()).isTrue();
            assertThat(met.plichtTot()).isEqualTo(zonder.plichtTot());
        }
    }

    /** Parses {@code datum[..totEnMet] CODE minuten [gemeld datum] [aantal N]; …} into rows on lesson days. */
    static List<Absentie> rijen(String tekst) {
        List<Absentie> rijen = new ArrayList<>();
        for (String deel : tekst.split(";")) {
            String[] w = deel.trim().split("\\s+");
            String[] datums = w[0].split("\\.\\.");
            LocalDate van = LocalDate.parse(datums[0]);
            LocalDate tot = datums.length > 1 ? LocalDate.parse(datums[1]) : van;
            Absentiecode code = Absentiecode.valueOf(w[1]);
            int minuten = Integer.parseInt(w[2]);
            LocalDate gemeld = null;
            int aantal = code == Absentiecode.TE_LAAT ? 1 : 0;
            for (int i = 3; i + 1 < w.length; i += 2) {
                if (w[i].equals("gemeld")) gemeld = LocalDate.parse(w[i + 1]);
                if (w[i].equals("aantal")) aantal = Integer.parseInt(w[i + 1]);
            }
            for (LocalDate d = van; !d.isAfter(tot); d = d.plusDays(1)) {
                if (van.equals(tot) || Detectie.FIXTUUR.isLesdag(d)) {
                    rijen.add(new Absentie(Detectie.LEERLING, Detectie.SCHOOL, d, code, minuten, aantal, gemeld));
                }
            }
        }
        return rijen;
    }
}
