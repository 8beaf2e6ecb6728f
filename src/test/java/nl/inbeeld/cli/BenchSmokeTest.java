package nl.inbeeld.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import nl.inbeeld.InBeeldApplication;
import org.junit.jupiter.api.Test;

/**
 * CI smoke of {@code ./inbeeld bench} at toy size on its own temporary embedded PostgreSQL, with DuckDB from the test
 * class path: the table is printed and the SQL baselines agree with the engine. Not a timed test: no speed asserted.
 */
class BenchSmokeTest {

    @Test
    void drukDeTabelEnDeControleSlaagt() {
        var out = new ByteArrayOutputStream();
        PrintStream oud = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Opdrachtregel.uitvoeren(InBeeldApplication.class,
                    new String[] {"bench", "--leerlingen", "300", "--herhalingen", "1", "--incrementeel", "20"});
        } finally {
            System.setOut(oud);
        }
        String tabel = out.toString(StandardCharsets.UTF_8);
        assertThat(tabel).contains("InBeeld, alle", "als SQL in PostgreSQL", "als SQL in DuckDB v",
                "ruwe PostgreSQL COPY", "inlezen eind tot eind", "incrementele herdetectie", "leerplichttelling");
        assertThat(tabel).contains("CONTROLE OK");
        assertThat(status).isZero();
    }
}
