package nl.inbeeld.aanwezigheid.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The zip is checked while it streams: a zip bomb is refused before much of it is written (issue 11). */
class ZipuitpakkerTest {

    @TempDir Path map;

    /** A zip whose one entry is {@code mb} megabytes of the same byte: it packs about a thousand times. */
    static byte[] bom(String naam, int mb) throws Exception {
        var uit = new ByteArrayOutputStream();
        try (var z = new ZipOutputStream(uit)) {
            z.putNextEntry(new ZipEntry(naam));
            byte[] blok = new byte[1 << 20];
            java.util.Arrays.fill(blok, (byte) '0');
            for (int i = 0; i < mb; i++) z.write(blok);
            z.closeEntry();
        }
        return uit.toByteArray();
    }

    @Test
    void eenZipBomWordtNaHooguitEenMegabyteGeweigerd() throws Exception {
        byte[] zip = bom("export/absenties.csv", 200);
        assertThat(zip.length).isLessThan(1 << 20);
        var uitpakker = new Zipuitpakker(new Uploadgrenzen(DataSize.ofMegabytes(512), 100));

        assertThatThrownBy(() -> uitpakker.pak(new ByteArrayInputStream(zip), map, Set.of("absenties.csv")))
                .isInstanceOf(Zipuitpakker.Geweigerd.class)
                .hasMessage("Het zip-bestand pakt meer dan 100 keer zo groot uit als het is (een zip-bom?);"
                        + " er is niets ingelezen.");
        // refused while streaming: at most the ratio's threshold and one buffer were written, not 512 MB
        assertThat(Files.size(map.resolve("absenties.csv"))).isLessThanOrEqualTo(Zipuitpakker.VERHOUDING_VANAF + 65536);
    }

    @Test
    void eenBomOnderEenAndereNaamWordtOokGeteldEnNietGeschreven() throws Exception {
        var uitpakker = new Zipuitpakker(new Uploadgrenzen(DataSize.ofMegabytes(512), 100));
        assertThatThrownBy(() -> uitpakker.pak(new ByteArrayInputStream(bom("leeg.bin", 200)), map, Set.of("absenties.csv")))
                .isInstanceOf(Zipuitpakker.Geweigerd.class);
        try (var inhoud = Files.list(map)) {
            assertThat(inhoud).isEmpty();
        }
    }

    @Test
    void uitgepaktNietGroterDanDeGrens() throws Exception {
        var uitpakker = new Zipuitpakker(new Uploadgrenzen(DataSize.ofMegabytes(1), 10_000));
        assertThatThrownBy(() -> uitpakker.pak(new ByteArrayInputStream(bom("absenties.csv", 3)), map, Set.of("absenties.csv")))
                .isInstanceOf(Zipuitpakker.Geweigerd.class)
                .hasMessage("Het zip-bestand is uitgepakt groter dan 1 MB; er is niets ingelezen.");
        assertThat(Files.size(map.resolve("absenties.csv"))).isLessThanOrEqualTo((1 << 20) + 65536);
    }
}
