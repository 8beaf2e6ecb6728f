package nl.inbeeld.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.inbeeld.InBeeldApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The safe default (issue 11): outside demo mode the web application does not start without an administrator
 * password, and says in Dutch how to set one; a command of the command line (no web application) still runs.
 */
class BeheerwachtwoordTest {

    /** InBeeld without a profile (so not the demo), with {@code wachtwoord} for beheer, whatever the environment says. */
    private static ConfigurableApplicationContext inbeeld(WebApplicationType soort, String wachtwoord) {
        return new SpringApplicationBuilder(InBeeldApplication.class).web(soort)
                .run("--inbeeld.db.tijdelijk=true", "--server.port=0", "--inbeeld.accounts[0].naam=beheer",
                        "--inbeeld.accounts[0].wachtwoord=" + wachtwoord, "--inbeeld.accounts[0].rol=BEHEERDER");
    }

    @Test
    void deWebapplicatieStartNietZonderBeheerderswachtwoord() {
        assertThatThrownBy(() -> inbeeld(WebApplicationType.SERVLET, "").close())
                .isInstanceOf(Startweigering.class)
                .hasMessageStartingWith("InBeeld start niet: Er is geen beheerderswachtwoord ingesteld.")
                .hasMessageContaining("Zet de omgevingsvariabele INBEELD_WACHTWOORD op een wachtwoord van minstens 12 tekens");
    }

    @Test
    void deWebapplicatieStartNietMetEenTeKortBeheerderswachtwoord() {
        assertThatThrownBy(() -> inbeeld(WebApplicationType.SERVLET, "geheim").close())
                .isInstanceOf(Startweigering.class)
                .hasMessageContaining("Het wachtwoord van account 'beheer' in de instellingen voldoet niet: Een wachtwoord heeft minstens 12 tekens")
                .hasMessageContaining("INBEELD_WACHTWOORD");
    }

    @Test
    void deMeldingBijHetStartenIsNederlands() {
        var analyse = new Startweigeringanalyse().analyze(new IllegalStateException(
                new Startweigering("Er is geen beheerderswachtwoord ingesteld.", Startweigering.WACHTWOORD_ZETTEN)));
        assertThat(analyse.getDescription()).startsWith("InBeeld start niet:");
        assertThat(analyse.getAction()).contains("INBEELD_WACHTWOORD").contains("./inbeeld start --demo");
    }

    @Test
    void eenOpdrachtZonderWebapplicatieHeeftGeenWachtwoordNodig() {
        try (var context = inbeeld(WebApplicationType.NONE, "")) {
            assertThat(context.getBean(JdbcClient.class).sql("select count(*) from account").query(Long.class).single()).isZero();
        }
    }
}
