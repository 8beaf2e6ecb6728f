package nl.inbeeld.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.inbeeld.aanwezigheid.Afkeuring;
import nl.inbeeld.aanwezigheid.Inlezen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * An atomic import COPYs its absence rows into absentie while absenties.csv is still being parsed, and checks them
 * meanwhile. On a folder of tens of thousands of rows (so the rows reach the COPY in several batches): every row
 * arrives as it is in the file; a rejected row anywhere, even the last, leaves nothing behind in any table; a key
 * that is already stored or repeats in the folder makes the early COPY fail, after which the rows are stored (or
 * rejected) after their check as usual.
 */
@SpringBootTest
@ActiveProfiles("test")
class StroomsgewijsInlezenTest {

    private static final LocalDate TOT = LocalDate.of(2026, 7, 10);
    private static final List<String> TABELLEN = List.of("school", "kalender", "leerling", "inschrijving", "absentie",
            "bevolking", "vrijstelling", "signaal", "inlezing", "wijziging");

    @Autowired
    Inlezen inlezen;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path map;

    List<String> regels;

    @BeforeEach
    void map() throws Exception {
        jdbc.sql("truncate school, kalender, leerling, inschrijving, absentie, bevolking, vrijstelling, signaal, wijziging, inlezing, melding cascade").update();
        new Generator().schrijf(map, new Generatieopdracht(1200, 11, TOT));
        regels = Files.readAllLines(map.resolve("absenties.csv"));
        assertThat(regels).hasSizeGreaterThan(2 * 8192);
    }

    @Test
    void elkeRijKomtAanZoalsZeInHetBestandStaat() {
        var r = inlezen.lees(map, false, "test");

        assertThat(r.volledig()).isTrue();
        assertThat(r.opgeslagen()).containsEntry("absenties.csv", regels.size() - 1);
        Map<String, String> opgeslagen = new TreeMap<>();
        jdbc.sql("""
                select leerling_id, school_id, datum, code, minuten, aantal, gemeld_op, vastgelegd_door, inlezing_id
                from absentie""").query(rs -> {
                    opgeslagen.put(rs.getString(1) + "," + rs.getString(2) + "," + rs.getString(3) + "," + rs.getString(4),
                            rs.getInt(5) + "," + leeg(rs.getString(6)) + "," + leeg(rs.getString(7)) + ","
                                    + rs.getString(8) + "," + rs.getLong(9));
                });
        Map<String, String> inBestand = new TreeMap<>();
        for (String regel : regels.subList(1, regels.size())) {
            String[] v = regel.split(",", -1);
            inBestand.put(v[0] + "," + v[1] + "," + v[2] + "," + v[4], v[3] + "," + v[5] + "," + v[6] + ",test,"
                    + r.inlezing());
        }
        assertThat(opgeslagen).isEqualTo(inBestand);
    }

    @Test
    void eenOnjuisteLaatsteRijLaatNietsAchter() throws Exception {
        schrijfAbsenties(regels.getLast().replaceFirst(",2026-\\d\\d-\\d\\d,", ",2026-02-30,"));

        var r = inlezen.lees(map, false, "test");

        assertThat(r.volledig()).isFalse();
        assertThat(r.inlezing()).isNull();
        assertThat(r.afkeuringen()).extracting(Afkeuring::alsTekst).containsExactly("absenties.csv:" + (regels.size() + 1)
                + ": datum '2026-02-30' is geen geldige datum (yyyy-MM-dd)");
        assertThat(tellingen()).allSatisfy((tabel, n) -> assertThat(n).as(tabel).isZero());
    }

    @Test
    void eenSleutelDieVerderopTerugkomtLaatNietsAchter() throws Exception {
        schrijfAbsenties(regels.get(1));

        var r = inlezen.lees(map, false, "test");

        assertThat(r.volledig()).isFalse();
        assertThat(r.afkeuringen()).extracting(Afkeuring::alsTekst).containsExactly("absenties.csv:" + (regels.size() + 1)
                + ": dubbele sleutel (leerling_id, school_id, datum, code): staat ook op regel 2");
        assertThat(tellingen()).allSatisfy((tabel, n) -> assertThat(n).as(tabel).isZero());
    }

    @Test
    void opnieuwInlezenVerandertNietsEnEenGewijzigdeWaardeKomtInDeHistorie() throws Exception {
        assertThat(inlezen.lees(map, false, "test").volledig()).isTrue();
        long absenties = tellingen().get("absentie");

        assertThat(inlezen.lees(map, false, "test").volledig()).isTrue();
        assertThat(tellingen()).containsEntry("absentie", absenties).containsEntry("wijziging", 0L)
                .containsEntry("inlezing", 2L);

        int midden = regels.size() / 2;
        String[] v = regels.get(midden).split(",", -1);
        int nieuweMinuten = Integer.parseInt(v[3]) == 60 ? 90 : 60;
        v[3] = Integer.toString(nieuweMinuten);
        List<String> gewijzigd = new ArrayList<>(regels);
        gewijzigd.set(midden, String.join(",", v));
        Files.write(map.resolve("absenties.csv"), gewijzigd);

        var derde = inlezen.lees(map, false, "test");

        assertThat(derde.volledig()).isTrue();
        assertThat(jdbc.sql("select minuten from absentie where leerling_id = ? and school_id = ? and datum = ?::date"
                + " and code = ?").params(v[0], v[1], v[2], v[4]).query(Integer.class).single()).isEqualTo(nieuweMinuten);
        assertThat(tellingen()).containsEntry("absentie", absenties).containsEntry("wijziging", 1L);
    }

    private void schrijfAbsenties(String extra) throws Exception {
        List<String> nieuw = new ArrayList<>(regels);
        nieuw.add(extra);
        Files.write(map.resolve("absenties.csv"), nieuw);
    }

    private Map<String, Long> tellingen() {
        Map<String, Long> n = new TreeMap<>();
        for (String t : TABELLEN) n.put(t, jdbc.sql("select count(*) from " + t).query(Long.class).single());
        return n;
    }

    private static String leeg(String waarde) {
        return waarde == null ? "" : waarde;
    }
}
