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
import nl.inbeeld.leerplicht.Termijnenwet;
import nl.inbeeld.verzuim.Signaal;
import nl.inbeeld.verzuim.Signaalsoort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bundling of meldingen as spec v1.1 §7 says (DUO: at most one melding per pupil per 7 calendar days for
 * continuous absence): never a second melding of the same kind inside 7 days, also after the first was sent; a luxe
 * day inside a 16-hour signal is named in that melding, not melded twice.
 */
class BundelingTest {

    final Afstemming afstemming = new Afstemming(Meldingregels.STANDAARD, Termijnenwet.AAN);

    static Signaal signaal(Signaalsoort soort, LocalDate begin, LocalDate eind, Integer minuten) {
        return new Signaal(soort, AfstemmingTest.L, AfstemmingTest.S, begin, eind, minuten, null, AfstemmingTest.ARNHEM, true);
    }

    static Signaal signaal(Signaalsoort soort, LocalDate eind) {
        boolean uren = soort == Signaalsoort.VERZUIM_16_UUR || soort == Signaalsoort.RMC_18_PLUS;
        return signaal(soort, soort == Signaalsoort.LUXE_VERZUIM ? eind : eind.minusDays(2), eind, uren ? 1080 : null);
    }

    static final LocalDate DAG_0 = LocalDate.of(2025, 9, 3); // a Wednesday

    @ParameterizedTest(name = "{0}: first signal day 0, sent day {1}, new signal day {2} → verzendbaar vanaf {3}, deadline {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # spec §7: the previous melding of the same kind was sent less than 7 calendar days before the new signal's
            # einddatum → a follow-up draft, sendable from the 7th day after the sending (its term counts from then);
            # day 0 = Wed 2025-09-03
            # soort           | verzonden | nieuw | verzendbaar vanaf | deadline
            VERZUIM_16_UUR     | 0         | 1     | 2025-09-10        | 2025-09-17
            VERZUIM_16_UUR     | 0         | 5     | 2025-09-10        | 2025-09-17
            VERZUIM_16_UUR     | 0         | 6     | 2025-09-10        | 2025-09-17
            VERZUIM_16_UUR     | 0         | 7     | -                 | 2025-09-17
            VERZUIM_16_UUR     | 0         | 8     | -                 | 2025-09-18
            # sent on day 2: the 7 days run from the sending
            VERZUIM_16_UUR     | 2         | 8     | 2025-09-12        | 2025-09-19
            VERZUIM_16_UUR     | 2         | 9     | -                 | 2025-09-19
            # every mandatory kind: 16-hour, RMC, LRV, luxe
            RMC_18_PLUS        | 0         | 5     | 2025-09-10        | 2025-09-17
            RMC_18_PLUS        | 0         | 6     | 2025-09-10        | 2025-09-17
            RMC_18_PLUS        | 0         | 7     | -                 | 2025-09-17
            LANGDURIG_RELATIEF | 0         | 5     | 2025-09-10        | 2025-09-17
            LANGDURIG_RELATIEF | 0         | 7     | -                 | 2025-09-17
            LUXE_VERZUIM       | 0         | 5     | 2025-09-10        | 2025-09-17
            LUXE_VERZUIM       | 0         | 6     | 2025-09-10        | 2025-09-17
            LUXE_VERZUIM       | 0         | 7     | -                 | 2025-09-17
            """)
    void vervolgNaVerzending(Signaalsoort soort, int verzonden, int nieuw, LocalDate vanaf, LocalDate deadline) {
        var eerste = signaal(soort, DAG_0);
        var concept = afstemming.afstemmen(List.of(eerste), Map.of()).nieuw().getFirst();
        var opgeslagen = Opslag.als(concept, 1, DAG_0.plusDays(verzonden));
        var r = afstemming.afstemmen(List.of(eerste, signaal(soort, DAG_0.plusDays(nieuw))), opgeslagen);
        assertThat(r.gewijzigd()).isEmpty();
        assertThat(r.nieuw()).singleElement().satisfies(c -> {
            assertThat(c.soort()).isEqualTo(Meldingsoort.van(soort).orElseThrow());
            assertThat(c.verzendbaarVanaf()).isEqualTo(vanaf);
            assertThat(c.deadline()).isEqualTo(deadline);
        });
    }

    @Test
    void vervolgKanPasOpDeZevendeDagWordenVerzonden() {
        var m = Opslag.als(afstemming.afstemmen(List.of(signaal(Signaalsoort.VERZUIM_16_UUR, DAG_0.plusDays(5))), Map.of())
                .nieuw().getFirst(), 2, null).keySet().iterator().next();
        assertThat(Meldingrechten.verzenden(AfstemmingTest.schoolGebruiker(), m, "gesprek", DAG_0.plusDays(6),
                DAG_0.plusDays(7))).hasValueSatisfying(w -> assertThat(w.reden()).contains("vervolgmelding", "10-9-2025"));
        assertThat(Meldingrechten.verzenden(AfstemmingTest.schoolGebruiker(), m, "gesprek", DAG_0.plusDays(7),
                DAG_0.plusDays(7))).isEmpty();
    }

    /** The RMC_18_PLUS signals of a pupil absent 6 hours a day from Mon 2025-09-01 for a month (DetectieRegelsTest.rmc). */
    static final List<String> RMC_MAAND = List.of("2025-09-03", "2025-09-08", "2025-09-11", "2025-09-16", "2025-09-19",
            "2025-09-24", "2025-09-29");

    @Test
    void rmcEenMaandAfwezigAllesInEens() {
        var r = afstemming.afstemmen(RMC_MAAND.stream().map(d -> signaal(Signaalsoort.RMC_18_PLUS, LocalDate.parse(d))).toList(),
                Map.of());
        assertThat(r.nieuw()).extracting(c -> c.soort().duoCode() + " " + c.bundelstart() + ".." + c.einddatum())
                .containsExactly("V4 2025-09-03..2025-09-08", "V4 2025-09-11..2025-09-16", "V4 2025-09-19..2025-09-24",
                        "V4 2025-09-29..2025-09-29");
    }

    /**
     * Day by day: the signals of each day arise, drafts are reconciled, and the school sends every draft the moment
     * it may. At most one melding per 7 days is sent, and every signal is in exactly one melding.
     */
    @Test
    void rmcEenMaandAfwezigDagVoorDagHoogstensEenMeldingPerZevenDagen() {
        var opslag = new Opslag();
        for (LocalDate d = LocalDate.of(2025, 9, 1); !d.isAfter(LocalDate.of(2025, 10, 10)); d = d.plusDays(1)) {
            LocalDate vandaag = d;
            var huidig = RMC_MAAND.stream().map(LocalDate::parse).filter(e -> !e.isAfter(vandaag))
                    .map(e -> signaal(Signaalsoort.RMC_18_PLUS, e)).toList();
            opslag.verwerk(afstemming.afstemmen(huidig, opslag.bestaand()));
            opslag.verzendWatMag(vandaag);
        }
        assertThat(opslag.verzondenOp()).containsExactly(LocalDate.of(2025, 9, 3), LocalDate.of(2025, 9, 10),
                LocalDate.of(2025, 9, 17), LocalDate.of(2025, 9, 24), LocalDate.of(2025, 10, 1));
        assertThat(opslag.gekoppeld()).containsExactlyInAnyOrderElementsOf(RMC_MAAND);
    }

    static final LocalDate MA = LocalDate.of(2025, 9, 8), WO = LocalDate.of(2025, 9, 10);
    static final Signaal LUXE_MA = signaal(Signaalsoort.LUXE_VERZUIM, MA, MA, null);
    static final Signaal ZESTIEN_WO = signaal(Signaalsoort.VERZUIM_16_UUR, MA, WO, 1080);

    @Test
    void luxeMaTotWoZesUurPerDagIsEenMelding() {
        // Mon–Wed LUXE at 6 hours a day: LUXE_VERZUIM on Monday, VERZUIM_16_UUR on Wednesday (1080 minutes)
        var r = afstemming.afstemmen(List.of(LUXE_MA, ZESTIEN_WO), Map.of());
        assertThat(r.nieuw()).singleElement().satisfies(c -> {
            assertThat(c.soort()).isEqualTo(Meldingsoort.VERZUIM_16_UUR);
            assertThat(c.bron()).isEqualTo(Signaalsoort.VERZUIM_16_UUR);
            assertThat(c.signalen()).containsExactly(LUXE_MA, ZESTIEN_WO);
            assertThat(c.begindatum() + ".." + c.einddatum() + " " + c.minuten()).isEqualTo("2025-09-08..2025-09-10 1080");
        });
    }

    @Test
    void luxeConceptVanMaandagGaatOpInDeZestienurenmeldingVanWoensdag() {
        var maandag = afstemming.afstemmen(List.of(LUXE_MA), Map.of());
        var opgeslagen = Opslag.als(maandag.nieuw().getFirst(), 1, null);
        var woensdag = afstemming.afstemmen(List.of(LUXE_MA, ZESTIEN_WO), opgeslagen);
        assertThat(woensdag.vervallen()).containsExactly(1L);
        assertThat(woensdag.nieuw()).singleElement().satisfies(c -> {
            assertThat(c.soort()).isEqualTo(Meldingsoort.VERZUIM_16_UUR);
            assertThat(c.signalen()).containsExactly(LUXE_MA, ZESTIEN_WO);
        });
        // reconciling again changes nothing
        var opnieuw = Opslag.als(woensdag.nieuw().getFirst(), 2, null);
        assertThat(afstemming.afstemmen(List.of(LUXE_MA, ZESTIEN_WO), opnieuw).isLeeg()).isTrue();
    }

    @Test
    void luxeAlVerzondenBlijftEenLuxemelding() {
        var opgeslagen = Opslag.als(afstemming.afstemmen(List.of(LUXE_MA), Map.of()).nieuw().getFirst(), 1, MA.plusDays(1));
        var woensdag = afstemming.afstemmen(List.of(LUXE_MA, ZESTIEN_WO), opgeslagen);
        assertThat(woensdag.vervallen()).isEmpty();
        assertThat(woensdag.nieuw()).singleElement().satisfies(c -> {
            assertThat(c.soort()).isEqualTo(Meldingsoort.VERZUIM_16_UUR);
            assertThat(c.signalen()).containsExactly(ZESTIEN_WO);
            assertThat(c.verzendbaarVanaf()).isNull(); // another kind: not bundled with the luxe melding
        });
    }

    @Test
    void luxeDagBuitenHetZestienurensignaalIsEenEigenMelding() {
        var vrijdag = signaal(Signaalsoort.LUXE_VERZUIM, MA.minusDays(3), MA.minusDays(3), null);
        var r = afstemming.afstemmen(List.of(vrijdag, ZESTIEN_WO), Map.of());
        assertThat(r.nieuw()).extracting(Concept::soort)
                .containsExactlyInAnyOrder(Meldingsoort.LUXE_VERZUIM, Meldingsoort.VERZUIM_16_UUR);
    }

    @Test
    void zestienurensignaalVerdwijntDanWordtDeLuxedagWeerEenLuxemelding() {
        var opgeslagen = Opslag.als(afstemming.afstemmen(List.of(LUXE_MA, ZESTIEN_WO), Map.of()).nieuw().getFirst(), 1, null);
        var r = afstemming.afstemmen(List.of(LUXE_MA), opgeslagen);
        assertThat(r.vervallen()).containsExactly(1L);
        assertThat(r.nieuw()).singleElement().extracting(Concept::soort).isEqualTo(Meldingsoort.LUXE_VERZUIM);
    }

    /** An in-memory melding store for the day-by-day runs: what Conceptopslag and Meldingregister do, in a map. */
    static final class Opslag {
        private final Map<Long, Verzuimmelding> meldingen = new LinkedHashMap<>();
        private final Map<Long, Set<Signaalsleutel>> links = new LinkedHashMap<>();
        private long volgende = 1;

        static Map<Verzuimmelding, Set<Signaalsleutel>> als(Concept c, long id, LocalDate verzonden) {
            return Map.of(melding(c, id, verzonden == null ? Meldingstatus.CONCEPT : Meldingstatus.VERZONDEN, verzonden),
                    c.signalen().stream().map(Signaalsleutel::van).collect(Collectors.toSet()));
        }

        static Verzuimmelding melding(Concept c, long id, Meldingstatus status, LocalDate verzonden) {
            return new Verzuimmelding(id, c.soort(), c.leerling(), c.school(), c.meldenAan(), c.begindatum(),
                    c.einddatum(), c.minuten(), c.bundelstart(), c.bron(), null, verzonden == null ? null : "gesprek",
                    status, c.deadline(), c.bundelstart(), verzonden, null, null, null, null, null, null, null,
                    c.verzendbaarVanaf());
        }

        Map<Verzuimmelding, Set<Signaalsleutel>> bestaand() {
            Map<Verzuimmelding, Set<Signaalsleutel>> b = new LinkedHashMap<>();
            meldingen.forEach((id, m) -> {
                if (m.status() != Meldingstatus.VERVALLEN) b.put(m, new HashSet<>(links.get(id)));
            });
            return b;
        }

        void verwerk(Afstemming.Resultaat r) {
            for (Concept c : r.nieuw()) bewaar(c, volgende++);
            for (Concept c : r.gewijzigd()) bewaar(c, c.id());
            for (long id : r.vervallen()) {
                var m = meldingen.get(id);
                meldingen.put(id, new Verzuimmelding(id, m.soort(), m.leerling(), m.school(), m.meldenAan(),
                        m.begindatum(), m.einddatum(), m.minuten(), m.bundelstart(), m.bron(), null, null,
                        Meldingstatus.VERVALLEN, m.deadline(), m.aangemaaktOp(), null, null, null, null, null, null, null,
                        null, m.verzendbaarVanaf()));
                links.put(id, Set.of());
            }
        }

        private void bewaar(Concept c, long id) {
            meldingen.put(id, melding(c, id, Meldingstatus.CONCEPT, null));
            links.put(id, c.signalen().stream().map(Signaalsleutel::van).collect(Collectors.toSet()));
        }

        /** The school sends each draft on the first day Meldingen allows it (its own date, 7 days after the last). */
        void verzendWatMag(LocalDate vandaag) {
            for (var e : new ArrayList<>(meldingen.entrySet())) {
                var m = e.getValue();
                if (m.status() != Meldingstatus.CONCEPT) continue;
                LocalDate laatst = meldingen.values().stream().filter(x -> x.soort() == m.soort() && x.verzondenOp() != null)
                        .map(Verzuimmelding::verzondenOp).max(LocalDate::compareTo).orElse(null);
                LocalDate vanaf = m.verzendbaarVanaf();
                if (laatst != null && (vanaf == null || laatst.plusDays(7).isAfter(vanaf))) vanaf = laatst.plusDays(7);
                if (Meldingrechten.verzenden(AfstemmingTest.schoolGebruiker(), m, "gesprek", vandaag, vanaf).isPresent()) continue;
                meldingen.put(e.getKey(), new Verzuimmelding(m.id(), m.soort(), m.leerling(), m.school(), m.meldenAan(),
                        m.begindatum(), m.einddatum(), m.minuten(), m.bundelstart(), m.bron(), null, "gesprek",
                        Meldingstatus.VERZONDEN, m.deadline(), m.aangemaaktOp(), vandaag, "school", null, null, null,
                        null, null, null, m.verzendbaarVanaf()));
            }
        }

        List<LocalDate> verzondenOp() {
            return meldingen.values().stream().map(Verzuimmelding::verzondenOp).filter(d -> d != null).sorted().toList();
        }

        /** The einddatum of every linked signal, each as often as it is linked. */
        List<String> gekoppeld() {
            return links.values().stream().flatMap(Set::stream).map(k -> k.einddatum().toString()).toList();
        }
    }
}
