package nl.inbeeld.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule sets are chosen by date (rules.md §0, "versioned by date"); one version is modelled. */
class LeerplichtwetTest {

    @ParameterizedTest(name = "op {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # Leerplichtwet 1969, versie 2024-01-01 [LPW24]: geldt vanaf 1 jan 2024
            2024-01-01 | VERSIE_2024_01_01
            # [LPW24]: en daarna, tot een nieuwe versie (bv. Wet terugdringen schoolverzuim) is opgenomen
            2026-09-01 | VERSIE_2024_01_01
            # oudere teksten zijn niet opgenomen: de oudste versie wordt toegepast (ONBEVESTIGD dat art. 3 en 4a–4b gelijk luidden)
            2023-12-31 | VERSIE_2024_01_01
            """)
    void geldendOp(LocalDate peildatum, Leerplichtwet verwacht) {
        assertThat(Leerplichtwet.geldendOp(peildatum)).isEqualTo(verwacht);
    }
}
