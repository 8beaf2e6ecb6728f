package nl.inbeeld.aanwezigheid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The import of spec §1–§2 against the real embedded PostgreSQL. */
@SpringBootTest
@ActiveProfiles("test")
class InlezenTest {

    @Autowired
    Inlezen inlezen;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path map;

    @BeforeEach
    void leeg() throws Exception {
        jdbc.sql("truncate school, kalender, leerling, inschrijving, absentie, bevolking, vrijstelling, signaal, wijziging, inlezing cascade").update();
        schrijf("scholen.csv", "\uFEFFschool_id,naam,sector,gemeente,vakantieregio\n12AB00,\"Basisschool De Regenboog, Utrecht\",PO,GM0344,MIDDEN\n");
        schrijf("kalender.csv", "school_id,van,tot_en_met,soort,omschrijving\n12AB00,2025-10-18,2025-10-26,VAKANTIE,herfstvakantie\n");
        schrijf("leerlingen.csv", "leerling_id,geboortedatum,woongemeente\nL-0001,2015-03-01,GM0356\n");
        schrijf("inschrijvingen.csv", "leerling_id,school_id,van\nL-0001,12AB00,2025-08-25\n");
    }

    private void schrijf(String bestand, String inhoud) throws Exception {
        Files.writeString(map.resolve(bestand), inhoud);
    }

    private long aantal(String tabel) {
        return jdbc.sql("select count(*) from " + tabel).query(Long.class).single();
    }

    private static final String GOED = """
            leerling_id,school_id,datum,minuten,code,gemeld_op
            L-0001,12AB00,2025-09-08,240,ONGEOORLOOFD,
            L-0001,12AB00,2025-09-17,240,ONGEOORLOOFD,
            L-0001,12AB00,2025-09-23,240,ONGEOORLOOFD,
            L-0001,12AB00,2025-10-02,240,ONGEOORLOOFD,
            """;

    @Test
    void goedeMapWordtVolledigOpgeslagenEnSignalenBerekend() throws Exception {
        schrijf("absenties.csv", GOED);
        var r = inlezen.lees(map, false, "test");
        assertThat(r.allesOpgeslagen()).isTrue();
        assertThat(r.opgeslagen()).containsEntry("absenties.csv", 4).containsEntry("scholen.csv", 1);
        assertThat(jdbc.sql("select naam from school").query(String.class).single()).isEqualTo("Basisschool De Regenboog, Utrecht");
        assertThat(jdbc.sql("select soort || ' ' || einddatum || ' ' || melden_aan from signaal").query(String.class).list())
                .containsExactly("VERZUIM_16_UUR 2025-10-02 GM0356");
    }

    @Test
    void elkeFouteRijMetBestandRegelKolomEnReden() throws Exception {
        schrijf("absenties.csv", """
                leerling_id,school_id,datum,minuten,code
                L-0001,12AB00,2025-10-21,60,ONGEOORLOOFD
                L-0002,12AB00,2025-09-08,60,ONGEOORLOOFD
                L-0001,12AB00,2025-02-30,60,ZIEK
                L-0001,12AB00,2025-09-09,721,ZIEK
                L-0001,12AB00,2025-08-11,60,ZIEK
                L-0001,12AB00,2025-09-10,200,ZIEK
                L-0001,12AB00,2025-09-10,200,ONGEOORLOOFD
                L-0001,12AB00,2025-09-11,60,SPIJBELEN
                L-0001,12AB00,2025-09-12,60,ZIEK
                L-0001,12AB00,2025-09-12,30,ZIEK
                """);
        var r = inlezen.lees(map, false, "test");
        assertThat(r.afkeuringen()).extracting(Afkeuring::toString).containsExactly(
                "absenties.csv:2: datum: 2025-10-21 is geen lesdag van school 12AB00 (herfstvakantie)",
                "absenties.csv:3: leerling_id: onbekende leerling L-0002",
                "absenties.csv:4: datum: '2025-02-30' is geen bestaande datum (verwacht jjjj-mm-dd)",
                "absenties.csv:5: minuten: '721' is geen geheel getal van 1 tot en met 720",
                "absenties.csv:6: datum: leerling L-0001 is op 2025-08-11 niet ingeschreven bij school 12AB00",
                "absenties.csv:7: minuten: samen 400 minuten afwezig op 2025-09-10, meer dan de 300 lesminuten per dag van school 12AB00",
                "absenties.csv:8: minuten: samen 400 minuten afwezig op 2025-09-10, meer dan de 300 lesminuten per dag van school 12AB00",
                "absenties.csv:9: code: 'SPIJBELEN' is geen geldige waarde (ONGEOORLOOFD, LUXE, TE_LAAT, ZIEK, RELIGIEUS, VERLOF, SCHORSING)",
                "absenties.csv:11: code: dubbele sleutel L-0001, 12AB00, 2025-09-12, ZIEK (ook op regel 10)");
        // atomic: nothing from the folder is stored
        assertThat(aantal("school") + aantal("leerling") + aantal("absentie") + aantal("inlezing")).isZero();
    }

    @Test
    void gedeeltelijkSlaatGoedeRijenOpEnSchrijftAfgekeurd() throws Exception {
        schrijf("absenties.csv", GOED + "L-0001,12AB00,2025-10-25,60,ONGEOORLOOFD,\n");
        var r = inlezen.lees(map, true, "test");
        assertThat(r.allesOpgeslagen()).isFalse();
        assertThat(aantal("absentie")).isEqualTo(4);
        assertThat(Files.readString(r.afgekeurdBestand())).contains("bestand,regel,kolom,reden,rij")
                .contains("absenties.csv,6,datum,2025-10-25 is geen lesdag van school 12AB00 (herfstvakantie)");
    }

    @Test
    void kopMetOnbekendeOfOntbrekendeKolom() throws Exception {
        schrijf("absenties.csv", "leerling_id,school,datum,minuten,code\n");
        var r = inlezen.lees(map, false, "test");
        assertThat(r.afkeuringen()).extracting(Afkeuring::toString).contains(
                "absenties.csv:1: school: onbekende kolom 'school'",
                "absenties.csv:1: school_id: verplichte kolom 'school_id' ontbreekt");
    }

    @Test
    void opnieuwInlezenIsIdempotentEnBewaartOudeWaarde() throws Exception {
        schrijf("absenties.csv", GOED);
        inlezen.lees(map, false, "eerste");
        inlezen.lees(map, false, "tweede");
        assertThat(aantal("wijziging")).isZero();
        assertThat(aantal("absentie")).isEqualTo(4);
        schrijf("absenties.csv", GOED.replace("2025-10-02,240", "2025-10-02,120"));
        inlezen.lees(map, false, "correctie");
        assertThat(jdbc.sql("select door || ' ' || (oude_waarde ->> 'minuten') || '>' || (nieuwe_waarde ->> 'minuten') from wijziging")
                .query(String.class).list()).containsExactly("correctie 240>120");
        assertThat(aantal("signaal")).isZero();
    }

    @Test
    void mapZonderBestandenIsEenFout(@TempDir Path leeg) {
        assertThatThrownBy(() -> inlezen.lees(leeg, false, "test")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bevat geen bestand van uitwisselformaat v1");
    }
}
