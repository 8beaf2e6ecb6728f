package nl.inbeeld.verzuim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.inbeeld.leerling.LeerlingId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Recomputation of a few pupils against the database writes only the difference: stored rows that are found again
 * stay as they are (same ctid and xmin), and {@link SignalenBijgewerkt} names only pupils whose mandatory signals
 * changed. The bulk path (10,000 pupils or more) stores the same signals.
 */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class HerberekenenTest {

    static final LeerlingId L1 = new LeerlingId("L-0001"), L2 = new LeerlingId("L-0002");

    @Autowired JdbcClient jdbc;
    @Autowired Signaaldetectie detectie;
    @Autowired ApplicationEvents events;

    @BeforeEach
    void administratie() {
        jdbc.sql("truncate school, kalender, leerling, inschrijving, absentie, bevolking, signaal, wijziging cascade").update();
        jdbc.sql("""
                insert into school values ('12AB00', 'De Regenboog', 'PO', 'GM0344', 'MIDDEN', 300);
                insert into kalender values ('12AB00', '2025-10-18', '2025-10-26', 'VAKANTIE', 'herfstvakantie');
                insert into leerling values ('L-0001', '2015-03-01', 'GM0344', null), ('L-0002', '2015-04-01', 'GM0344', null);
                insert into inschrijving values ('L-0001', '12AB00', '2025-08-25', null), ('L-0002', '12AB00', '2025-08-25', null);
                insert into absentie (leerling_id, school_id, datum, code, minuten, vastgelegd_door, vastgelegd_op) values
                  ('L-0001', '12AB00', '2025-09-08', 'ONGEOORLOOFD', 240, 'test', now()),
                  ('L-0001', '12AB00', '2025-09-17', 'ONGEOORLOOFD', 240, 'test', now()),
                  ('L-0001', '12AB00', '2025-09-23', 'ONGEOORLOOFD', 240, 'test', now()),
                  ('L-0001', '12AB00', '2025-10-02', 'ONGEOORLOOFD', 240, 'test', now()),
                  ('L-0001', '12AB00', '2025-09-02', 'TE_LAAT', 5, 'test', now()),
                  ('L-0001', '12AB00', '2025-09-04', 'TE_LAAT', 5, 'test', now()),
                  ('L-0001', '12AB00', '2025-09-05', 'TE_LAAT', 5, 'test', now()),
                  ('L-0002', '12AB00', '2025-09-10', 'LUXE', 300, 'test', now())
                """).update();
        detectie.herbereken(Set.of(L1, L2));
        events.clear();
    }

    /** Per stored row its content and its physical version (ctid and xmin change when a row is rewritten). */
    Map<String, String> rijen() {
        return jdbc.sql("select leerling_id || ' ' || soort || ' ' || einddatum || ' ' || coalesce(minuten::text, '-')"
                        + " || ' ' || coalesce(aantal::text, '-'), ctid::text || '/' || xmin::text from signaal")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Set<LeerlingId> gemeld() {
        return events.stream(SignalenBijgewerkt.class).flatMap(e -> e.leerlingen().stream()).collect(Collectors.toSet());
    }

    @Test
    void ongewijzigdeHerberekeningSchrijftNietsEnMeldtNiets() {
        var voor = rijen();
        assertThat(voor).containsOnlyKeys("L-0001 VERZUIM_16_UUR 2025-10-02 960 -", "L-0001 TE_LAAT_HERHAALD 2025-09-05 - 3",
                "L-0002 LUXE_VERZUIM 2025-09-10 - -");

        assertThat(detectie.herbereken(Set.of(L1, L2))).isEqualTo(3);

        assertThat(rijen()).isEqualTo(voor);
        assertThat(events.stream(SignalenBijgewerkt.class)).isEmpty();
    }

    @Test
    void gewijzigdSignaalVervangtAlleenDieRij() {
        var voor = rijen();
        jdbc.sql("update absentie set minuten = 300 where leerling_id = 'L-0001' and datum = '2025-10-02'").update();

        detectie.herbereken(Set.of(L1, L2));

        var na = rijen();
        assertThat(na).containsOnlyKeys("L-0001 VERZUIM_16_UUR 2025-10-02 1020 -", "L-0001 TE_LAAT_HERHAALD 2025-09-05 - 3",
                "L-0002 LUXE_VERZUIM 2025-09-10 - -");
        assertThat(na).containsEntry("L-0001 TE_LAAT_HERHAALD 2025-09-05 - 3", voor.get("L-0001 TE_LAAT_HERHAALD 2025-09-05 - 3"))
                .containsEntry("L-0002 LUXE_VERZUIM 2025-09-10 - -", voor.get("L-0002 LUXE_VERZUIM 2025-09-10 - -"));
        assertThat(gemeld()).containsExactly(L1);
    }

    @Test
    void gebeurtenisDraagtDeVerplichteSignalenZoalsOpgeslagen(@Autowired Signalen signalen) {
        jdbc.sql("update absentie set minuten = 300 where leerling_id = 'L-0001' and datum = '2025-10-02'").update();
        detectie.herbereken(Set.of(L1, L2));
        jdbc.sql("delete from absentie where leerling_id = 'L-0002'").update();
        detectie.herbereken(Set.of(L1, L2));

        var gebeurtenissen = events.stream(SignalenBijgewerkt.class).toList();
        assertThat(gebeurtenissen).hasSize(2);
        assertThat(gebeurtenissen.get(0).verplichteSignalen()).hasValueSatisfying(v -> assertThat(v.get(L1))
                .singleElement().satisfies(s -> assertThat(s.minuten()).isEqualTo(1020)));
        // L-0002's luxe signal is gone: the event names the pupil with no mandatory signal left
        assertThat(gebeurtenissen.get(1).verplichteSignalen()).contains(Map.of(L2, List.of()));
        assertThat(gebeurtenissen.get(0).verplicht().get(L1)).isEqualTo(signalen.verplichtVanLeerlingen(Set.of(L1)));
    }

    @Test
    void verdwenenVerplichtSignaalWordtVerwijderdEnGemeld() {
        var voor = rijen();
        jdbc.sql("delete from absentie where leerling_id = 'L-0001' and datum = '2025-10-02'").update();

        detectie.herbereken(Set.of(L1));

        assertThat(rijen()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "L-0001 TE_LAAT_HERHAALD 2025-09-05 - 3", voor.get("L-0001 TE_LAAT_HERHAALD 2025-09-05 - 3"),
                "L-0002 LUXE_VERZUIM 2025-09-10 - -", voor.get("L-0002 LUXE_VERZUIM 2025-09-10 - -")));
        assertThat(gemeld()).containsExactly(L1);
    }

    @Test
    void nieuwNietVerplichtSignaalWordtOpgeslagenZonderGebeurtenis() {
        var voor = rijen();
        jdbc.sql("""
                insert into absentie (leerling_id, school_id, datum, code, minuten, gemeld_op, vastgelegd_door, vastgelegd_op)
                values ('L-0002', '12AB00', '2025-09-15', 'ZIEK', 300, '2025-09-22', 'test', now())""").update();

        detectie.herbereken(Set.of(L1, L2));

        var na = rijen();
        assertThat(na).hasSize(4).hasKeySatisfying(new org.assertj.core.api.Condition<>(
                rij -> rij.startsWith("L-0002 ZIEKMELDING_TE_LAAT "), "a late sickness report"));
        voor.forEach((rij, versie) -> assertThat(na).containsEntry(rij, versie));
        assertThat(events.stream(SignalenBijgewerkt.class)).isEmpty();
    }

    @Test
    void kleinEnGrootPadSlaanDezelfdeSignalenOp() {
        String inhoud = "select string_agg(concat_ws(' ', leerling_id, school_id, soort, begindatum, einddatum, minuten,"
                + " aantal, melden_aan, woongemeente, verplicht), '; ' order by leerling_id, soort, einddatum) from signaal";
        String klein = jdbc.sql(inhoud).query(String.class).single();
        jdbc.sql("truncate signaal").update();

        List<LeerlingId> veel = new ArrayList<>(List.of(L1, L2));
        IntStream.range(0, 10_000).mapToObj(i -> new LeerlingId("X-" + i)).forEach(veel::add);
        detectie.herbereken(veel);

        assertThat(jdbc.sql(inhoud).query(String.class).single()).isEqualTo(klein);
        assertThat(gemeld()).hasSize(veel.size());
        // the bulk path names the pupils only: the drafts read their signals in batches
        assertThat(events.stream(SignalenBijgewerkt.class)).allSatisfy(e -> assertThat(e.verplichteSignalen()).isEmpty());
    }
}
