package nl.inbeeld.aanwezigheid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerling.Leerlingen;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.toegang.Bereik;
import nl.inbeeld.toegang.Gebruiker;
import nl.inbeeld.toegang.Rol;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Issue 10 item 8, spec §7: names and classes in leerlingen.csv, parents and addresses in ouders.csv. */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class NamenInlezenTest {

    @Autowired Inlezen inlezen;
    @Autowired Leerlingen leerlingen;
    @Autowired JdbcClient jdbc;
    @TempDir Path tmp;

    @BeforeEach
    void leeg() {
        Testmap.leeg(jdbc);
    }

    static Map<String, String> metNamen() {
        Map<String, String> m = new LinkedHashMap<>(Testmap.geldig());
        m.put("leerlingen.csv", """
                leerling_id,geboortedatum,woongemeente,startkwalificatie_op,voornamen,tussenvoegsel,achternaam,klas
                L-1,2016-03-01,GM0363,,Anna Sophie,van der,Wielen,groep 4
                L-2,2015-07-15,GM0394,,Mohammed,,Bouzidi,groep 5
                L-3,2010-01-20,GM0599,,,,,
                """);
        m.put("ouders.csv", """
                leerling_id,naam,adres,postcode,woonplaats,email,telefoon
                L-1,Petra van der Wielen,Dorpsstraat 12,9711AB,Groningen,petra@voorbeeld.nl,050-1234567
                L-1,Kees van der Wielen,Kerkweg 3a,9712 CD,Groningen,,
                L-2,Fatima Bouzidi,Lindelaan 8,1011 AA,Amsterdam,,
                """);
        return m;
    }

    private Inleesresultaat lees(String naam, Map<String, String> bestanden, boolean gedeeltelijk, Gebruiker wie) {
        return inlezen.lees(Testmap.schrijf(tmp.resolve(naam), bestanden), gedeeltelijk, wie);
    }

    private static Gebruiker cli() {
        return Gebruiker.systeem("test:jan");
    }

    private static List<String> afkeuringen(Inleesresultaat r) {
        return r.afkeuringen().stream().map(a -> a.bestand() + ":" + a.regel() + ":" + a.kolom() + ": " + a.reden())
                .toList();
    }

    @Test
    void namenKlassenEnOudersWordenOpgeslagenMetHistorie() {
        var r = lees("1", metNamen(), false, cli());

        assertThat(afkeuringen(r)).isEmpty();
        assertThat(r.opgeslagen()).containsEntry("leerlingen.csv", 3).containsEntry("ouders.csv", 3);
        var l1 = leerlingen.zichtbaar(Bereik.ALLES, new LeerlingId("L-1")).orElseThrow().naam();
        assertThat(l1.volledig()).isEqualTo("Anna Sophie van der Wielen");
        assertThat(l1.klas()).isEqualTo("groep 4");
        assertThat(leerlingen.zichtbaar(Bereik.ALLES, new LeerlingId("L-3")).orElseThrow().naam().bekend()).isFalse();
        assertThat(leerlingen.oudersZichtbaar(Bereik.ALLES, new LeerlingId("L-1")))
                .extracting(o -> o.naam() + "|" + o.adres() + "|" + o.postcode() + "|" + o.woonplaats() + "|"
                        + o.email() + "|" + o.telefoon())
                .containsExactly("Kees van der Wielen|Kerkweg 3a|9712 CD|Groningen|null|null",
                        "Petra van der Wielen|Dorpsstraat 12|9711 AB|Groningen|petra@voorbeeld.nl|050-1234567");

        // a parent moves: the old address goes to the history, with the inlezing
        var verhuisd = new LinkedHashMap<String, String>();
        verhuisd.put("ouders.csv", """
                leerling_id,naam,adres,postcode,woonplaats
                L-2,Fatima Bouzidi,Zeeweg 1,2042 AB,Zandvoort
                """);
        var tweede = lees("2", verhuisd, false, cli());
        assertThat(afkeuringen(tweede)).isEmpty();
        assertThat(jdbc.sql("select sleutel || '|' || (oude_waarde ->> 'woonplaats') || '|' || inlezing_id"
                + " from wijziging where tabel = 'ouder'").query(String.class).list())
                .containsExactly("L-2|Fatima Bouzidi|Amsterdam|" + tweede.inlezing());
        // and into the pupil's audit history: which columns, not the values
        assertThat(jdbc.sql("select handeling from audit where leerling_id = 'L-2' and handeling like 'WIJZIGEN ouder%'"
                + " order by id desc limit 1").query(String.class).single())
                .isEqualTo("WIJZIGEN ouder via inlezing " + tweede.inlezing() + ": adres, postcode, woonplaats");
        // a v1 folder (no name columns) stays valid
        assertThat(afkeuringen(lees("3", Testmap.geldig(), false, cli()))).isEmpty();
    }

    @Test
    void eenOngeldigeOuderrijWordtAfgekeurdMetBestandRegelEnKolom() {
        Map<String, String> m = metNamen();
        m.put("ouders.csv", """
                leerling_id,naam,adres,postcode,woonplaats,email,telefoon
                L-1,Petra van der Wielen,Dorpsstraat 12,0711AB,Groningen,,
                L-9,Jan Jansen,Markt 1,1234 AB,Utrecht,,
                L-2,,Lindelaan 8,1011 AA,Amsterdam,,
                L-2,Fatima Bouzidi,Lindelaan 8,1011 aa,Amsterdam,,
                L-1,Kees van der Wielen,Kerkweg 3a,9712 CD,Groningen,,
                """);

        var atomair = lees("atomair", m, false, cli());

        assertThat(afkeuringen(atomair)).containsExactly(
                "ouders.csv:2:postcode: '0711AB' heeft niet de vorm [1-9][0-9]{3} ?[A-Z]{2}",
                "ouders.csv:3:leerling_id: L-9 is onbekend (niet opgeslagen en geen geldige rij in leerlingen.csv)",
                "ouders.csv:4:naam: ontbreekt",
                "ouders.csv:5:postcode: '1011 aa' heeft niet de vorm [1-9][0-9]{3} ?[A-Z]{2}");
        assertThat(jdbc.sql("select count(*) from leerling").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from ouder").query(Long.class).single()).isZero();

        var gedeeltelijk = lees("gedeeltelijk", m, true, cli());
        assertThat(gedeeltelijk.afkeuringen()).hasSize(4);
        assertThat(gedeeltelijk.opgeslagen()).containsEntry("ouders.csv", 1);
        assertThat(jdbc.sql("select naam from ouder").query(String.class).list()).containsExactly("Kees van der Wielen");
    }

    @Test
    void eenSchoolLevertAlleenOudersVanLeerlingenOpEenEigenSchool() {
        lees("stam", metNamen(), false, cli());
        var school = new Gebruiker("test:regenboog", Rol.SCHOOL, Bereik.scholen(Set.of(new SchoolId("12AB00"))));
        // L-3 is enrolled at 34CD01, not at the school of this account
        var r = lees("school", Map.of("ouders.csv", """
                leerling_id,naam,adres,postcode,woonplaats
                L-1,Petra van der Wielen,Nieuwe Ebbingestraat 2,9712 NA,Groningen
                L-3,Ria de Boer,Markt 1,1234 AB,Utrecht
                L-404,Onbekend Iemand,Markt 2,1234 AB,Utrecht
                """), false, school);

        assertThat(afkeuringen(r)).containsExactly(
                "ouders.csv:3:leerling_id: L-3 staat niet ingeschreven op een school van uw account"
                        + " (opgeslagen of in inschrijvingen.csv)",
                "ouders.csv:4:leerling_id: L-404 staat niet ingeschreven op een school van uw account"
                        + " (opgeslagen of in inschrijvingen.csv)");
        assertThat(jdbc.sql("select adres from ouder where naam = 'Petra van der Wielen'").query(String.class).single())
                .isEqualTo("Dorpsstraat 12");
    }

    @Test
    void namenEnAdressenKomenNooitInDeLog(CapturedOutput uitvoer) {
        Map<String, String> m = metNamen();
        var r = lees("log", m, false, cli());
        assertThat(r.afkeuringen()).isEmpty();
        // and an import that rejects rows of named pupils
        m.put("ouders.csv", m.get("ouders.csv") + "L-2,Fatima Bouzidi,Lindelaan 8,1011 AA,Amsterdam,,\n");
        assertThat(lees("fout", m, true, cli()).afkeuringen()).isNotEmpty();

        for (String persoonlijk : List.of("Anna Sophie", "Wielen", "Mohammed", "Bouzidi", "groep 4", "Petra", "Kees",
                "Fatima", "Dorpsstraat", "Kerkweg", "Lindelaan", "9711", "1011 AA", "petra@voorbeeld.nl",
                "050-1234567")) {
            assertThat(uitvoer.getAll()).as(persoonlijk).doesNotContain(persoonlijk);
        }
    }
}
