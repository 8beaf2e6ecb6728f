package nl.inbeeld.melding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerplicht.Termijnenwet;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.verzuim.Signaal;
import nl.inbeeld.verzuim.Signaalsoort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reconciliation of drafts with signals, pure: bundling (rules.md 2.3.6, B6), idempotence, VERVALLEN. */
class AfstemmingTest {

    static final LeerlingId L = new LeerlingId("L-1");
    static final SchoolId S = new SchoolId("21AB00");
    static final Gemeentecode ARNHEM = new Gemeentecode("GM0202");
    static nl.inbeeld.toegang.Gebruiker schoolGebruiker() {
        return new nl.inbeeld.toegang.Gebruiker("klimboom", nl.inbeeld.toegang.Rol.SCHOOL,
                nl.inbeeld.toegang.Bereik.scholen(Set.of(S)));
    }

    final Afstemming afstemming = new Afstemming(Meldingregels.STANDAARD, Termijnenwet.AAN);

    static Signaal zestien(String einddatum) {
        LocalDate e = LocalDate.parse(einddatum);
        return new Signaal(Signaalsoort.VERZUIM_16_UUR, L, S, e.minusDays(2), e, 1080, null, ARNHEM, true);
    }

    /** B6: continuous 6 h/day from Mon 2025-09-01 gives 16-hour signals every 3 school days. */
    static final List<String> B6 = List.of("2025-09-03", "2025-09-08", "2025-09-11", "2025-09-16", "2025-09-19",
            "2025-09-24", "2025-09-29", "2025-10-02");

    @Test
    void b6ContinuAfwezigGeeftHoogstensEenMeldingPerZevenDagen() {
        var r = afstemming.afstemmen(B6.stream().map(AfstemmingTest::zestien).toList(), Map.of());
        assertThat(r.nieuw()).extracting(c -> c.bundelstart() + ".." + c.einddatum() + " " + c.minuten())
                .containsExactly("2025-09-03..2025-09-08 2160", "2025-09-11..2025-09-16 2160",
                        "2025-09-19..2025-09-24 2160", "2025-09-29..2025-10-02 2160");
        assertThat(r.nieuw()).extracting(Concept::deadline).containsExactly(LocalDate.of(2025, 9, 10),
                LocalDate.of(2025, 9, 18), LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 6));
        assertThat(r.nieuw().getFirst().begindatum()).isEqualTo(LocalDate.of(2025, 9, 1));
        for (int i = 1; i < r.nieuw().size(); i++) {
            assertThat(r.nieuw().get(i).bundelstart()).isAfterOrEqualTo(r.nieuw().get(i - 1).bundelstart().plusDays(7));
        }
    }

    @ParameterizedTest(name = "second signal {0} days after the first: bundled {1}")
    @CsvSource(textBlock = """
            # rules.md 2.3.6: at most 1 melding per 7 calendar days; window = first einddatum .. + 6 days
            1, true
            6, true
            7, false
            8, false
            """)
    void grensVanHetBundelvenster(int dagen, boolean gebundeld) {
        var eerste = zestien("2025-09-03");
        var tweede = zestien(LocalDate.of(2025, 9, 3).plusDays(dagen).toString());
        var r = afstemming.afstemmen(List.of(eerste, tweede), Map.of());
        assertThat(r.nieuw()).hasSize(gebundeld ? 1 : 2);
    }

    @Test
    void nogmaalsAfstemmenMaaktNietsNieuws() {
        var signalen = B6.stream().map(AfstemmingTest::zestien).toList();
        var eerst = afstemming.afstemmen(signalen, Map.of());
        var opgeslagen = opgeslagen(eerst.nieuw(), Meldingstatus.CONCEPT);
        assertThat(afstemming.afstemmen(signalen, opgeslagen).isLeeg()).isTrue();
    }

    @Test
    void verzondenMeldingKrijgtEenNieuwConceptVoorHetVervolg() {
        var eerst = afstemming.afstemmen(List.of(zestien("2025-09-03")), Map.of());
        var verzonden = opgeslagen(eerst.nieuw(), Meldingstatus.VERZONDEN);
        var r = afstemming.afstemmen(List.of(zestien("2025-09-03"), zestien("2025-09-08"), zestien("2025-09-11")), verzonden);
        assertThat(r.gewijzigd()).isEmpty();
        assertThat(r.nieuw()).singleElement().satisfies(c -> {
            assertThat(c.bundelstart()).isEqualTo(LocalDate.of(2025, 9, 8));
            assertThat(c.einddatum()).isEqualTo(LocalDate.of(2025, 9, 11));
        });
    }

    @Test
    void conceptVervaltAlsHetSignaalVerdwijntEnKrimptAlsEenDeelVerdwijnt() {
        var eerst = afstemming.afstemmen(List.of(zestien("2025-09-03"), zestien("2025-09-08")), Map.of());
        var opgeslagen = opgeslagen(eerst.nieuw(), Meldingstatus.CONCEPT);
        var gekrompen = afstemming.afstemmen(List.of(zestien("2025-09-03")), opgeslagen);
        assertThat(gekrompen.gewijzigd()).singleElement().extracting(Concept::einddatum).isEqualTo(LocalDate.of(2025, 9, 3));
        var weg = afstemming.afstemmen(List.of(), opgeslagen);
        assertThat(weg.vervallen()).containsExactly(1L);
        assertThat(weg.nieuw()).isEmpty();
    }

    @Test
    void verzondenMeldingBlijftAlsHetSignaalVerdwijnt() {
        var eerst = afstemming.afstemmen(List.of(zestien("2025-09-03")), Map.of());
        assertThat(afstemming.afstemmen(List.of(), opgeslagen(eerst.nieuw(), Meldingstatus.VERZONDEN)).isLeeg()).isTrue();
    }

    @Test
    void andereVerplichteSoortenWordenNietGebundeld() {
        var lrv = new Signaal(Signaalsoort.LANGDURIG_RELATIEF, L, S, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 29),
                null, null, ARNHEM, true);
        var r = afstemming.afstemmen(List.of(zestien("2025-09-29"), lrv), Map.of());
        assertThat(r.nieuw()).extracting(Concept::soort)
                .containsExactlyInAnyOrder(Meldingsoort.VERZUIM_16_UUR, Meldingsoort.LANGDURIG_RELATIEF);
    }

    /** Stored meldingen with ids 1, 2, … for these drafts, in the given status, with their signal keys. */
    static Map<Verzuimmelding, Set<Signaalsleutel>> opgeslagen(List<Concept> concepten, Meldingstatus status) {
        Map<Verzuimmelding, Set<Signaalsleutel>> bestaand = new LinkedHashMap<>();
        long id = 1;
        for (Concept c : concepten) {
            var m = new Verzuimmelding(id++, c.soort(), c.leerling(), c.school(), c.meldenAan(), c.begindatum(),
                    c.einddatum(), c.minuten(), c.bundelstart(), c.bron(), null, null, status, c.deadline(),
                    c.bundelstart(), null, null, null, null, null, null, null, null, c.verzendbaarVanaf());
            bestaand.put(m, c.signalen().stream().map(Signaalsleutel::van).collect(Collectors.toCollection(HashSet::new)));
        }
        return bestaand;
    }
}
