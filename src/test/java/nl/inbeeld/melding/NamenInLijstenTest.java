package nl.inbeeld.melding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Set;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.toegang.Gebruiker;
import nl.inbeeld.toegang.Gebruikers;
import nl.inbeeld.verzuim.Signaaldetectie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 10 item 8: a pupil's name beside the id on the pages and lists that show the pupil, and searchable in the
 * meldingen list, under the reach of the pupil's core data (Bereik#leerlingen): a school its own pupils, leerplicht
 * with a ground (a sent melding). Parents and addresses on the pupil page for the school and leerplicht with a ground.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "inbeeld.klok.vandaag=2025-10-13")
@ActiveProfiles({"test", "demo"})
class NamenInLijstenTest {

    static final LeerlingId B1 = new LeerlingId("L-B1");
    static final LeerlingId B6 = new LeerlingId("L-B6");
    static final LeerlingId NIJMEEGS = new LeerlingId("L-NIJ");

    @Autowired JdbcClient jdbc;
    @Autowired Signaaldetectie detectie;
    @Autowired Meldingen meldingen;
    @Autowired Gebruikers gebruikers;
    @Autowired WebApplicationContext context;
    MockMvc mvc;
    Gebruiker klimboom, stedelijk, arnhem;

    @BeforeEach
    void administratie() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        Testregio.vul(jdbc);
        jdbc.sql("""
                update leerling set voornamen = 'Sanne', tussenvoegsel = 'de', achternaam = 'Vries', klas = 'groep 6'
                  where leerling_id = 'L-B1';
                update leerling set voornamen = 'Daan', achternaam = 'Bakker' where leerling_id = 'L-B6';
                update leerling set voornamen = 'Noor', achternaam = 'Jansen' where leerling_id = 'L-NIJ';
                insert into ouder values ('L-B1', 'Marieke de Vries', 'Sonsbeeksingel 12', '6814 AB', 'Arnhem',
                  'marieke@voorbeeld.nl', null)
                """).update();
        detectie.herbereken(Set.of(B1, B6, NIJMEEGS));
        klimboom = gebruikers.gebruiker("klimboom");
        stedelijk = gebruikers.gebruiker("stedelijk");
        arnhem = gebruikers.gebruiker("lpa.arnhem");
    }

    private List<String> gevonden(Gebruiker g, String tekst) {
        return meldingen.zoek(g, new Meldingfilter(Set.of(), null, tekst, false)).stream()
                .map(m -> m.leerling().waarde()).distinct().sorted().toList();
    }

    private String pagina(String account, String rol, String pad) throws Exception {
        return mvc.perform(get(pad).with(user(account).roles(rol))).andReturn().getResponse().getContentAsString();
    }

    private Verzuimmelding eersteVan(LeerlingId l) {
        return meldingen.zoek(Gebruiker.systeem("test"), Meldingfilter.alles()).stream()
                .filter(m -> m.leerling().equals(l) && m.status() == Meldingstatus.CONCEPT).findFirst().orElseThrow();
    }

    @Test
    void eenSchoolZoektMeldingenOpNaamVanDeEigenLeerlingen() {
        assertThat(gevonden(klimboom, "de vries")).containsExactly("L-B1");
        assertThat(gevonden(klimboom, "SANNE")).containsExactly("L-B1");
        assertThat(gevonden(klimboom, "bakker")).containsExactly("L-B6");
        assertThat(gevonden(klimboom, "L-B")).containsExactly("L-B1", "L-B6");
        // another school's pupil: its meldingen are not the school's, its name matches nothing
        assertThat(gevonden(klimboom, "Jansen")).isEmpty();
        assertThat(gevonden(stedelijk, "Jansen")).containsExactly("L-NIJ");
        assertThat(gevonden(stedelijk, "Vries")).isEmpty();
        // LIKE's wildcards are literal text
        assertThat(gevonden(klimboom, "%")).isEmpty();
        assertThat(gevonden(klimboom, "_")).isEmpty();
    }

    @Test
    void leerplichtZietEnVindtDeNaamAlleenMetEenGrond() throws Exception {
        assertThat(gevonden(arnhem, "Vries")).isEmpty();
        assertThat(pagina("lpa.arnhem", "LEERPLICHT", "/leerlingen/L-B1")).doesNotContain("Sanne");

        var b1 = eersteVan(B1);
        assertThat(meldingen.verzend(klimboom, b1.id(), "Gebeld met ouders")).isInstanceOf(Meldingbesluit.Gelukt.class);

        assertThat(gevonden(arnhem, "sanne de vries")).containsExactly("L-B1");
        // L-B6 lives in Arnhem too, but no melding about him was sent: no ground, no name
        assertThat(gevonden(arnhem, "Bakker")).isEmpty();
        String lijst = pagina("lpa.arnhem", "LEERPLICHT", "/meldingen?zoek=Vries");
        assertThat(lijst).contains("Sanne de Vries").doesNotContain("Daan Bakker");
        assertThat(pagina("lpa.arnhem", "LEERPLICHT", "/meldingen/" + b1.id())).contains("Sanne de Vries");
        String leerling = pagina("lpa.arnhem", "LEERPLICHT", "/leerlingen/L-B1");
        assertThat(leerling).contains("Sanne de Vries", "groep 6", "Marieke de Vries", "Sonsbeeksingel 12", "6814 AB",
                "Arnhem", "marieke@voorbeeld.nl");
    }

    @Test
    void deSchoolZietNamenInLijstenEnOudersOpDeLeerlingpagina() throws Exception {
        String lijst = pagina("klimboom", "SCHOOL", "/meldingen");
        assertThat(lijst).contains("Sanne de Vries", "Daan Bakker").doesNotContain("Noor Jansen");
        assertThat(pagina("klimboom", "SCHOOL", "/meldingen/" + eersteVan(B6).id())).contains("Daan Bakker");
        assertThat(pagina("klimboom", "SCHOOL", "/leerlingen/L-B1"))
                .contains("Sanne de Vries", "groep 6", "Marieke de Vries", "Sonsbeeksingel 12", "6814 AB");
        assertThat(pagina("stedelijk", "SCHOOL", "/leerlingen/L-B1")).doesNotContain("Sanne", "Marieke");
        String start = pagina("klimboom", "SCHOOL", "/");
        assertThat(start).doesNotContain("Noor Jansen");
        if (start.contains("/leerlingen/L-B6")) assertThat(start).contains("Daan Bakker");
        if (start.contains("/leerlingen/L-B1")) assertThat(start).contains("Sanne de Vries");
        assertThat(pagina("stedelijk", "SCHOOL", "/")).doesNotContain("Sanne", "Daan");
    }
}
