package nl.inbeeld.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.inbeeld.aanwezigheid.Absentie;
import nl.inbeeld.aanwezigheid.Absenties;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerling.Leerlingen;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.verzuim.Signaal;
import nl.inbeeld.verzuim.Signalen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Purpose limitation in the queries (README "Wie ziet wat"; AVG art. 5 lid 1 b and c; rules.md §9): leerplicht sees a
 * resident's data only with a ground, and then only the absence of the melding's period and the 4 lesweken before,
 * on days the pupil lived in the gemeente; never the school-protocol signals; a beheerder only by inzage met reden.
 */
@SpringBootTest(properties = "inbeeld.klok.vandaag=2025-12-01")
@ActiveProfiles("test")
class InzageNaarDoelTest {

    static final LeerlingId P = new LeerlingId("L-P");
    static final LeerlingId Q = new LeerlingId("L-Q");
    static final Bereik ARNHEM = Bereik.gemeenten(Set.of(new Gemeentecode("GM0202")));
    static final Bereik NIJMEGEN = Bereik.gemeenten(Set.of(new Gemeentecode("GM0268")));
    static final Bereik REGENBOOG = Bereik.scholen(Set.of(new SchoolId("12AB00")));
    static final Bereik ZONNEBLOEM = Bereik.scholen(Set.of(new SchoolId("12AC00")));

    @Autowired JdbcClient jdbc;
    @Autowired Leerlingen leerlingen;
    @Autowired Absenties absenties;
    @Autowired Signalen signalen;
    @Autowired Gebruikers gebruikers;
    @Autowired InzageMetReden inzage;

    @BeforeEach
    void administratie() {
        jdbc.sql("truncate school, kalender, leerling, inschrijving, absentie, bevolking, signaal, wijziging, melding,"
                + " melding_signaal, vrijstelling, inzage_met_reden cascade").update();
        // P: at De Regenboog, lived in Arnhem until 10 November 2025, then in Nijmegen; herfstvakantie week of 20 October
        jdbc.sql("""
                insert into school values ('12AB00', 'De Regenboog', 'PO', 'GM0202', 'MIDDEN', 300),
                                          ('12AC00', 'De Zonnebloem', 'PO', 'GM0202', 'MIDDEN', 300);
                insert into kalender values ('12AB00', '2025-10-18', '2025-10-26', 'VAKANTIE', 'herfstvakantie');
                insert into leerling values ('L-P', '2015-03-01', 'GM0268', null), ('L-Q', '2015-04-01', 'GM0202', null);
                insert into inschrijving values ('L-P', '12AB00', '2025-08-25', null), ('L-Q', '12AB00', '2025-08-25', null);
                insert into bevolking values ('L-P', '2015-03-01', 'GM0202', '2010-01-01', '2025-11-10'),
                                             ('L-P', '2015-03-01', 'GM0268', '2025-11-11', null);
                insert into absentie (leerling_id, school_id, datum, code, minuten, vastgelegd_door, vastgelegd_op) values
                  ('L-P', '12AB00', '2025-09-26', 'ONGEOORLOOFD', 240, 'test', now()),
                  ('L-P', '12AB00', '2025-09-29', 'ONGEOORLOOFD', 240, 'test', now()),
                  ('L-P', '12AB00', '2025-11-05', 'ONGEOORLOOFD', 240, 'test', now()),
                  ('L-P', '12AB00', '2025-11-10', 'ZIEK', 300, 'test', now()),
                  ('L-P', '12AB00', '2025-11-12', 'ONGEOORLOOFD', 240, 'test', now()),
                  ('L-P', '12AB00', '2025-11-21', 'ONGEOORLOOFD', 240, 'test', now()),
                  ('L-Q', '12AB00', '2025-11-05', 'ONGEOORLOOFD', 240, 'test', now());
                insert into signaal (leerling_id, school_id, soort, begindatum, einddatum, minuten, aantal, melden_aan,
                                     woongemeente, verplicht) values
                  ('L-P', '12AB00', 'VERZUIM_16_UUR', '2025-09-29', '2025-11-05', 960, null, 'GM0202', 'GM0202', true),
                  ('L-P', '12AB00', 'ZIEKMELDING_TE_LAAT', '2025-11-10', '2025-11-10', null, null, null, 'GM0202', false),
                  ('L-Q', '12AB00', 'VERZUIM_16_UUR', '2025-10-01', '2025-11-05', 960, null, 'GM0202', 'GM0202', true);
                """).update();
    }

    void melding(String status) {
        jdbc.sql("""
                insert into melding (soort, leerling_id, school_id, melden_aan, begindatum, einddatum, minuten, bundelstart,
                  bron, status, deadline, aangemaakt_op, verzonden_op, verzonden_door, wat_school_deed)
                values ('VERZUIM_16_UUR', 'L-P', '12AB00', 'GM0202', '2025-11-05', '2025-11-20', 960, '2025-11-20',
                  'VERZUIM_16_UUR', ?, '2025-11-27', '2025-11-20', '2025-11-21', 'regenboog', 'gesprek')""")
                .param(status).update();
    }

    List<LocalDate> dagen(Bereik bereik, LeerlingId l) {
        return absenties.van(bereik, l).stream().map(Absentie::datum).toList();
    }

    @Test
    void zonderGrondZietLeerplichtAlleenTellingen() {
        melding("CONCEPT"); // a draft is the school's own: no ground
        assertThat(leerlingen.zichtbaar(ARNHEM, P)).isEmpty();
        assertThat(dagen(ARNHEM, P)).isEmpty();
        assertThat(signalen.van(ARNHEM, P)).isEmpty();
        assertThat(signalen.zichtbaar(ARNHEM, LocalDate.of(2025, 12, 1), null, null)).isEmpty();
        // counts remain: per school, without ids
        assertThat(signalen.telling(ARNHEM, LocalDate.of(2025, 8, 1), LocalDate.of(2025, 12, 1)))
                .containsKey(new SchoolId("12AB00"));
    }

    @Test
    void metVerzondenMeldingDePeriodeEnVierLeswekenErvoor() {
        melding("VERZONDEN");
        assertThat(leerlingen.zichtbaar(ARNHEM, P)).isPresent();
        // begindatum Wed 5 Nov 2025: the 4 lesweken before its week are 27 Oct, 13 Oct, 6 Oct and 29 Sep (the week
        // of 20 Oct is herfstvakantie), so from Mon 29 Sep (26 Sep is the day before); to the einddatum 20 Nov
        // (21 Nov is the day after). On 12 Nov P lived in Nijmegen: not Arnhem's.
        assertThat(dagen(ARNHEM, P)).containsExactly(LocalDate.of(2025, 9, 29), LocalDate.of(2025, 11, 5),
                LocalDate.of(2025, 11, 10));
        // the mandatory signal, not the school-protocol one
        assertThat(signalen.van(ARNHEM, P)).extracting(s -> s.soort().name()).containsExactly("VERZUIM_16_UUR");
        assertThat(signalen.zichtbaar(ARNHEM, LocalDate.of(2025, 12, 1), null, null)).extracting(Signaal::leerling)
                .containsExactly(P);
        // no change history of the school's administration
        jdbc.sql("update absentie set minuten = 200 where leerling_id = 'L-P' and datum = '2025-11-05'").update();
        assertThat(absenties.historie(ARNHEM, P)).isEmpty();
        assertThat(absenties.historie(REGENBOOG, P)).hasSize(1);
        // another gemeente, and the other resident without a melding: nothing
        assertThat(leerlingen.zichtbaar(NIJMEGEN, P)).isEmpty();
        assertThat(dagen(NIJMEGEN, P)).isEmpty();
        assertThat(leerlingen.zichtbaar(ARNHEM, Q)).isEmpty();
        assertThat(dagen(ARNHEM, Q)).isEmpty();
    }

    @Test
    void ookNaAfsluitenBlijftDeGrond() {
        melding("VERZONDEN");
        jdbc.sql("update melding set status = 'AFGESLOTEN', uitkomst = 'GESPREK_GEVOERD', terugkoppeling = 'x'").update();
        assertThat(dagen(ARNHEM, P)).hasSize(3);
    }

    @Test
    void schoolZietEigenAdministratieEnVanEldersAlleenKerngegevens() {
        assertThat(dagen(REGENBOOG, P)).hasSize(6);
        // P also enrolls at De Zonnebloem: its core data yes, De Regenboog's absence and signals no
        jdbc.sql("insert into inschrijving values ('L-P', '12AC00', '2025-12-01', null)").update();
        assertThat(leerlingen.zichtbaar(ZONNEBLOEM, P)).isPresent();
        assertThat(dagen(ZONNEBLOEM, P)).isEmpty();
        assertThat(signalen.van(ZONNEBLOEM, P)).isEmpty();
        jdbc.sql("update absentie set minuten = 200 where leerling_id = 'L-P' and datum = '2025-11-05'").update();
        assertThat(absenties.historie(ZONNEBLOEM, P)).isEmpty();
    }

    @Test
    void beheerderAlleenMetInzageMetReden() {
        Gebruiker beheer = gebruikers.gebruiker("beheer");
        assertThat(beheer.bereik().soort()).isEqualTo(Bereik.Soort.BEHEER);
        assertThat(leerlingen.zichtbaar(beheer.bereik(), P)).isEmpty();
        assertThat(dagen(beheer.bereik(), P)).isEmpty();
        assertThat(inzage.open(beheer, "L-P", "kort")).hasValueSatisfying(r -> assertThat(r).contains("reden"));
        assertThat(inzage.open(beheer, "L-P", "AVG-inzageverzoek van de ouders, zaaknummer 2025-117")).isEmpty();
        Gebruiker geopend = gebruikers.gebruiker("beheer");
        assertThat(leerlingen.zichtbaar(geopend.bereik(), P)).isPresent();
        assertThat(dagen(geopend.bereik(), P)).hasSize(6);
        assertThat(leerlingen.zichtbaar(geopend.bereik(), Q)).isEmpty();
        assertThat(jdbc.sql("select doel from audit where leerling_id = 'L-P' and handeling like 'INZAGE MET REDEN%'")
                .query(String.class).single()).isEqualTo("AVG-inzageverzoek van de ouders, zaaknummer 2025-117");
    }

    @Test
    void vrijstellingIsEenGrondVoorKerngegevensZonderAbsenties() {
        jdbc.sql("insert into vrijstelling values ('L-Q', '5A', '2025-09-01', null, '2025-08-01')").update();
        assertThat(leerlingen.zichtbaar(ARNHEM, Q)).isPresent();
        assertThat(dagen(ARNHEM, Q)).isEmpty();
        assertThat(leerlingen.zichtbaar(NIJMEGEN, Q)).isEmpty();
    }
}
