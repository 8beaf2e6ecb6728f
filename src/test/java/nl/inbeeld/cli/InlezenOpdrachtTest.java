package nl.inbeeld.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.inbeeld.InBeeldApplication;
import nl.inbeeld.aanwezigheid.Testmap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** {@code ./inbeeld inlezen} against the test database (--db-url): exit status 0, 1 and 2. */
@SpringBootTest
@ActiveProfiles("test")
class InlezenOpdrachtTest {

    @Autowired HikariDataSource dataSource;
    @Autowired JdbcClient jdbc;
    @TempDir Path tmp;

    String uit;
    String fout;

    @BeforeEach
    void leeg() {
        Testmap.leeg(jdbc);
    }

    private int inlezen(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        PrintStream oudUit = System.out, oudFout = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            String[] alles = new String[args.length + 3];
            alles[0] = "inlezen";
            alles[1] = "--db-url";
            String url = dataSource.getJdbcUrl();
            // the embedded database asks a password (issue 11)
            alles[2] = url + (url.contains("?") ? "&" : "?") + "user=postgres&password=" + dataSource.getPassword();
            System.arraycopy(args, 0, alles, 3, args.length);
            return Opdrachtregel.uitvoeren(InBeeldApplication.class, alles);
        } finally {
            System.setOut(oudUit);
            System.setErr(oudFout);
            uit = out.toString(StandardCharsets.UTF_8);
            fout = err.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void alles0Afgekeurd1Gebruiksfout2() throws Exception {
        Path goed = Testmap.schrijf(tmp.resolve("goed"), Testmap.geldig());
        assertThat(inlezen(goed.toString())).isEqualTo(0);
        assertThat(uit).contains("absenties.csv", "2 rijen opgeslagen", "Alles opgeslagen (14 rijen");
        // spec §7: Testmap's 5A exemption of L-3 overlaps its enrolment: a warning, and still exit code 0
        assertThat(uit).contains("Waarschuwing: vrijstellingen.csv:2: vrijstelling 5A (2025-09-01 t/m 2026-07-31) overlapt");
        assertThat(Testmap.tellingen(jdbc)).containsEntry("absentie", 2L);

        var map = Testmap.geldig();
        map.put("absenties.csv", map.get("absenties.csv") + "L-1,12AB00,2025-10-21,60,ZIEK,,\n");
        Path fout1 = Testmap.schrijf(tmp.resolve("fout"), map);
        Testmap.leeg(jdbc);
        assertThat(inlezen(fout1.toString())).isEqualTo(1);
        assertThat(fout).contains("absenties.csv:4: datum 2025-10-21 is geen lesdag van school 12AB00 (herfstvakantie)");
        assertThat(uit).contains("1 afkeuringen; er is niets opgeslagen.");
        assertThat(Testmap.tellingen(jdbc).values()).allMatch(n -> n == 0);

        assertThat(inlezen("--gedeeltelijk", fout1.toString())).isEqualTo(1);
        assertThat(Testmap.tellingen(jdbc)).containsEntry("absentie", 2L);
        assertThat(fout1.resolve("afgekeurd.csv")).exists();
        assertThat(fout1.resolve("inleesrapport.txt")).exists();

        assertThat(inlezen(tmp.resolve("bestaat-niet").toString())).isEqualTo(2);
        assertThat(fout).contains("map bestaat niet");
        Path leeg = Files.createDirectories(tmp.resolve("leeg"));
        assertThat(inlezen(leeg.toString())).isEqualTo(2);
        assertThat(fout).contains("geen bestanden van uitwisselformaat v1");
        assertThat(inlezen()).isEqualTo(2);
    }
}
