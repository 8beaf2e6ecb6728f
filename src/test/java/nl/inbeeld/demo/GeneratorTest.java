package nl.inbeeld.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    static final List<String> BESTANDEN = List.of("scholen.csv", "kalender.csv", "leerlingen.csv",
            "inschrijvingen.csv", "absenties.csv", "bevolking.csv", "vrijstellingen.csv");

    @TempDir
    Path tmp;

    @Test
    void zelfdeSeedGeeftByteVoorByteDezelfdeBestanden() throws IOException {
        var opdracht = Generatieopdracht.demoregio();
        Generatieresultaat eerste = new Generator().schrijf(tmp.resolve("a"), opdracht);
        Generatieresultaat tweede = new Generator().schrijf(tmp.resolve("b"), opdracht);
        assertThat(tweede).isEqualTo(eerste);
        for (String b : BESTANDEN) {
            assertThat(Files.mismatch(tmp.resolve("a").resolve(b), tmp.resolve("b").resolve(b))).as(b).isEqualTo(-1L);
        }
    }

    @Test
    void andereSeedGeeftAndereLeerlingenEnAbsenties() throws IOException {
        new Generator().schrijf(tmp.resolve("a"), new Generatieopdracht(500, 1, Demoregio.VANDAAG));
        new Generator().schrijf(tmp.resolve("b"), new Generatieopdracht(500, 2, Demoregio.VANDAAG));
        assertThat(Files.mismatch(tmp.resolve("a/absenties.csv"), tmp.resolve("b/absenties.csv"))).isNotEqualTo(-1L);
        assertThat(Files.mismatch(tmp.resolve("a/leerlingen.csv"), tmp.resolve("b/leerlingen.csv"))).isNotEqualTo(-1L);
        assertThat(Files.mismatch(tmp.resolve("a/scholen.csv"), tmp.resolve("b/scholen.csv"))).isEqualTo(-1L);
    }

    @Test
    void eenLeerlingHangtAlleenAfVanSeedEnNummer() throws IOException {
        // a pupil's rows do not change when more pupils are generated after it
        new Generator().schrijf(tmp.resolve("a"), new Generatieopdracht(300, 7, Demoregio.VANDAAG));
        new Generator().schrijf(tmp.resolve("b"), new Generatieopdracht(600, 7, Demoregio.VANDAAG));
        List<String> a = Files.readAllLines(tmp.resolve("a/absenties.csv"));
        List<String> b = Files.readAllLines(tmp.resolve("b/absenties.csv"));
        assertThat(b.subList(0, a.size())).isEqualTo(a);
    }

    @Test
    void resultaatTeltDeRijen() throws IOException {
        Generatieresultaat r = new Generator().schrijf(tmp, Generatieopdracht.demoregio());
        assertThat(r.scholen()).isEqualTo(10);
        assertThat(r.leerlingen()).isEqualTo(Demoregio.LEERLINGEN + Demoregio.scenarios().size());
        assertThat(Files.readAllLines(tmp.resolve("absenties.csv"))).hasSize((int) r.absenties() + 1);
        assertThat(Files.readAllLines(tmp.resolve("kalender.csv"))).hasSize((int) r.kalender() + 1);
    }

    @Test
    void opdrachtBuitenHetSchooljaarIsOngeldig() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Generatieopdracht(10, 1, LocalDate.of(2026, 8, 1)));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Generatieopdracht(-1, 1, Demoregio.VANDAAG));
    }

    @Test
    void demodagIsEenLesdagMaandag() {
        assertThat(Demoregio.VANDAAG.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(Regio.demo().scholen()).allSatisfy(s -> assertThat(s.schoolkalender().isLesdag(Demoregio.VANDAAG)).isTrue());
    }
}
