package nl.inbeeld.aanwezigheid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.inbeeld.leerling.LeerlingId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class InlezenTest {

    @Autowired Inlezen inlezen;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;
    @Autowired TransactionTemplate transactie;
    @TempDir Path tmp;

    @BeforeEach
    void leeg() {
        Testmap.leeg(jdbc);
    }

    private Inleesresultaat lees(Map<String, String> bestanden, boolean gedeeltelijk) {
        return inlezen.lees(Testmap.schrijf(tmp.resolve("map"), bestanden), gedeeltelijk, "test:jan");
    }

    private Set<LeerlingId> gewijzigd() {
        return events.stream(AbsentiesGewijzigd.class).flatMap(e -> e.leerlingen().stream()).collect(Collectors.toSet());
    }

    private static Set<LeerlingId> ids(String... ids) {
        return java.util.Arrays.stream(ids).map(LeerlingId::new).collect(Collectors.toSet());
    }

    @Test
    void eenGeldigeMapWordtHelemaalOpgeslagen() {
        var r = lees(Testmap.geldig(), false);

        assertThat(r.afkeuringen()).isEmpty();
        assertThat(r.volledig()).isTrue();
        assertThat(r.inlezing()).isNotNull();
        assertThat(r.opgeslagen()).containsExactly(Map.entry("scholen.csv", 2), Map.entry("kalender.csv", 2),
                Map.entry("leerlingen.csv", 3), Map.entry("inschrijvingen.csv", 3), Map.entry("absenties.csv", 2),
                Map.entry("bevolking.csv", 1), Map.entry("vrijstellingen.csv", 1));
        assertThat(Testmap.tellingen(jdbc)).containsExactly(Map.entry("inlezing", 1L), Map.entry("school", 2L),
                Map.entry("kalender", 2L), Map.entry("leerling", 3L), Map.entry("inschrijving", 3L),
                Map.entry("absentie", 2L), Map.entry("bevolking", 1L), Map.entry("vrijstelling", 1L),
                Map.entry("wijziging", 0L));
        assertThat(jdbc.sql("select lesminuten_per_dag from school order by school_id").query(Integer.class).list())
                .containsExactly(300, 330);
        var teLaat = jdbc.sql("select aantal::int as aantal, gemeld_op::text, inlezing_id, vastgelegd_door from absentie where code = 'TE_LAAT'")
                .query().singleRow();
        assertThat(teLaat).containsEntry("aantal", 1).containsEntry("gemeld_op", "2025-10-07")
                .containsEntry("inlezing_id", r.inlezing()).containsEntry("vastgelegd_door", "test:jan");
        assertThat(jdbc.sql("select aantal is null from absentie where code = 'ONGEOORLOOFD'").query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select door || '|' || opgeslagen || '|' || afgekeurd from inlezing").query(String.class)
                .single()).isEqualTo("test:jan|14|0");
        assertThat(gewijzigd()).isEqualTo(ids("L-1", "L-2", "L-3"));
    }

    @Test
    void eenMapZonderBestandenOfDieNietBestaatIsEenGebruiksfout() throws Exception {
        assertThatThrownBy(() -> inlezen.lees(tmp.resolve("bestaat-niet"), false, "test"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bestaat niet");
        Files.writeString(tmp.resolve("iets.csv"), "a,b\n");
        assertThatThrownBy(() -> inlezen.lees(tmp, false, "test"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("geen bestanden");
    }

    @Test
    void ontbrekendeBestandenWordenNietIngelezen() {
        var r = lees(Map.of("scholen.csv", Testmap.geldig().get("scholen.csv")), false);
        assertThat(r.volledig()).isTrue();
        assertThat(r.opgeslagen()).containsOnlyKeys("scholen.csv");
        assertThat(Testmap.tellingen(jdbc).get("school")).isEqualTo(2);
    }

    @Test
    void eenAfgekeurdeRijBetekentAtomairDatNietsWordtOpgeslagen() {
        var map = Testmap.geldig();
        map.put("absenties.csv", map.get("absenties.csv") + "L-1,12AB00,2025-10-21,60,ZIEK,,\n");

        var r = lees(map, false);

        assertThat(r.volledig()).isFalse();
        assertThat(r.inlezing()).isNull();
        assertThat(r.afgekeurd()).isNull();
        assertThat(r.afkeuringen()).extracting(Afkeuring::alsTekst).containsExactly(
                "absenties.csv:4: datum 2025-10-21 is geen lesdag van school 12AB00 (herfstvakantie)");
        assertThat(r.opgeslagenRijen()).isZero();
        assertThat(Testmap.tellingen(jdbc).values()).allMatch(n -> n == 0);
        assertThat(events.stream(AbsentiesGewijzigd.class)).isEmpty();
        assertThat(tmp.resolve("map/afgekeurd.csv")).doesNotExist();
    }

    @Test
    void binnenDeTransactieVanDeAanroeperWordtAlleenDeInlezingTeruggedraaid() {
        var afgekeurdeMap = Testmap.geldig();
        afgekeurdeMap.put("absenties.csv", afgekeurdeMap.get("absenties.csv") + "L-1,12AB00,2025-10-21,60,ZIEK,,\n");

        var afgekeurd = transactie.execute(s -> {
            jdbc.sql("insert into school values ('99ZZ00', 'Eigen', 'PO', 'GM0363', 'NOORD', 300)").update();
            return lees(afgekeurdeMap, false);
        });

        assertThat(afgekeurd.volledig()).isFalse();
        assertThat(afgekeurd.afkeuringen()).hasSize(1);
        assertThat(jdbc.sql("select school_id from school").query(String.class).list()).containsExactly("99ZZ00");
        assertThat(Testmap.tellingen(jdbc)).containsEntry("leerling", 0L).containsEntry("absentie", 0L)
                .containsEntry("inlezing", 0L);

        var geldig = transactie.execute(s -> lees(Testmap.geldig(), false));
        assertThat(geldig.volledig()).isTrue();
        assertThat(Testmap.tellingen(jdbc)).containsEntry("leerling", 3L).containsEntry("absentie", 2L)
                .containsEntry("inlezing", 1L);
    }

    @Test
    void meerInlezingenTegelijkDanDeVerbindingenAankunnenWachtenOpHunBeurt() throws Exception {
        // each import holds its transaction's connection and needs a second one for its checks: twelve at once would
        // hold all ten of the pool and wait for each other until the pool's timeout. The same folder twelve times also
        // makes them wait for each other's rows: absences before the other files in every import, so no deadlock
        try (var uitvoerder = java.util.concurrent.Executors.newFixedThreadPool(12)) {
            List<java.util.concurrent.Future<Inleesresultaat>> uitslagen = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Path map = Testmap.schrijf(tmp.resolve("tegelijk" + i), Testmap.geldig());
                uitslagen.add(uitvoerder.submit(() -> inlezen.lees(map, false, "test:jan")));
            }
            for (var uitslag : uitslagen) {
                assertThat(uitslag.get(60, java.util.concurrent.TimeUnit.SECONDS).volledig()).isTrue();
            }
        }
        assertThat(Testmap.tellingen(jdbc)).containsEntry("absentie", 2L).containsEntry("inlezing", 12L)
                .containsEntry("wijziging", 0L);
    }

    @Test
    void gedeeltelijkWordenDeGoedeRijenOpgeslagenEnDeAfgekeurdeInAfgekeurdCsv() throws Exception {
        var map = Testmap.geldig();
        map.put("leerlingen.csv", map.get("leerlingen.csv") + "L-4,2012-13-01,GM0363,\n");
        map.put("absenties.csv", map.get("absenties.csv") + """
                L-4,12AB00,2025-10-08,60,ZIEK,,
                L-1,12AB00,2025-10-09,"60",ZIEK,,
                """);

        var r = lees(map, true);

        assertThat(r.volledig()).isFalse();
        assertThat(r.inlezing()).isNotNull();
        assertThat(r.opgeslagen()).containsEntry("leerlingen.csv", 3).containsEntry("absenties.csv", 3);
        assertThat(Testmap.tellingen(jdbc)).containsEntry("leerling", 3L).containsEntry("absentie", 3L);
        assertThat(r.afgekeurd()).isEqualTo(tmp.resolve("map/afgekeurd.csv"));
        assertThat(Files.readString(r.afgekeurd())).isEqualTo("""
                bestand,regel,kolom,reden,rij
                leerlingen.csv,5,geboortedatum,'2012-13-01' is geen geldige datum (yyyy-MM-dd),"L-4,2012-13-01,GM0363,"
                absenties.csv,4,leerling_id,L-4 is onbekend (niet opgeslagen en geen geldige rij in leerlingen.csv),"L-4,12AB00,2025-10-08,60,ZIEK,,"
                """);
        assertThat(Files.readString(tmp.resolve("map/inleesrapport.txt")))
                .contains("2 afkeuringen", "absenties.csv", "afgekeurd.csv");
        assertThat(jdbc.sql("select afgekeurd from inlezing").query(Integer.class).single()).isEqualTo(2);
        assertThat(gewijzigd()).isEqualTo(ids("L-1", "L-2", "L-3"));
    }

    @Test
    void bomEnVeldenMetKommasTussenAanhalingstekens() {
        var map = Testmap.geldig();
        map.put("scholen.csv", "\uFEFF" + """
                naam,school_id,sector,gemeente,vakantieregio
                "De Regenboog, locatie ""Noord""\",12AB00,PO,GM0363,NOORD
                "Het Lyceum
                (tweede regel)",34CD01,VO,GM0599,MIDDEN
                """);
        map.put("kalender.csv", """
                school_id,van,tot_en_met,soort,omschrijving
                12AB00,2025-10-18,2025-10-26,VAKANTIE,"herfst, regio noord"
                """);

        var r = lees(map, false);

        assertThat(r.afkeuringen()).isEmpty();
        assertThat(jdbc.sql("select naam from school order by school_id").query(String.class).list())
                .containsExactly("De Regenboog, locatie \"Noord\"", "Het Lyceum\n(tweede regel)");
        assertThat(jdbc.sql("select omschrijving from kalender").query(String.class).single())
                .isEqualTo("herfst, regio noord");
    }

    @Test
    void opnieuwInlezenIsIdempotentEnEenGewijzigdeWaardeBlijftInDeHistorie() {
        lees(Testmap.geldig(), false);
        var r = lees(Testmap.geldig(), false);
        assertThat(r.volledig()).isTrue();
        assertThat(Testmap.tellingen(jdbc)).containsEntry("wijziging", 0L).containsEntry("absentie", 2L)
                .containsEntry("inlezing", 2L);

        var map = Testmap.geldig();
        map.put("absenties.csv", map.get("absenties.csv").replace("2025-10-06,120,", "2025-10-06,180,"));
        var gewijzigd = lees(map, false);

        assertThat(jdbc.sql("select minuten from absentie where leerling_id = 'L-1'").query(Integer.class).single())
                .isEqualTo(180);
        var historie = jdbc.sql("""
                select tabel, sleutel, (oude_waarde->>'minuten')::int as oud, (nieuwe_waarde->>'minuten')::int as nieuw,
                  door, inlezing_id from wijziging""").query().listOfRows();
        assertThat(historie).hasSize(1);
        assertThat(historie.getFirst()).containsEntry("tabel", "absentie")
                .containsEntry("sleutel", "L-1|12AB00|2025-10-06|ONGEOORLOOFD").containsEntry("oud", 120)
                .containsEntry("nieuw", 180).containsEntry("door", "test:jan")
                .containsEntry("inlezing_id", gewijzigd.inlezing());
    }

    @Test
    void eenGewijzigdeSchoolRaaktAlleLeerlingenMetAbsentiesOpDieSchool() {
        lees(Testmap.geldig(), false);
        events.clear();
        var scholen = Testmap.geldig().get("scholen.csv").replace("NOORD,", "NOORD,280");

        var r = lees(Map.of("scholen.csv", scholen), false);

        assertThat(r.volledig()).isTrue();
        assertThat(gewijzigd()).isEqualTo(ids("L-1", "L-2"));
        assertThat(Testmap.tellingen(jdbc).get("wijziging")).isEqualTo(1);
    }

    @Test
    void eenGewijzigdeKalenderRaaktAlleLeerlingenMetAbsentiesOpDieSchool() {
        lees(Testmap.geldig(), false);
        events.clear();
        var kalender = Testmap.geldig().get("kalender.csv");

        // a folder with only kalender.csv: the pupils can only be affected through their school's calendar
        var ongewijzigd = inlezen.lees(Testmap.schrijf(tmp.resolve("kalender"), Map.of("kalender.csv", kalender)), false,
                "test:jan");
        assertThat(ongewijzigd.volledig()).isTrue();
        assertThat(events.stream(AbsentiesGewijzigd.class)).isEmpty();
        long versie = jdbc.sql("select versie from kalenderversie").query(Long.class).single();

        var r = inlezen.lees(Testmap.schrijf(tmp.resolve("kalender"), Map.of("kalender.csv", kalender.replace(
                "2025-11-14,2025-11-14,VRIJE_DAG,", "2025-11-14,2025-11-14,VRIJE_DAG,studiedag")
                + "12AB00,2025-12-22,2026-01-04,VAKANTIE,kerstvakantie\n")), false, "test:jan");

        assertThat(r.volledig()).isTrue();
        assertThat(gewijzigd()).isEqualTo(ids("L-1", "L-2"));
        assertThat(Testmap.tellingen(jdbc)).containsEntry("kalender", 3L).containsEntry("wijziging", 1L);
        // the calendar triggers take a new number per statement (insert and update each): the three periods go in one
        // statement, not one each
        assertThat(jdbc.sql("select versie from kalenderversie").query(Long.class).single()).isBetween(versie + 1, versie + 2);
    }

    @Test
    void opgeslagenMinutenVanDieDagTellenMeeTenzijDeMapZeVervangt() {
        lees(Testmap.geldig(), false);
        String kop = "leerling_id,school_id,datum,minuten,code\n";

        var teVeel = lees(Map.of("absenties.csv", kop + "L-1,12AB00,2025-10-06,200,ZIEK\n"), false);
        assertThat(teVeel.afkeuringen()).extracting(Afkeuring::alsTekst).containsExactly(
                "absenties.csv:2: minuten 200 brengt het totaal op 2025-10-06 op 320, meer dan de 300 lesminuten per dag van school 12AB00");
        // the row went in while it was checked (atomic import) and is rolled back with everything else
        assertThat(teVeel.inlezing()).isNull();
        assertThat(Testmap.tellingen(jdbc)).containsEntry("absentie", 2L).containsEntry("inlezing", 1L);

        var vervangen = lees(Map.of("absenties.csv", kop
                + "L-1,12AB00,2025-10-06,200,ZIEK\nL-1,12AB00,2025-10-06,100,ONGEOORLOOFD\n"), false);
        assertThat(vervangen.afkeuringen()).isEmpty();
        assertThat(jdbc.sql("select sum(minuten) from absentie where leerling_id = 'L-1'").query(Integer.class)
                .single()).isEqualTo(300);
    }
}
