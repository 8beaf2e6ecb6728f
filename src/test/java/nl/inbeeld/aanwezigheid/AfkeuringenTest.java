package nl.inbeeld.aanwezigheid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Every kind of rejection, with its exact Dutch message (file:line: column reason). */
@SpringBootTest
@ActiveProfiles("test")
class AfkeuringenTest {

    @Autowired Inlezen inlezen;
    @Autowired JdbcClient jdbc;
    @TempDir Path tmp;

    @BeforeEach
    void leeg() {
        Testmap.leeg(jdbc);
    }

    /** Reads the valid folder with {@code extra} rows appended to {@code bestand}; returns the messages. */
    private String[] meldingen(String bestand, String extra) {
        var map = Testmap.geldig();
        map.put(bestand, map.get(bestand) + extra);
        return meldingen(map);
    }

    private String[] meldingen(Map<String, String> map) {
        var r = inlezen.lees(Testmap.schrijf(tmp.resolve("map"), map), false, "test");
        assertThat(Testmap.tellingen(jdbc).values()).allMatch(n -> n == 0);
        return r.afkeuringen().stream().map(Afkeuring::alsTekst).toArray(String[]::new);
    }

    @Test
    void absentiesOpGeenLesdagBuitenDeInschrijvingOfMetOnbekendeVerwijzingen() {
        assertThat(meldingen("absenties.csv", """
                L-1,12AB00,2025-10-21,60,ZIEK,,
                L-1,12AB00,2025-10-11,60,ZIEK,,
                L-1,12AB00,2025-11-14,60,ZIEK,,
                L-3,34CD01,2025-10-06,60,ZIEK,,
                L-9,12AB00,2025-10-06,60,ZIEK,,
                L-1,99ZZ00,2025-10-06,60,ZIEK,,
                L-1,12AB00,2025-07-31,60,ZIEK,,
                """)).containsExactly(
                "absenties.csv:4: datum 2025-10-21 is geen lesdag van school 12AB00 (herfstvakantie)",
                "absenties.csv:5: datum 2025-10-11 is geen lesdag van school 12AB00 (weekend)",
                "absenties.csv:6: datum 2025-11-14 is geen lesdag van school 12AB00 (vrije dag)",
                "absenties.csv:7: datum 2025-10-06 valt buiten elke inschrijving van leerling L-3 op school 34CD01",
                "absenties.csv:8: leerling_id L-9 is onbekend (niet opgeslagen en geen geldige rij in leerlingen.csv)",
                "absenties.csv:9: school_id 99ZZ00 is onbekend (niet opgeslagen en geen geldige rij in scholen.csv)",
                "absenties.csv:10: datum 2025-07-31 valt buiten elke inschrijving van leerling L-1 op school 12AB00");
    }

    @Test
    void onjuisteWaardenEnOnmogelijkeDatums() {
        assertThat(meldingen("absenties.csv", """
                L-1,12AB00,2025-02-30,60,ZIEK,,
                L-1,12AB00,2025-10-08,800,ZIEK,,
                L-1,12AB00,2025-10-08,60,ZOEK,,
                L-1,12AB00,2025-10-08,60,ZIEK,2,
                L-1,12ab00,2025-10-08,,ZIEK,,
                L 1,12AB00,8-10-2025,6x,ZIEK,,
                """)).containsExactly(
                "absenties.csv:4: datum '2025-02-30' is geen geldige datum (yyyy-MM-dd)",
                "absenties.csv:5: minuten 800 ligt niet tussen 1 en 720",
                "absenties.csv:6: code 'ZOEK' is geen geldige waarde (ONGEOORLOOFD, LUXE, TE_LAAT, ZIEK, RELIGIEUS, VERLOF, SCHORSING)",
                "absenties.csv:7: aantal mag alleen bij code TE_LAAT",
                "absenties.csv:8: school_id '12ab00' heeft niet de vorm [0-9A-Z]{4}[0-9]{2}",
                "absenties.csv:8: minuten ontbreekt",
                "absenties.csv:9: leerling_id 'L 1' heeft niet de vorm [A-Za-z0-9_-]{1,64}",
                "absenties.csv:9: datum '8-10-2025' is geen geldige datum (yyyy-MM-dd)",
                "absenties.csv:9: minuten '6x' is geen geheel getal tussen 1 en 720");
    }

    @Test
    void dubbeleSleutelsTeveelMinutenEnHetVerkeerdeAantalVelden() {
        assertThat(meldingen("absenties.csv", """
                L-1,12AB00,2025-10-06,30,ONGEOORLOOFD,,
                L-2,12AB00,2025-10-08,200,ZIEK,,
                L-2,12AB00,2025-10-08,150,VERLOF,,
                L-2,12AB00,2025-10-09,60
                """)).containsExactly(
                "absenties.csv:4: dubbele sleutel (leerling_id, school_id, datum, code): staat ook op regel 2",
                "absenties.csv:5: minuten 200 brengt het totaal op 2025-10-08 op 350, meer dan de 300 lesminuten per dag van school 12AB00",
                "absenties.csv:6: minuten 150 brengt het totaal op 2025-10-08 op 350, meer dan de 300 lesminuten per dag van school 12AB00",
                "absenties.csv:7: 4 velden, de kopregel heeft er 7");
    }

    @Test
    void deKopregel() {
        var map = Testmap.geldig();
        map.put("absenties.csv", "leerling_id,school_id,datum,code,reden\nL-1,12AB00,2025-10-06,ZIEK,griep\n");
        map.put("bevolking.csv", "persoon_id,geboortedatum,gemeente,van,van\n");
        map.put("vrijstellingen.csv", "");
        assertThat(meldingen(map)).containsExactly(
                "absenties.csv:1: reden is geen kolom van absenties.csv (kolommen: leerling_id, school_id, datum, minuten, code, aantal, gemeld_op)",
                "absenties.csv:1: minuten ontbreekt in de kopregel",
                "bevolking.csv:1: van staat twee keer in de kopregel",
                "vrijstellingen.csv:1: bestand is leeg: de kopregel ontbreekt");
    }

    @Test
    void deAndereBestandenEnHetDoorwerkenVanEenAfgekeurdeLeerling() {
        var map = Testmap.geldig();
        map.put("scholen.csv", map.get("scholen.csv") + "56EF00,Zonder sector,,GM0001,OOST,0\n12AB00,Dubbel,PO,GM0363,NOORD,\n");
        map.put("kalender.csv", map.get("kalender.csv")
                + "12AB00,2025-12-20,2025-12-19,VAKANTIE,kerst\n77GG00,2025-12-20,2026-01-04,VAKANTIE,kerst\n");
        map.put("leerlingen.csv", map.get("leerlingen.csv") + "L-4,2014-05-05,GX0363,\n");
        map.put("inschrijvingen.csv", map.get("inschrijvingen.csv") + "L-4,12AB00,2025-08-01,\n");
        map.put("absenties.csv", map.get("absenties.csv") + "L-4,12AB00,2025-10-06,60,ZIEK,,\n");
        map.put("vrijstellingen.csv", map.get("vrijstellingen.csv") + "L-1,7Z,2025-09-01,,\nL-8,5B,2025-09-01,,\n");
        assertThat(meldingen(map)).containsExactly(
                "scholen.csv:4: sector ontbreekt",
                "scholen.csv:4: vakantieregio 'OOST' is geen geldige waarde (NOORD, MIDDEN, ZUID)",
                "scholen.csv:4: lesminuten_per_dag 0 ligt niet tussen 1 en 720",
                "scholen.csv:5: dubbele sleutel (school_id): staat ook op regel 2",
                "kalender.csv:4: tot_en_met 2025-12-19 ligt voor van 2025-12-20",
                "kalender.csv:5: school_id 77GG00 is onbekend (niet opgeslagen en geen geldige rij in scholen.csv)",
                "leerlingen.csv:5: woongemeente 'GX0363' heeft niet de vorm GM[0-9]{4}",
                "inschrijvingen.csv:5: leerling_id L-4 is onbekend (niet opgeslagen en geen geldige rij in leerlingen.csv)",
                "absenties.csv:4: leerling_id L-4 is onbekend (niet opgeslagen en geen geldige rij in leerlingen.csv)",
                "vrijstellingen.csv:3: grond '7Z' is geen geldige waarde (5A, 5B, 5C, 15, 3A, 3B)",
                "vrijstellingen.csv:4: leerling_id L-8 is onbekend (niet opgeslagen en geen geldige rij in leerlingen.csv)");
    }

    @Test
    void onleesbareCsvEnGeenUtf8() throws Exception {
        var map = Testmap.geldig();
        map.put("leerlingen.csv", map.get("leerlingen.csv") + "L-4,\"2014-05-05\"x,GM0363,\n");
        map.remove("absenties.csv");
        var pad = Testmap.schrijf(tmp.resolve("map"), map);
        java.nio.file.Files.write(pad.resolve("absenties.csv"),
                new byte[] {'l', 'e', 'e', 'r', 'l', 'i', 'n', 'g', '_', 'i', 'd', (byte) 0xC3, '\n'});
        var r = inlezen.lees(pad, false, "test");
        assertThat(r.afkeuringen()).extracting(Afkeuring::alsTekst).containsExactly(
                "leerlingen.csv:5: onleesbare CSV (Unexpected character after closing quote: 'x' (0x78) (record starting at line 5)); de rest van het bestand is niet gelezen",
                "absenties.csv:1: geen geldige UTF-8; de rest van het bestand is niet gelezen");
    }
}
