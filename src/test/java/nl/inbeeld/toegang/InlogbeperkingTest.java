package nl.inbeeld.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttling rule of {@link Inlogbeperking}, on a clock the test moves. */
class InlogbeperkingTest {

    static final class Stelklok extends Clock {
        Instant nu = Instant.parse("2026-03-16T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return nu;
        }

        void verder(Duration d) {
            nu = nu.plus(d);
        }
    }

    final Stelklok klok = new Stelklok();
    final Inlogbeperking beperking = new Inlogbeperking(klok, 5, 50, Duration.ofMinutes(15), 10_000);

    @Test
    void vijfFoutenVanEenAdresBlokkerenDatAdresVoorDatAccountEenKwartier() {
        for (int i = 0; i < 4; i++) beperking.mislukt("beheer", "10.0.0.66");
        assertThat(beperking.toegestaan("beheer", "10.0.0.66")).isTrue();
        beperking.mislukt("beheer", "10.0.0.66");
        assertThat(beperking.toegestaan("beheer", "10.0.0.66")).isFalse();
        // the account's user elsewhere, and the same address for another account, are not affected
        assertThat(beperking.toegestaan("beheer", "10.0.0.7")).isTrue();
        assertThat(beperking.toegestaan("klimboom", "10.0.0.66")).isTrue();
        klok.verder(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(beperking.toegestaan("beheer", "10.0.0.66")).isFalse();
        klok.verder(Duration.ofSeconds(1));
        assertThat(beperking.toegestaan("beheer", "10.0.0.66")).isTrue();
    }

    @Test
    void eenGeslaagdeAanmeldingWistDeTellingVanHetAdres() {
        for (int i = 0; i < 4; i++) beperking.mislukt("klimboom", "10.0.0.8");
        beperking.gelukt("klimboom", "10.0.0.8");
        beperking.mislukt("klimboom", "10.0.0.8");
        assertThat(beperking.toegestaan("klimboom", "10.0.0.8")).isTrue();
    }

    @Test
    void eenVerspreideAanvalRemtNieuweAdressenMaarNooitEenBekendAdresEnEindigtVanzelf() {
        beperking.gelukt("lpa.arnhem", "192.168.1.20"); // the user's own office, logged in before
        for (int i = 0; i < 50; i++) beperking.mislukt("lpa.arnhem", "203.0.113." + i); // 50 addresses, one try each
        assertThat(beperking.toegestaan("lpa.arnhem", "198.51.100.1")).as("a new address while under attack").isFalse();
        assertThat(beperking.toegestaan("lpa.arnhem", "192.168.1.20")).as("the user's known address").isTrue();
        assertThat(beperking.toegestaan("lpa.nijmegen", "198.51.100.1")).as("another account").isTrue();
        klok.verder(Duration.ofMinutes(15));
        assertThat(beperking.toegestaan("lpa.arnhem", "198.51.100.1")).as("the period ended").isTrue();
    }

    @Test
    void eenBekendAdresBlijftOnderDeHardeRegelPerAdres() {
        beperking.gelukt("teamleider.arnhem", "192.168.1.21");
        for (int i = 0; i < 5; i++) beperking.mislukt("teamleider.arnhem", "192.168.1.21");
        assertThat(beperking.toegestaan("teamleider.arnhem", "192.168.1.21")).isFalse();
    }

    @Test
    void deTabellenBlijvenBegrensdBijVeelNamenEnAdressen() {
        var klein = new Inlogbeperking(klok, 5, 50, Duration.ofMinutes(15), 1_000);
        for (int i = 0; i < 50_000; i++) {
            klein.mislukt("naam-" + i, "10.1." + (i % 250) + "." + (i / 250 % 250));
            if (i % 7 == 0) klein.gelukt("naam-" + i, "10.9.9.9");
        }
        assertThat(klein.omvang()).isEqualTo(1_000);
        for (int i = 0; i < 50_000; i++) beperking.mislukt(i + "-" + "x".repeat(500), "10.2.2.2");
        assertThat(beperking.omvang()).isEqualTo(10_000);
        // names are cut before they are kept: 50,000 names of 500 characters that share their start are one key
        var kort = new Inlogbeperking(klok, 5, 50, Duration.ofMinutes(15), 10_000);
        for (int i = 0; i < 50_000; i++) kort.mislukt("y".repeat(500) + i, "10.2.2.2");
        assertThat(kort.omvang()).isEqualTo(1);
    }
}
