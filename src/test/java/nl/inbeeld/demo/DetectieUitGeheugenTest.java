package nl.inbeeld.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.inbeeld.aanwezigheid.Inlezen;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.verzuim.Signaal;
import nl.inbeeld.verzuim.Signaaldetectie;
import nl.inbeeld.verzuim.Signalen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * An import detects from the rows it holds in memory (every stored row of its pupils plus the folder's), not from
 * the database. Whatever the import did — a first load, then a partial re-import of only the later rows that
 * replaces some stored rows and has a rejected one — recomputing all signals from the database must change nothing.
 */
@SpringBootTest
@ActiveProfiles("test")
class DetectieUitGeheugenTest {

    private static final LocalDate TOT = LocalDate.of(2026, 7, 10);

    @Autowired
    Inlezen inlezen;

    @Autowired
    Signaaldetectie detectie;

    @Autowired
    Signalen signalen;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signalenNaInlezenZijnDieUitDeDatabase(@TempDir Path map) throws Exception {
        jdbc.sql("truncate school, kalender, leerling, inschrijving, absentie, bevolking, vrijstelling, signaal, wijziging, inlezing, melding cascade").update();
        new Generator().schrijf(map, new Generatieopdracht(400, 7, TOT));
        assertThat(inlezen.lees(map, false, "test").volledig()).isTrue();
        var naEerste = alleSignalen();
        assertThat(naEerste).hasSizeGreaterThan(100);
        assertThat(uitDatabase()).isEqualTo(naEerste);

        // second import, partial: only the rows from March on (the earlier ones stay stored and must count), every
        // 5th of them with half its minutes (replacing a stored row), and one row that is rejected
        Path absenties = map.resolve("absenties.csv");
        List<String> regels = Files.readAllLines(absenties);
        List<String> nieuw = new ArrayList<>(List.of(regels.getFirst()));
        for (int i = 1; i < regels.size(); i++) {
            String[] v = regels.get(i).split(",", -1);
            if (v[2].compareTo("2026-03-01") < 0) continue;
            if (i % 5 == 0) v[3] = Integer.toString(Math.max(1, Integer.parseInt(v[3]) / 2));
            nieuw.add(String.join(",", v));
        }
        nieuw.add("ONBEKEND-1,21PS00,2026-03-02,60,ONGEOORLOOFD,,");
        Files.write(absenties, nieuw);
        var tweede = inlezen.lees(map, true, "test");
        assertThat(tweede.volledig()).isFalse();
        assertThat(tweede.afkeuringen()).hasSize(1);
        var naTweede = alleSignalen();
        assertThat(naTweede).isNotEqualTo(naEerste);
        assertThat(uitDatabase()).isEqualTo(naTweede);
    }

    private List<Signaal> alleSignalen() {
        return signalen.tot(TOT, null, null);
    }

    private List<Signaal> uitDatabase() {
        var ids = jdbc.sql("select leerling_id from leerling").query((rs, i) -> new LeerlingId(rs.getString(1))).list();
        detectie.herbereken(ids);
        return alleSignalen();
    }
}
