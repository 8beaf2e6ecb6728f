package nl.inbeeld.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.toegang.Bereik;
import nl.inbeeld.verzuim.Drempelvoortgang;
import nl.inbeeld.verzuim.Signaal;
import nl.inbeeld.verzuim.Signaalsoort;
import nl.inbeeld.verzuim.Signalen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole chain on the demo region: generated in uitwisselformaat v1, read in through the real import, signals
 * detected and stored. Every scenario pupil has exactly the signals its scenario was built for (computed
 * independently by the generator's author), and every signal type of spec §4 occurs.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoregioKetenTest {

    @Autowired
    DemoLader lader;

    @Autowired
    Signalen signalen;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Drempelvoortgang voortgang;

    @BeforeAll
    void laad() throws Exception {
        jdbc.sql("truncate school, kalender, leerling, inschrijving, absentie, bevolking, vrijstelling, signaal, wijziging, inlezing cascade").update();
        assertThat(lader.laad().volledig()).isTrue();
    }

    @Test
    void elkeScenarioleerlingKrijgtZijnSignalen() {
        for (Scenario s : Demoregio.scenarios()) {
            var gevonden = signalen.van(new LeerlingId(s.leerlingId())).stream()
                    .filter(x -> !x.einddatum().isAfter(Demoregio.VANDAAG)).toList();
            for (Verwachtsignaal v : s.signalen()) {
                assertThat(gevonden).as(s.leerlingId() + ": " + s.beschrijving())
                        .anyMatch(x -> klopt(x, v));
            }
            if (s.signalen().isEmpty()) {
                assertThat(gevonden).as(s.leerlingId() + ": " + s.beschrijving())
                        .noneMatch(x -> x.soort() == Signaalsoort.VERZUIM_16_UUR || x.soort() == Signaalsoort.RMC_18_PLUS);
            }
        }
    }

    @Test
    void elkeLeerlingHeeftEenNederlandseNaamEnOudersMetAdres() {
        // spec §7: the generated folder carries names, classes and ouders.csv, read in through the real import
        assertThat(jdbc.sql("select count(*) from leerling where voornamen is null or achternaam is null")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from leerling l where klas is null and exists (select 1 from inschrijving i"
                + " where i.leerling_id = l.leerling_id)").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(distinct leerling_id) from ouder").query(Long.class).single())
                .isEqualTo(jdbc.sql("select count(*) from leerling").query(Long.class).single());
        assertThat(jdbc.sql("select count(*) from ouder where postcode !~ '^[1-9][0-9]{3} [A-Z]{2}$'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(distinct achternaam) from leerling").query(Long.class).single())
                .isGreaterThan(40);
        // the same pupil gets the same name in every generation
        var eerste = Namenmaker.voor("D-0001", java.time.LocalDate.of(2014, 5, 1), nl.inbeeld.school.Sector.PO,
                new Gemeente("GM0202", "Arnhem", nl.inbeeld.school.Vakantieregio.MIDDEN), Demoregio.VANDAAG);
        assertThat(Namenmaker.voor("D-0001", java.time.LocalDate.of(2014, 5, 1), nl.inbeeld.school.Sector.PO,
                new Gemeente("GM0202", "Arnhem", nl.inbeeld.school.Vakantieregio.MIDDEN), Demoregio.VANDAAG))
                .isEqualTo(eerste);
        assertThat(eerste.naam().klas()).isEqualTo("groep 8");
    }

    @Test
    void elkeSignaalsoortKomtVoor() {
        var soorten = EnumSet.noneOf(Signaalsoort.class);
        signalen.tot(Demoregio.VANDAAG, null, null).forEach(s -> soorten.add(s.soort()));
        assertThat(soorten).containsExactlyInAnyOrder(Signaalsoort.values());
    }

    @Test
    void meldenAanIsDeWoongemeenteNaVerhuizing() {
        // D-0012 moved out of Nijmegen (GM0268) on 2026-02-01; the melding goes to the new municipality
        assertThat(signalen.van(new LeerlingId("D-0012"))).filteredOn(s -> s.soort() == Signaalsoort.VERZUIM_16_UUR)
                .extracting(s -> s.meldenAan().waarde()).containsOnly("GM0202");
    }

    @Test
    void naderendToontLeerlingenTussen12En16UurBinnenHetBereik() {
        // D-0010: 12 h ONGEOORLOOFD in the last 4 lesweken (at 21AH00); D-0011: 10,5 h plus 1,5 h TE_LAAT, which does
        // not count by default, so not yet
        var alles = voortgang.naderend(Bereik.ALLES, Demoregio.VANDAAG);
        assertThat(alles).filteredOn(v -> v.leerling().waarde().equals("D-0010"))
                .singleElement().satisfies(v -> {
                    assertThat(v.school()).isEqualTo(new SchoolId("21AH00"));
                    assertThat(v.minuten()).isEqualTo(720);
                });
        assertThat(alles).noneMatch(v -> v.leerling().waarde().equals("D-0011"));
        assertThat(alles).allMatch(v -> v.minuten() >= 720 && v.minuten() < 960);

        var eigenSchool = voortgang.naderend(Bereik.scholen(Set.of(new SchoolId("21AH00"))), Demoregio.VANDAAG);
        assertThat(eigenSchool).anyMatch(v -> v.leerling().waarde().equals("D-0010"))
                .allMatch(v -> v.school().equals(new SchoolId("21AH00")));
        var andereSchool = voortgang.naderend(Bereik.scholen(Set.of(new SchoolId("21AB00"))), Demoregio.VANDAAG);
        assertThat(andereSchool).noneMatch(v -> v.leerling().waarde().equals("D-0010"))
                .allMatch(v -> v.school().equals(new SchoolId("21AB00")));

        // leerplicht counts its residents approaching 16 hours per school, but sees none by name without a ground
        String woont = jdbc.sql("select woongemeente from leerling where leerling_id = 'D-0010'").query(String.class).single();
        var gemeente = Bereik.gemeenten(Set.of(new Gemeentecode(woont)));
        assertThat(voortgang.naderend(gemeente, Demoregio.VANDAAG)).noneMatch(v -> v.leerling().waarde().equals("D-0010"));
        assertThat(voortgang.aantallen(gemeente, Demoregio.VANDAAG)).containsKey(new SchoolId("21AH00"));
        String elders = woont.equals("GM0202") ? "GM0268" : "GM0202";
        int zonderD0010 = (int) alles.stream().filter(v -> v.school().equals(new SchoolId("21AH00"))
                && !v.leerling().waarde().equals("D-0010") && woontIn(v.leerling().waarde(), elders)).count();
        assertThat(voortgang.aantallen(Bereik.gemeenten(Set.of(new Gemeentecode(elders))), Demoregio.VANDAAG)
                .getOrDefault(new SchoolId("21AH00"), 0)).isEqualTo(zonderD0010);
    }

    private boolean woontIn(String leerling, String gemeente) {
        return jdbc.sql("select woongemeente from leerling where leerling_id = ?").param(leerling).query(String.class)
                .single().equals(gemeente);
    }

    private static boolean klopt(Signaal s, Verwachtsignaal v) {
        return s.soort() == v.soort() && s.einddatum().equals(v.einddatum())
                && Objects.equals(s.begindatum(), v.begindatum())
                && (v.aantal() == 0 || Objects.equals(s.aantal(), v.aantal()));
    }
}
