package nl.inbeeld.melding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.toegang.Gebruiker;
import nl.inbeeld.toegang.Gebruikers;
import nl.inbeeld.verzuim.Signaaldetectie;
import nl.inbeeld.verzuim.Signaalsoort;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Meldingen against the real database: drafts from the signals detection stores (B1, B6), idempotent
 * reconciliation, VERVALLEN after a correction, every transition allowed and refused, overdue counts, overig
 * verzuim and the audit log. The clock stands on Monday 2025-10-13.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "inbeeld.klok.vandaag=2025-10-13")
@ActiveProfiles({"test", "demo"})
class MeldingenTest {

    static final LeerlingId B1 = new LeerlingId("L-B1");
    static final LeerlingId B6 = new LeerlingId("L-B6");
    static final LeerlingId NIJMEEGS = new LeerlingId("L-NIJ");
    static final SchoolId KLIMBOOM = new SchoolId("21AB00");

    @Autowired JdbcClient jdbc;
    @Autowired Signaaldetectie detectie;
    @Autowired Meldingen meldingen;
    @Autowired Gebruikers gebruikers;

    Gebruiker klimboom, stedelijk, arnhem, nijmegen, teamleider, beheer, systeem;

    @BeforeEach
    void administratie() {
        Testregio.vul(jdbc);
        detectie.herbereken(Set.of(B1, B6, NIJMEEGS));
        klimboom = gebruikers.gebruiker("klimboom");
        stedelijk = gebruikers.gebruiker("stedelijk");
        arnhem = gebruikers.gebruiker("lpa.arnhem");
        nijmegen = gebruikers.gebruiker("lpa.nijmegen");
        teamleider = gebruikers.gebruiker("teamleider.arnhem");
        beheer = gebruikers.gebruiker("beheer");
        systeem = Gebruiker.systeem("test");
    }

    List<Verzuimmelding> van(LeerlingId l) {
        return meldingen.zoek(systeem, Meldingfilter.alles()).stream().filter(m -> m.leerling().equals(l))
                .sorted(java.util.Comparator.comparing(Verzuimmelding::bundelstart)).toList();
    }

    Verzuimmelding b1() {
        return van(B1).getFirst();
    }

    @Test
    void b1VerplichtSignaalWordtConceptMetDeadline() {
        assertThat(van(B1)).singleElement().satisfies(m -> {
            assertThat(m.soort()).isEqualTo(Meldingsoort.VERZUIM_16_UUR);
            assertThat(m.status()).isEqualTo(Meldingstatus.CONCEPT);
            assertThat(m.begindatum()).isEqualTo(LocalDate.of(2025, 9, 8));
            assertThat(m.einddatum()).isEqualTo(LocalDate.of(2025, 10, 2));
            assertThat(m.minuten()).isEqualTo(960);
            assertThat(m.deadline()).isEqualTo(LocalDate.of(2025, 10, 9));
            assertThat(m.meldenAan().waarde()).isEqualTo("GM0202");
            assertThat(m.teLaat(LocalDate.of(2025, 10, 13))).isTrue();
        });
    }

    @Test
    void b6ContinuVerzuimGebundeldPerZevenDagen() {
        var zestien = van(B6).stream().filter(m -> m.soort() == Meldingsoort.VERZUIM_16_UUR).toList();
        assertThat(jdbc.sql("select einddatum::text from signaal where leerling_id = 'L-B6' and soort = 'VERZUIM_16_UUR'"
                + " order by einddatum").query(String.class).list())
                .startsWith("2025-09-03", "2025-09-08", "2025-09-11", "2025-09-16");
        assertThat(zestien).extracting(m -> m.bundelstart() + ".." + m.einddatum())
                .startsWith("2025-09-03..2025-09-08", "2025-09-11..2025-09-16");
        for (int i = 1; i < zestien.size(); i++) {
            assertThat(zestien.get(i).bundelstart()).isAfterOrEqualTo(zestien.get(i - 1).bundelstart().plusDays(7));
        }
        assertThat(van(B6)).anyMatch(m -> m.soort() == Meldingsoort.LANGDURIG_RELATIEF);
    }

    @Test
    void herberekenenIsIdempotent() {
        long voor = jdbc.sql("select count(*) from melding").query(Long.class).single();
        detectie.herbereken(Set.of(B1, B6, NIJMEEGS));
        detectie.herbereken(Set.of(B1, B6, NIJMEEGS));
        assertThat(jdbc.sql("select count(*) from melding").query(Long.class).single()).isEqualTo(voor);
        assertThat(van(B1)).extracting(Verzuimmelding::status).containsExactly(Meldingstatus.CONCEPT);
    }

    @Test
    void correctieDieHetSignaalWegneemtLaatHetConceptVervallen() {
        long id = b1().id();
        jdbc.sql("update absentie set code = 'ZIEK' where leerling_id = 'L-B1' and datum = '2025-10-02'").update();
        detectie.herbereken(Set.of(B1));
        assertThat(meldingen.vind(systeem, id)).get().satisfies(m -> {
            assertThat(m.status()).isEqualTo(Meldingstatus.VERVALLEN);
            assertThat(m.vervallenOp()).isEqualTo(LocalDate.of(2025, 10, 13));
            assertThat(m.teLaat(LocalDate.of(2025, 10, 13))).isFalse();
        });
        jdbc.sql("update absentie set code = 'ONGEOORLOOFD' where leerling_id = 'L-B1' and datum = '2025-10-02'").update();
        detectie.herbereken(Set.of(B1));
        assertThat(van(B1)).extracting(Verzuimmelding::status)
                .containsExactlyInAnyOrder(Meldingstatus.VERVALLEN, Meldingstatus.CONCEPT);
    }

    @Test
    void vervolgsignaalInHetBundelvensterWerktHetConceptBij() {
        long id = b1().id();
        jdbc.sql("""
                insert into absentie (leerling_id, school_id, datum, code, minuten, vastgelegd_door, vastgelegd_op)
                select 'L-B1', '21AB00', d::date, 'ONGEOORLOOFD', 240, 'test', now()
                from unnest(array['2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08']) d""").update();
        detectie.herbereken(Set.of(B1));
        assertThat(van(B1)).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(id);
            assertThat(m.status()).isEqualTo(Meldingstatus.CONCEPT);
            assertThat(m.einddatum()).isEqualTo(LocalDate.of(2025, 10, 8));
            assertThat(m.minuten()).isEqualTo(1920);
        });
        assertThat(jdbc.sql("select einddatum::text from melding_signaal where melding_id = ? order by einddatum")
                .param(id).query(String.class).list()).containsExactly("2025-10-02", "2025-10-08");
    }

    @Test
    void nieuweConceptenVanTweeLeerlingenInEenHerberekeningKrijgenElkHunSignaal() {
        jdbc.sql("""
                insert into absentie (leerling_id, school_id, datum, code, minuten, vastgelegd_door, vastgelegd_op) values
                  ('L-B1', '21AB00', '2025-10-09', 'LUXE', 360, 'test', now()),
                  ('L-NIJ', '21AH00', '2025-10-10', 'LUXE', 360, 'test', now())""").update();
        detectie.herbereken(Set.of(B1, NIJMEEGS));
        assertThat(jdbc.sql("""
                select m.leerling_id || ' ' || m.einddatum || ' <- ' || s.leerling_id || ' ' || s.soort || ' ' || s.einddatum
                from melding m join melding_signaal s on s.melding_id = m.id where m.soort = 'LUXE_VERZUIM'
                order by m.leerling_id""").query(String.class).list())
                .containsExactly("L-B1 2025-10-09 <- L-B1 LUXE_VERZUIM 2025-10-09",
                        "L-NIJ 2025-10-10 <- L-NIJ LUXE_VERZUIM 2025-10-10");
    }

    @Test
    void ookDuizendNieuweConceptenInEenHerberekeningKrijgenElkHunSignaal() {
        // spec v1.1 §7 bundles a pupil's luxe days within 7 days (and inside 16 hours) into one melding, so the
        // thousand drafts come from 1,100 pupils with one luxe day each
        jdbc.sql("""
                insert into leerling select 'L-LUXE-' || i, '2014-05-01', 'GM0202', null from generate_series(1, 1100) i;
                insert into inschrijving select 'L-LUXE-' || i, '21AB00', '2025-08-25', null from generate_series(1, 1100) i;
                insert into absentie (leerling_id, school_id, datum, code, minuten, vastgelegd_door, vastgelegd_op)
                  select 'L-LUXE-' || i, '21AB00', '2025-09-10', 'LUXE', 360, 'test', now()
                  from generate_series(1, 1100) i""").update();
        var luxe = java.util.stream.IntStream.rangeClosed(1, 1100).mapToObj(i -> new LeerlingId("L-LUXE-" + i)).toList();
        detectie.herbereken(luxe);
        long signalen = jdbc.sql("select count(*) from signaal where leerling_id like 'L-LUXE-%' and soort = 'LUXE_VERZUIM'")
                .query(Long.class).single();
        assertThat(signalen).isGreaterThan(1_000); // more parameters than one round trip takes (Rondgang splits the draft writes)
        assertThat(jdbc.sql("""
                select count(*) filter (where s.leerling_id = m.leerling_id and s.soort = 'LUXE_VERZUIM'
                  and s.einddatum = m.einddatum) || ' ' || count(*) || ' ' || count(distinct m.id)
                from melding m join melding_signaal s on s.melding_id = m.id
                where m.leerling_id like 'L-LUXE-%' and m.soort = 'LUXE_VERZUIM'""").query(String.class).single())
                .isEqualTo(signalen + " " + signalen + " " + signalen);
    }

    @Test
    void kleinEnGrootPadMakenDezelfdeConcepten(@Autowired Conceptvorming conceptvorming) {
        String inhoud = """
                select string_agg(concat_ws(' ', m.soort, m.leerling_id, m.school_id, m.melden_aan, m.begindatum,
                  m.einddatum, m.minuten, m.bundelstart, m.bron, m.status, m.deadline, m.aangemaakt_op,
                  (select string_agg(s.soort || ' ' || s.einddatum, ',' order by s.einddatum, s.soort)
                   from melding_signaal s where s.melding_id = m.id)), '; ' order by m.leerling_id, m.soort, m.bundelstart)
                from melding m""";
        String klein = jdbc.sql(inhoud).query(String.class).single();
        jdbc.sql("truncate melding, melding_signaal").update();

        List<LeerlingId> veel = new java.util.ArrayList<>(List.of(B1, B6, NIJMEEGS));
        java.util.stream.IntStream.range(0, 10_000).mapToObj(i -> new LeerlingId("X-" + i)).forEach(veel::add);
        conceptvorming.afstemmen(veel);

        assertThat(jdbc.sql(inhoud).query(String.class).single()).isEqualTo(klein);
    }

    @Test
    void verzondenMeldingBlijftNaCorrectieEnVervolgKrijgtNieuwConcept() {
        var eerste = van(B6).getFirst();
        assertThat(meldingen.verzend(klimboom, eerste.id(), "Gebeld met ouders")).isInstanceOf(Meldingbesluit.Gelukt.class);
        jdbc.sql("delete from absentie where leerling_id = 'L-B6'").update();
        detectie.herbereken(Set.of(B6));
        assertThat(meldingen.vind(systeem, eerste.id()).orElseThrow().status()).isEqualTo(Meldingstatus.VERZONDEN);
        assertThat(van(B6)).filteredOn(m -> m.status() != Meldingstatus.VERVALLEN).hasSize(1);
    }

    @Test
    void tweedeMeldingVanDezelfdeSoortPasZevenDagenNaVerzenden() {
        // spec v1.1 §7: never a second melding of the same kind inside 7 days, also after the first was sent
        var zestien = van(B6).stream().filter(m -> m.soort() == Meldingsoort.VERZUIM_16_UUR).toList();
        assertThat(meldingen.verzend(klimboom, zestien.get(0).id(), "Gebeld met ouders")).isInstanceOf(Meldingbesluit.Gelukt.class);
        var tweede = meldingen.verzend(klimboom, zestien.get(1).id(), "Gebeld met ouders");
        weigering(tweede, Meldingbesluit.Weigering.ONGELDIGE_STATUS);
        assertThat(((Meldingbesluit.Geweigerd) tweede).reden()).contains("vervolgmelding", "20-10-2025");
        // another kind is not held back by it
        var lrv = van(B6).stream().filter(m -> m.soort() == Meldingsoort.LANGDURIG_RELATIEF).findFirst().orElseThrow();
        assertThat(meldingen.verzend(klimboom, lrv.id(), "Gebeld met ouders")).isInstanceOf(Meldingbesluit.Gelukt.class);
    }

    @Test
    void heleStroomMetTerugkoppeling() {
        long id = b1().id();
        var verzonden = meldingen.verzend(klimboom, id, "Twee gesprekken met ouders, brief 1 verstuurd");
        assertThat(verzonden).isInstanceOfSatisfying(Meldingbesluit.Gelukt.class, g -> {
            assertThat(g.melding().status()).isEqualTo(Meldingstatus.VERZONDEN);
            assertThat(g.melding().verzondenOp()).isEqualTo(LocalDate.of(2025, 10, 13));
            assertThat(g.melding().teLaat(LocalDate.of(2025, 10, 13))).isTrue();
        });
        assertThat(meldingen.neemInBehandeling(arnhem, id)).isInstanceOf(Meldingbesluit.Gelukt.class);
        var af = meldingen.sluitAf(arnhem, id, Uitkomst.WAARSCHUWING, "Leerling en ouders gewaarschuwd.");
        assertThat(af).isInstanceOfSatisfying(Meldingbesluit.Gelukt.class, g -> {
            assertThat(g.melding().status()).isEqualTo(Meldingstatus.AFGESLOTEN);
            assertThat(g.melding().behandelaar()).isEqualTo("lpa.arnhem");
        });
        assertThat(meldingen.vind(klimboom, id).orElseThrow().terugkoppeling()).isEqualTo("Leerling en ouders gewaarschuwd.");
    }

    @Test
    void overgangenWordenGeweigerdMetReden() {
        long id = b1().id();
        weigering(meldingen.verzend(arnhem, id, "x"), Meldingbesluit.Weigering.NIET_GEVONDEN); // concept: not yet theirs
        weigering(meldingen.verzend(stedelijk, id, "x"), Meldingbesluit.Weigering.NIET_GEVONDEN);
        // a beheerder sees no melding without an inzage met reden
        weigering(meldingen.verzend(beheer, id, "x"), Meldingbesluit.Weigering.NIET_GEVONDEN);
        weigering(meldingen.verzend(klimboom, id, "  "), Meldingbesluit.Weigering.ONGELDIGE_INVOER);
        weigering(meldingen.neemInBehandeling(klimboom, id), Meldingbesluit.Weigering.NIET_BEVOEGD);
        weigering(meldingen.sluitAf(klimboom, id, Uitkomst.HALT, "x"), Meldingbesluit.Weigering.NIET_BEVOEGD);
        meldingen.verzend(klimboom, id, "Gesprek");
        weigering(meldingen.verzend(klimboom, id, "Nog eens"), Meldingbesluit.Weigering.ONGELDIGE_STATUS);
        weigering(meldingen.neemInBehandeling(nijmegen, id), Meldingbesluit.Weigering.NIET_GEVONDEN);
        weigering(meldingen.neemInBehandeling(teamleider, id), Meldingbesluit.Weigering.NIET_BEVOEGD);
        weigering(meldingen.sluitAf(arnhem, id, Uitkomst.HALT, "x"), Meldingbesluit.Weigering.ONGELDIGE_STATUS);
        meldingen.neemInBehandeling(arnhem, id);
        weigering(meldingen.neemInBehandeling(arnhem, id), Meldingbesluit.Weigering.ONGELDIGE_STATUS);
        weigering(meldingen.sluitAf(arnhem, id, null, "x"), Meldingbesluit.Weigering.ONGELDIGE_INVOER);
        weigering(meldingen.sluitAf(arnhem, id, Uitkomst.HALT, ""), Meldingbesluit.Weigering.ONGELDIGE_INVOER);
        meldingen.sluitAf(arnhem, id, Uitkomst.HALT, "Verwezen naar Halt");
        weigering(meldingen.sluitAf(arnhem, id, Uitkomst.HALT, "x"), Meldingbesluit.Weigering.ONGELDIGE_STATUS);
        weigering(meldingen.verzend(klimboom, 999_999, "x"), Meldingbesluit.Weigering.NIET_GEVONDEN);
        assertThat(meldingen.vind(klimboom, id).orElseThrow().uitkomst()).isEqualTo(Uitkomst.HALT);
    }

    @Test
    void vervallenConceptKanNietWordenVerzonden() {
        long id = b1().id();
        jdbc.sql("delete from absentie where leerling_id = 'L-B1'").update();
        detectie.herbereken(Set.of(B1));
        weigering(meldingen.verzend(klimboom, id, "x"), Meldingbesluit.Weigering.ONGELDIGE_STATUS);
    }

    @Test
    void isolatieInDeService() {
        assertThat(meldingen.zoek(stedelijk, Meldingfilter.alles())).allMatch(m -> !m.school().equals(KLIMBOOM))
                .extracting(Verzuimmelding::leerling).contains(NIJMEEGS);
        assertThat(meldingen.zoek(klimboom, Meldingfilter.alles())).extracting(Verzuimmelding::leerling)
                .contains(B1, B6).doesNotContain(NIJMEEGS);
        assertThat(meldingen.zoek(arnhem, Meldingfilter.alles())).isEmpty(); // nothing sent yet
        long id = b1().id();
        meldingen.verzend(klimboom, id, "Gesprek");
        assertThat(meldingen.zoek(arnhem, Meldingfilter.alles())).extracting(Verzuimmelding::id).containsExactly(id);
        assertThat(meldingen.zoek(teamleider, Meldingfilter.alles())).extracting(Verzuimmelding::id).containsExactly(id);
        assertThat(meldingen.zoek(nijmegen, Meldingfilter.alles())).isEmpty();
        assertThat(meldingen.vind(nijmegen, id)).isEmpty();
        assertThat(meldingen.vind(stedelijk, id)).isEmpty();
    }

    @Test
    void filters() {
        assertThat(meldingen.zoek(klimboom, new Meldingfilter(Set.of(), null, "b1", false)))
                .extracting(Verzuimmelding::leerling).containsOnly(B1);
        assertThat(meldingen.zoek(klimboom, new Meldingfilter(Set.of(), null, "%", false))).isEmpty();
        assertThat(meldingen.zoek(stedelijk, new Meldingfilter(Set.of(), KLIMBOOM, null, false))).isEmpty();
        meldingen.verzend(klimboom, b1().id(), "Gesprek");
        assertThat(meldingen.zoek(klimboom, Meldingfilter.status(Meldingstatus.VERZONDEN)))
                .extracting(Verzuimmelding::leerling).containsExactly(B1);
        assertThat(meldingen.zoek(klimboom, new Meldingfilter(Set.of(), null, null, true)))
                .allMatch(m -> m.teLaat(LocalDate.of(2025, 10, 13))).isNotEmpty();
    }

    @Test
    void teLaatPerSchool() {
        var klimboomTeLaat = jdbc.sql("select count(*) from melding where school_id = '21AB00' and status = 'CONCEPT'"
                + " and deadline < '2025-10-13'").query(Long.class).single();
        assertThat(meldingen.teLaatPerSchool(klimboom)).containsOnlyKeys(KLIMBOOM).containsEntry(KLIMBOOM, klimboomTeLaat);
        assertThat(meldingen.teLaatPerSchool(beheer)).containsKeys(KLIMBOOM, new SchoolId("21AH00"));
        // leerplicht sees the count of its residents' overdue drafts, not the drafts themselves
        assertThat(meldingen.teLaatPerSchool(arnhem)).containsEntry(KLIMBOOM, klimboomTeLaat);
        assertThat(meldingen.teLaatPerSchool(nijmegen)).containsOnlyKeys(new SchoolId("21AH00"));
        meldingen.verzend(klimboom, b1().id(), "Gesprek"); // sent after the deadline: still counted as late
        assertThat(meldingen.teLaatPerSchool(klimboom)).containsEntry(KLIMBOOM, klimboomTeLaat);
    }

    @Test
    void overigVerzuimDoorDeHandEnUitSignaal() {
        var hand = meldingen.maakOverig(klimboom, B1, KLIMBOOM, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 10),
                "Komt vaak te laat en ziek gemeld op maandagen");
        assertThat(hand).isInstanceOfSatisfying(Meldingbesluit.Gelukt.class, g -> {
            assertThat(g.melding().soort()).isEqualTo(Meldingsoort.OVERIG);
            assertThat(g.melding().deadline()).isNull();
            assertThat(g.melding().meldenAan().waarde()).isEqualTo("GM0202");
            assertThat(g.melding().status()).isEqualTo(Meldingstatus.CONCEPT);
        });
        var teLaat = meldingen.maakOverigUitSignaal(klimboom, B1, KLIMBOOM, Signaalsoort.TE_LAAT_HERHAALD,
                LocalDate.of(2025, 9, 5), null);
        assertThat(teLaat).isInstanceOfSatisfying(Meldingbesluit.Gelukt.class, g -> {
            assertThat(g.melding().bron()).isEqualTo(Signaalsoort.TE_LAAT_HERHAALD);
            assertThat(g.melding().meldenAan().waarde()).isEqualTo("GM0202");
        });
        weigering(meldingen.maakOverigUitSignaal(klimboom, B1, KLIMBOOM, Signaalsoort.TE_LAAT_HERHAALD,
                LocalDate.of(2025, 9, 6), null), Meldingbesluit.Weigering.NIET_GEVONDEN);
        weigering(meldingen.maakOverig(arnhem, B1, KLIMBOOM, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2), "x"),
                Meldingbesluit.Weigering.NIET_BEVOEGD);
        weigering(meldingen.maakOverig(stedelijk, B1, KLIMBOOM, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2), "x"),
                Meldingbesluit.Weigering.NIET_BEVOEGD);
        weigering(meldingen.maakOverig(stedelijk, B1, new SchoolId("21AH00"), LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 2), "x"), Meldingbesluit.Weigering.NIET_GEVONDEN);
        weigering(meldingen.maakOverig(klimboom, B1, KLIMBOOM, LocalDate.of(2025, 9, 2), LocalDate.of(2025, 9, 1), "x"),
                Meldingbesluit.Weigering.ONGELDIGE_INVOER);
        weigering(meldingen.maakOverig(klimboom, B1, KLIMBOOM, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 14), "x"),
                Meldingbesluit.Weigering.ONGELDIGE_INVOER);
        weigering(meldingen.maakOverig(klimboom, B1, KLIMBOOM, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2), " "),
                Meldingbesluit.Weigering.ONGELDIGE_INVOER);
        assertThat(meldingen.teLaatPerSchool(klimboom).get(KLIMBOOM))
                .isEqualTo(meldingen.zoek(klimboom, new Meldingfilter(Set.of(), null, null, true)).size());
        detectie.herbereken(Set.of(B1));
        assertThat(van(B1)).filteredOn(m -> m.soort() == Meldingsoort.OVERIG).hasSize(2);
    }

    @Test
    void auditlogBijLezenEnWijzigen() {
        long id = b1().id();
        meldingen.vind(klimboom, id);
        meldingen.verzend(klimboom, id, "Gesprek");
        meldingen.neemInBehandeling(nijmegen, id);
        // the outcome is a column of its own now (V8); a refusal reads as before, "GEWEIGERD" before the handeling
        var regels = jdbc.sql("select gebruiker || case uitkomst when 'GEWEIGERD' then ' GEWEIGERD ' else ' ' end"
                + " || handeling || ' ' || coalesce(leerling_id, '-') from audit order by id").query(String.class).list();
        assertThat(regels).contains("klimboom LEZEN melding " + id + " L-B1", "klimboom VERZENDEN melding " + id + " L-B1",
                "lpa.nijmegen GEWEIGERD IN BEHANDELING NEMEN melding " + id + ": NIET_GEVONDEN -");
        assertThat(regels).anyMatch(r -> r.startsWith("test LEZEN meldingenlijst"));
        assertThat(regels).anyMatch(r -> r.startsWith("signaaldetectie WIJZIGEN meldingconcepten"));
    }

    static void weigering(Meldingbesluit besluit, Meldingbesluit.Weigering grond) {
        assertThat(besluit).isInstanceOfSatisfying(Meldingbesluit.Geweigerd.class, g -> {
            assertThat(g.grond()).isEqualTo(grond);
            assertThat(g.reden()).isNotBlank();
        });
    }
}
