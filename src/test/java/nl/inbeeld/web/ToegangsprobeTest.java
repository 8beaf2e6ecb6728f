package nl.inbeeld.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.inbeeld.demo.DemoLader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security probe of the access table (README, "Wie ziet wat"): every page the application maps and every
 * {@code /api/**} endpoint of the OpenAPI document, as every demo account, against pupils and meldingen of every kind
 * in the demo region. The expectation comes from an oracle written here from the table itself, in plain SQL and Java,
 * not from the application's {@code Bereik}. A page or endpoint without a probe fails the test, so a new one cannot
 * escape it. Every denial of pupil data must be a 404; nothing denied may change anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "inbeeld.klok.vandaag=2026-03-16")
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToegangsprobeTest {

    static final String WACHTWOORD = "inbeeld-demo";
    static final Pattern LEERLING_LINK = Pattern.compile("href=\"/leerlingen/([^\"/?#]+)\"");
    static final Pattern MELDING_LINK = Pattern.compile("href=\"/meldingen/(\\d+)\"");
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    /** A demo account as the access table describes it. */
    record Account(String naam, String rol, Set<String> scholen, Set<String> gemeenten) {
        boolean school() { return rol.equals("SCHOOL"); }
        boolean leerplicht() { return rol.equals("LEERPLICHT") || rol.equals("TEAMLEIDER"); }
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("beheer", "BEHEERDER", Set.of(), Set.of()),
            new Account("klimboom", "SCHOOL", Set.of("21AB00"), Set.of()),
            new Account("stedelijk", "SCHOOL", Set.of("21AH00", "21AJ00"), Set.of()),
            new Account("lpa.arnhem", "LEERPLICHT", Set.of(), Set.of("GM0202")),
            new Account("lpa.nijmegen", "LEERPLICHT", Set.of(), Set.of("GM0268")),
            new Account("lpa.overbetuwe", "LEERPLICHT", Set.of(), Set.of("GM1734")),
            new Account("teamleider.arnhem", "TEAMLEIDER", Set.of(), Set.of("GM0202")));

    record Melding(long id, String leerling, String school, String meldenAan, String status) {
        boolean verzonden() { return !status.equals("CONCEPT") && !status.equals("VERVALLEN"); }
    }

    @LocalServerPort int poort;
    @Autowired DemoLader demo;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    /** The application's own mappings (the actuator's endpoints have a mapping of their own, under /actuator). */
    @Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final HttpClient http = HttpClient.newHttpClient();
    final Map<String, HttpClient> sessies = new HashMap<>();
    final Map<HttpClient, String> tokens = new HashMap<>();
    final AtomicInteger pogingen = new AtomicInteger();

    /** The oracle's facts: schools a pupil was ever enrolled at, gemeenten in which a pupil has a ground. */
    final Map<String, Set<String>> ingeschreven = new HashMap<>();
    final Map<String, Set<String>> grond = new HashMap<>();
    final Map<Long, Melding> meldingen = new LinkedHashMap<>();
    final List<String> leerlingen = new ArrayList<>();
    final List<Melding> proefmeldingen = new ArrayList<>();

    @BeforeAll
    void demoregio() throws Exception {
        if (!demo.isGeladen()) demo.laad();
        jdbc.sql("select leerling_id, school_id from inschrijving").query(rs -> {
            ingeschreven.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
        });
        jdbc.sql("select id, leerling_id, school_id, melden_aan, status from melding order by id").query(rs -> {
            var m = new Melding(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
            meldingen.put(m.id(), m);
            if (m.verzonden()) grond.computeIfAbsent(m.leerling(), k -> new HashSet<>()).add(m.meldenAan());
        });
        // an exemption is a ground for the gemeente the pupil lived in when it began, and for the current one
        jdbc.sql("""
                select v.leerling_id, l.woongemeente, (select b.gemeente from bevolking b where b.persoon_id = v.leerling_id
                  and b.van <= v.van and (b.tot_en_met is null or b.tot_en_met >= v.van) order by b.van desc limit 1)
                from vrijstelling v join leerling l using (leerling_id)""").query(rs -> {
            var g = grond.computeIfAbsent(rs.getString(1), k -> new HashSet<>());
            g.add(rs.getString(2));
            if (rs.getString(3) != null) g.add(rs.getString(3));
        });
        // pupils of every kind: for each gemeente some with a ground and some residents without; for each school some
        for (String gemeente : List.of("GM0202", "GM0268", "GM1734")) {
            leerlingen.addAll(jdbc.sql("""
                    select distinct leerling_id from melding where melden_aan = ?
                      and status in ('VERZONDEN','IN_BEHANDELING','AFGESLOTEN') order by 1 limit 2""")
                    .param(gemeente).query(String.class).list());
            leerlingen.addAll(jdbc.sql("""
                    select l.leerling_id from leerling l where l.woongemeente = ? and exists (select 1 from signaal s
                      where s.leerling_id = l.leerling_id) and not exists (select 1 from melding m
                      where m.leerling_id = l.leerling_id and m.status in ('VERZONDEN','IN_BEHANDELING','AFGESLOTEN'))
                    order by 1 limit 2""").param(gemeente).query(String.class).list());
        }
        for (String school : List.of("21AB00", "21AH00", "21AJ00", "21AC00")) {
            leerlingen.addAll(jdbc.sql("select leerling_id from inschrijving where school_id = ? order by 1 limit 2")
                    .param(school).query(String.class).list());
        }
        leerlingen.addAll(jdbc.sql("select leerling_id from vrijstelling order by 1 limit 1").query(String.class).list());
        leerlingen.add("bestaat-niet");
        // one melding of every status × school account × gemeente account (others as one group each)
        Set<String> soorten = new HashSet<>();
        for (var m : meldingen.values()) {
            String school = m.school().equals("21AB00") ? "klimboom" : Set.of("21AH00", "21AJ00").contains(m.school())
                    ? "stedelijk" : "andere school";
            String gemeente = Set.of("GM0202", "GM0268", "GM1734").contains(m.meldenAan()) ? m.meldenAan() : "andere gemeente";
            if (soorten.add(m.status() + school + gemeente)) proefmeldingen.add(m);
        }
        assertThat(proefmeldingen.stream().map(Melding::status).distinct())
                .contains("CONCEPT", "VERZONDEN", "IN_BEHANDELING", "AFGESLOTEN");
    }

    /** The break-glass test's inzage ends with this class: other tests share the demo region. */
    @org.junit.jupiter.api.AfterAll
    void inzagenSluiten() {
        jdbc.sql("delete from inzage_met_reden").update();
    }

    // ---- the oracle: the README's access table ----

    boolean magLeerling(Account a, String leerling) {
        if (a.school()) return ingeschreven.getOrDefault(leerling, Set.of()).stream().anyMatch(a.scholen()::contains);
        if (a.leerplicht()) return grond.getOrDefault(leerling, Set.of()).stream().anyMatch(a.gemeenten()::contains);
        return inzageMetReden(a).contains(leerling);
    }

    boolean magMelding(Account a, Melding m) {
        if (a.school()) return a.scholen().contains(m.school());
        if (a.leerplicht()) return m.verzonden() && a.gemeenten().contains(m.meldenAan());
        return inzageMetReden(a).contains(m.leerling());
    }

    /** A beheerder's pupils opened by inzage met reden (the demo clock stands still, so every opening is current). */
    Set<String> inzageMetReden(Account a) {
        return new HashSet<>(jdbc.sql("select leerling_id from inzage_met_reden where gebruiker = ?").param(a.naam())
                .query(String.class).list());
    }

    // ---- the probes ----

    /** One probe of one endpoint or page, run as one account. */
    interface Probe {
        void als(Account a) throws Exception;
    }

    Map<String, Probe> apiProbes() {
        Map<String, Probe> p = new LinkedHashMap<>();
        p.put("GET /api/v1/signalen", a -> {
            var antwoord = api("GET", "/api/v1/signalen?peildatum=2026-03-16", a, null);
            assertThat(antwoord.statusCode()).as(a.naam()).isEqualTo(200);
            int gezien = 0;
            for (JsonNode s : json.readTree(antwoord.body())) {
                String leerling = s.get("leerling_id").asString();
                String school = s.get("school_id").asString();
                if (a.school()) assertThat(a.scholen()).as(a.naam() + " signaal " + s).contains(school);
                if (a.leerplicht()) {
                    assertThat(s.get("verplicht").asBoolean()).as(a.naam() + " school-protocolsignaal " + s).isTrue();
                    assertThat(magLeerling(a, leerling)).as(a.naam() + " signaal zonder grond " + s).isTrue();
                }
                gezien++;
            }
            if (a.rol().equals("BEHEERDER") && inzageMetReden(a).isEmpty()) assertThat(gezien).as("beheer ziet geen signalen").isZero();
            if (a.school()) {
                assertThat(gezien).as(a.naam() + ": alle signalen van de eigen scholen").isEqualTo(jdbc.sql(
                        "select count(*) from signaal where einddatum <= '2026-03-16' and school_id = any(?)")
                        .param(a.scholen().toArray(String[]::new)).query(Integer.class).single());
            }
        });
        p.put("GET /api/v1/meldingen", a -> {
            var antwoord = api("GET", "/api/v1/meldingen", a, null);
            assertThat(antwoord.statusCode()).isEqualTo(200);
            int gezien = 0;
            for (JsonNode m : json.readTree(antwoord.body())) {
                var melding = meldingen.get(m.get("id").asLong());
                assertThat(magMelding(a, melding)).as(a.naam() + " melding " + melding).isTrue();
                gezien++;
            }
            assertThat(gezien).as(a.naam() + ": alle meldingen binnen bereik")
                    .isEqualTo((int) meldingen.values().stream().filter(m -> magMelding(a, m)).count());
        });
        p.put("GET /api/v1/meldingen/te-laat-per-school", a -> {
            var antwoord = api("GET", "/api/v1/meldingen/te-laat-per-school", a, null);
            assertThat(antwoord.statusCode()).isEqualTo(200);
            // aggregates only: school ids and counts, never a pupil
            JsonNode telling = json.readTree(antwoord.body());
            for (String school : telling.propertyNames()) {
                if (a.school()) assertThat(a.scholen()).contains(school);
                assertThat(telling.get(school).isNumber()).isTrue();
            }
            assertThat(antwoord.body()).doesNotContainPattern("[A-Z]-\\d{4}");
        });
        p.put("GET /api/v1/meldingen/{id}", a -> {
            for (var m : proefmeldingen) {
                int status = api("GET", "/api/v1/meldingen/" + m.id(), a, null).statusCode();
                assertThat(status).as(a.naam() + " melding " + m).isEqualTo(magMelding(a, m) ? 200 : 404);
            }
            assertThat(api("GET", "/api/v1/meldingen/987654321", a, null).statusCode()).isEqualTo(404);
        });
        p.put("POST /api/v1/meldingen/{id}/verzenden", a -> weigeringen(a, "verzenden",
                "{\"wat_school_deed\":\"probe\"}", (acc, m) -> acc.school() && acc.scholen().contains(m.school())
                        && m.status().equals("CONCEPT")));
        p.put("POST /api/v1/meldingen/{id}/intrekken", a -> weigeringen(a, "intrekken", "{\"reden\":\"probe\"}",
                (acc, m) -> acc.school() && acc.scholen().contains(m.school())
                        && (m.status().equals("VERZONDEN") || m.status().equals("IN_BEHANDELING"))));
        p.put("POST /api/v1/meldingen/{id}/in-behandeling", a -> weigeringen(a, "in-behandeling", null,
                (acc, m) -> acc.rol().equals("LEERPLICHT") && acc.gemeenten().contains(m.meldenAan())
                        && m.status().equals("VERZONDEN")));
        p.put("POST /api/v1/meldingen/{id}/afsluiten", a -> weigeringen(a, "afsluiten",
                "{\"uitkomst\":\"GEEN_ACTIE\",\"terugkoppeling\":\"probe\"}", (acc, m) -> acc.rol().equals("LEERPLICHT")
                        && acc.gemeenten().contains(m.meldenAan()) && m.status().equals("IN_BEHANDELING")));
        p.put("POST /api/v1/meldingen/overig", a -> {
            long voor = aantalMeldingen();
            for (String leerling : leerlingen) {
                for (String school : List.of(ingeschreven.getOrDefault(leerling, Set.of("21AB00")).iterator().next())) {
                    if (a.school() && a.scholen().contains(school)) continue; // allowed: would make a draft
                    var antwoord = api("POST", "/api/v1/meldingen/overig", a, """
                            {"leerling_id":"%s","school_id":"%s","begindatum":"2026-03-02","einddatum":"2026-03-06",
                             "toelichting":"probe"}""".formatted(leerling, school));
                    // another school's id: 403 (not theirs to melden from); their school but a pupil not enrolled: 404
                    assertThat(antwoord.statusCode()).as(a.naam() + " overig " + leerling + "@" + school)
                            .isEqualTo(!rolMag(a, "overig") || !a.scholen().contains(school) ? 403 : 404);
                }
            }
            assertThat(aantalMeldingen()).isEqualTo(voor);
        });
        p.put("POST /api/v1/inlezen", a -> {
            // a row about a pupil of another school (or, for a school account, its own school's pupil at a school
            // that is not its own): a non-school gets the role gate's 403, a school 422 with that row rejected
            String vreemd = leerlingen.stream().filter(l -> ingeschreven.getOrDefault(l, Set.of()).stream()
                    .noneMatch(a.scholen()::contains) && !ingeschreven.getOrDefault(l, Set.of()).isEmpty()).findFirst().orElseThrow();
            String school = ingeschreven.get(vreemd).iterator().next();
            String voor = absenties(vreemd);
            var antwoord = zip("/api/v1/inlezen", a, Map.of("absenties.csv", "leerling_id,school_id,datum,minuten,code,aantal,gemeld_op\n"
                    + vreemd + "," + school + ",2026-03-16,60,ONGEOORLOOFD,,\n"));
            if (!a.school()) {
                assertThat(antwoord.statusCode()).as(a.naam() + " inlezen").isEqualTo(403);
            } else {
                assertThat(antwoord.statusCode()).as(a.naam() + " inlezen " + vreemd + "@" + school).isEqualTo(422);
                JsonNode verslag = json.readTree(antwoord.body());
                assertThat(verslag.get("afgekeurd")).singleElement().satisfies(r -> {
                    assertThat(r.get("bestand").asString()).isEqualTo("absenties.csv");
                    assertThat(r.get("regel").asLong()).isEqualTo(2);
                    assertThat(r.get("kolom").asString()).isEqualTo("school_id");
                });
                assertThat(verslag.has("inlezing")).isFalse();
            }
            assertThat(absenties(vreemd)).isEqualTo(voor);
        });
        return p;
    }

    /** A zip of uitwisselformaat v1 files posted to the API as {@code application/zip}, with HTTP Basic. */
    HttpResponse<String> zip(String pad, Account a, Map<String, String> bestanden) throws Exception {
        pogingen.incrementAndGet();
        var bytes = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.ZipOutputStream(bytes)) {
            for (var e : bestanden.entrySet()) {
                z.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        String basic = Base64.getEncoder().encodeToString((a.naam() + ":" + WACHTWOORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json")
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Every request of an account that the table does not allow is refused: 403 for a role that may never take the step
     * (before the id is looked at, so it says nothing about the melding), 404 when the melding is not theirs.
     */
    void weigeringen(Account a, String stap, String body, Toegestaan toegestaan) throws Exception {
        for (var m : proefmeldingen) {
            if (toegestaan.test(a, m)) continue; // allowed: it would change the demo region
            String voor = status(m.id());
            var antwoord = api("POST", "/api/v1/meldingen/" + m.id() + "/" + stap, a, body);
            verwacht(antwoord.statusCode(), a, stap, magMelding(a, m), a.naam() + " " + stap + " " + m);
            assertThat(status(m.id())).isEqualTo(voor);
        }
    }

    /** The role each step is for (toegang.Rolregels), from the README's table. */
    static boolean rolMag(Account a, String stap) {
        return switch (stap) {
            case "verzenden", "overig", "absenties", "intrekken" -> a.school();
            case "in-behandeling", "afsluiten" -> a.rol().equals("LEERPLICHT");
            default -> throw new IllegalArgumentException(stap);
        };
    }

    static void verwacht(int status, Account a, String stap, boolean zichtbaar, String wat) {
        if (!rolMag(a, stap)) assertThat(status).as(wat + ": rol").isEqualTo(403);
        else if (!zichtbaar) assertThat(status).as(wat + ": niet van hen").isEqualTo(404);
        else assertThat(status).as(wat).isIn(302, 403, 409);
    }

    interface Toegestaan {
        boolean test(Account a, Melding m);
    }

    Map<String, Probe> paginaProbes() {
        Map<String, Probe> p = new LinkedHashMap<>();
        p.put("GET /login", a -> assertThat(pagina("GET", "/login", a, null).statusCode()).isEqualTo(200));
        p.put("GET /", a -> {
            var antwoord = pagina("GET", "/", a, null);
            assertThat(antwoord.statusCode()).isEqualTo(200);
            alleLinksBinnenBereik(a, antwoord.body());
        });
        p.put("GET /leerlingen/{id}", a -> {
            for (String leerling : leerlingen) {
                var antwoord = pagina("GET", "/leerlingen/" + leerling, a, null);
                assertThat(antwoord.statusCode()).as(a.naam() + " leerling " + leerling)
                        .isEqualTo(magLeerling(a, leerling) ? 200 : 404);
                if (antwoord.statusCode() == 200 && a.leerplicht()) {
                    // no school-protocol signals on the page
                    assertThat(antwoord.body()).as(a.naam() + " " + leerling).doesNotContain("MAZL_", "ZIEKMELDING_TE_LAAT",
                            "TE_LAAT_HERHAALD", "LUXE_VERZUIM_VERMOEDEN");
                }
            }
        });
        p.put("POST /leerlingen/{id}/absenties", a -> {
            for (String leerling : leerlingen) {
                String school = ingeschreven.getOrDefault(leerling, Set.of("21AB00")).iterator().next();
                if (a.school() && a.scholen().contains(school)) continue; // allowed: it would change the administration
                String voor = absenties(leerling);
                var antwoord = pagina("POST", "/leerlingen/" + leerling + "/absenties", a, Map.of("school", school,
                        "datum", "2026-03-16", "code", "ONGEOORLOOFD", "minuten", "60"));
                verwacht(antwoord.statusCode(), a, "absenties", magLeerling(a, leerling), a.naam() + " " + leerling);
                assertThat(absenties(leerling)).isEqualTo(voor);
            }
        });
        p.put("GET /meldingen", a -> {
            var antwoord = pagina("GET", "/meldingen", a, null);
            assertThat(antwoord.statusCode()).isIn(200, 403);
            if (antwoord.statusCode() == 200) {
                alleLinksBinnenBereik(a, antwoord.body());
                Matcher m = MELDING_LINK.matcher(antwoord.body());
                while (m.find()) assertThat(magMelding(a, meldingen.get(Long.parseLong(m.group(1))))).isTrue();
            }
        });
        p.put("GET /meldingen/{id}", a -> {
            for (var m : proefmeldingen) {
                var antwoord = pagina("GET", "/meldingen/" + m.id(), a, null);
                assertThat(antwoord.statusCode()).as(a.naam() + " melding " + m).isEqualTo(magMelding(a, m) ? 200 : 404);
                if (antwoord.statusCode() == 200) alleLinksBinnenBereik(a, antwoord.body());
            }
        });
        for (String stap : List.of("verzenden", "intrekken", "in-behandeling", "afsluiten")) {
            p.put("POST /meldingen/{id}/" + stap, a -> {
                for (var m : proefmeldingen) {
                    if (magMelding(a, m)) continue; // theirs: the API probe covers the rules of each step
                    String voor = status(m.id());
                    var antwoord = pagina("POST", "/meldingen/" + m.id() + "/" + stap, a,
                            Map.of("watSchoolDeed", "probe", "uitkomst", "GEEN_ACTIE", "terugkoppeling", "probe",
                                    "reden", "probe"));
                    verwacht(antwoord.statusCode(), a, stap, false, a.naam() + " " + stap + " " + m);
                    assertThat(status(m.id())).isEqualTo(voor);
                }
            });
        }
        p.put("POST /meldingen/overig", a -> {
            if (a.school()) return; // allowed for a school; the API probe covers other schools' pupils
            long voor = aantalMeldingen();
            var antwoord = pagina("POST", "/meldingen/overig", a, Map.of("leerling", leerlingen.getFirst(),
                    "school", "21AB00", "begindatum", "2026-03-02", "einddatum", "2026-03-06", "toelichting", "probe"));
            assertThat(antwoord.statusCode()).as(a.naam()).isIn(403, 404);
            assertThat(aantalMeldingen()).isEqualTo(voor);
        });
        p.put("GET /inlezen", a -> assertThat(pagina("GET", "/inlezen", a, null).statusCode()).as(a.naam())
                .isEqualTo(a.school() ? 200 : 403));
        p.put("POST /inlezen", a -> {
            if (a.school()) return; // a school's upload: the import tests cover whose pupils it may write
            assertThat(pagina("POST", "/inlezen", a, Map.of()).statusCode()).as(a.naam()).isEqualTo(403);
        });
        p.put("GET /audit", a -> assertThat(pagina("GET", "/audit", a, null).statusCode()).as(a.naam())
                .isEqualTo(a.rol().equals("BEHEERDER") ? 200 : 403));
        p.put("GET /audit/export", a -> assertThat(pagina("GET", "/audit/export?leerling=" + leerlingen.getFirst(), a, null)
                .statusCode()).as(a.naam()).isEqualTo(a.rol().equals("BEHEERDER") ? 200 : 403));
        p.put("POST /audit/inzage", a -> {
            if (a.rol().equals("BEHEERDER")) return; // break-glass: InzageNaarDoelTest and the test below
            assertThat(pagina("POST", "/audit/inzage", a, Map.of("leerling", leerlingen.getFirst(),
                    "reden", "probe zonder recht")).statusCode()).as(a.naam()).isEqualTo(403);
        });
        p.put("GET /actuator/health", a -> assertThat(pagina("GET", "/actuator/health/readiness", a, null).statusCode())
                .as(a.naam()).isEqualTo(200));
        p.put("GET /actuator/metrics", a -> assertThat(pagina("GET", "/actuator/metrics", a, null).statusCode()).as(a.naam())
                .isEqualTo(a.rol().equals("BEHEERDER") ? 200 : 403));
        p.put("GET /beheer/accounts", a -> assertThat(pagina("GET", "/beheer/accounts", a, null).statusCode()).as(a.naam())
                .isEqualTo(a.rol().equals("BEHEERDER") ? 200 : 403));
        for (String actie : List.of("", "/blokkeren", "/wachtwoord", "/bereik")) {
            p.put("POST /beheer/accounts" + actie, a -> {
                if (a.rol().equals("BEHEERDER")) return; // the beheerder's own work: AccountsTest
                String voor = accounts();
                assertThat(pagina("POST", "/beheer/accounts" + actie, a, Map.of("naam", a.naam(), "wachtwoord",
                        "een-lang-probewachtwoord", "rol", "BEHEERDER", "blokkeren", "true", "scholen", "21AB00",
                        "gemeenten", "GM0202")).statusCode()).as(a.naam() + " " + actie).isEqualTo(403);
                assertThat(accounts()).isEqualTo(voor);
            });
        }
        return p;
    }

    String accounts() {
        return jdbc.sql("select string_agg(naam || rol || geblokkeerd || wachtwoord || coalesce(array_to_string(scholen, ','), '')"
                + " || coalesce(array_to_string(gemeenten, ','), ''), ';' order by naam) from account").query(String.class).single();
    }

    @Test
    void elkeApiUitHetOpenApiDocumentAlsElkAccount() throws Exception {
        JsonNode paden = json.readTree(api("GET", "/api/docs", ACCOUNTS.getFirst(), null).body()).get("paths");
        var probes = apiProbes();
        Set<String> gevonden = new TreeSet<>();
        for (String pad : paden.propertyNames()) {
            for (String methode : paden.get(pad).propertyNames()) gevonden.add(methode.toUpperCase() + " " + pad);
        }
        assertThat(probes.keySet()).as("endpoints zonder probe: voeg er een toe").containsAll(gevonden);
        for (String endpoint : gevonden) {
            for (Account a : ACCOUNTS) probes.get(endpoint).als(a);
        }
        System.out.printf("Toegangsprobe API: %d endpoints × %d accounts, %d verzoeken%n", gevonden.size(),
                ACCOUNTS.size(), pogingen.get());
    }

    @Test
    void elkePaginaAlsElkAccount() throws Exception {
        var probes = paginaProbes();
        Set<String> gevonden = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, methode) -> {
            for (String patroon : info.getPatternValues()) {
                if (patroon.startsWith("/api") || patroon.startsWith("/error") || patroon.startsWith("/v3")) continue;
                var methodes = info.getMethodsCondition().getMethods();
                if (methodes.isEmpty()) gevonden.add("GET " + patroon);
                methodes.forEach(m -> gevonden.add(m.name() + " " + patroon));
            }
        });
        // the actuator's endpoints are mapped apart from the application's pages
        gevonden.addAll(List.of("GET /actuator/health", "GET /actuator/metrics"));
        assertThat(probes.keySet()).as("pagina's zonder probe: voeg er een toe").containsAll(gevonden);
        int voor = pogingen.get();
        for (String pagina : gevonden) {
            for (Account a : ACCOUNTS) probes.get(pagina).als(a);
        }
        System.out.printf("Toegangsprobe pagina's: %d pagina's × %d accounts, %d verzoeken%n", gevonden.size(),
                ACCOUNTS.size(), pogingen.get() - voor);
    }

    @Test
    void beheerderZietEenLeerlingAlleenNaInzageMetReden() throws Exception {
        Account beheer = ACCOUNTS.getFirst();
        String leerling = leerlingen.getFirst();
        assertThat(pagina("GET", "/leerlingen/" + leerling, beheer, null).statusCode()).isEqualTo(404);
        assertThat(pagina("POST", "/audit/inzage", beheer, Map.of("leerling", leerling, "reden", "te kort"))
                .headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/audit"));
        assertThat(pagina("GET", "/leerlingen/" + leerling, beheer, null).statusCode()).isEqualTo(404);
        var geopend = pagina("POST", "/audit/inzage", beheer, Map.of("leerling", leerling,
                "reden", "AVG-inzageverzoek van de ouders, brief van 12 maart"));
        assertThat(geopend.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/leerlingen/" + leerling));
        assertThat(pagina("GET", "/leerlingen/" + leerling, beheer, null).statusCode()).isEqualTo(200);
        assertThat(pagina("GET", "/audit", beheer, null).body()).contains("AVG-inzageverzoek van de ouders, brief van 12 maart");
        // only that pupil
        String ander = leerlingen.get(1);
        assertThat(pagina("GET", "/leerlingen/" + ander, beheer, null).statusCode()).isEqualTo(404);
    }

    // ---- machinery ----

    void alleLinksBinnenBereik(Account a, String html) {
        Matcher m = LEERLING_LINK.matcher(html);
        while (m.find()) {
            assertThat(magLeerling(a, m.group(1))).as(a.naam() + " ziet een link naar leerling " + m.group(1)).isTrue();
        }
    }

    String status(long melding) {
        return jdbc.sql("select status from melding where id = ?").param(melding).query(String.class).single();
    }

    long aantalMeldingen() {
        return jdbc.sql("select count(*) from melding").query(Long.class).single();
    }

    String absenties(String leerling) {
        return jdbc.sql("select count(*) || '/' || coalesce(sum(minuten), 0) from absentie where leerling_id = ?")
                .param(leerling).query(String.class).single();
    }

    HttpResponse<String> api(String methode, String pad, Account a, String body) throws Exception {
        pogingen.incrementAndGet();
        String basic = Base64.getEncoder().encodeToString((a.naam() + ":" + WACHTWOORD).getBytes(StandardCharsets.UTF_8));
        var verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json");
        if (body == null) verzoek.method(methode, HttpRequest.BodyPublishers.noBody());
        else verzoek.header("Content-Type", "application/json").method(methode, HttpRequest.BodyPublishers.ofString(body));
        return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A page as the logged-in user (form login, session cookie, the CSRF token of the session for a POST). */
    HttpResponse<String> pagina(String methode, String pad, Account a, Map<String, String> formulier) throws Exception {
        pogingen.incrementAndGet();
        HttpClient sessie = sessie(a);
        var verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad));
        if (methode.equals("GET")) return sessie.send(verzoek.GET().build(), HttpResponse.BodyHandlers.ofString());
        Map<String, String> velden = new LinkedHashMap<>(formulier);
        velden.put("_csrf", tokens.computeIfAbsent(sessie, this::csrf));
        return sessie.send(verzoek.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulier(velden))).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpClient sessie(Account a) throws Exception {
        HttpClient sessie = sessies.get(a.naam());
        if (sessie != null) return sessie;
        sessie = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        var inloggen = sessie.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulier(Map.of("username", a.naam(), "password", WACHTWOORD,
                        "_csrf", csrf(sessie))))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(inloggen.headers().firstValue("Location")).as("inloggen " + a.naam())
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        sessies.put(a.naam(), sessie);
        return sessie;
    }

    /** A CSRF token of the session (any rendered token is valid for the whole session). */
    String csrf(HttpClient sessie) {
        String login;
        try {
            login = sessie.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Matcher m = CSRF.matcher(login);
        assertThat(m.find()).as("CSRF-token op de inlogpagina").isTrue();
        return m.group(1);
    }

    static String formulier(Map<String, String> velden) {
        var delen = new ArrayList<String>();
        velden.forEach((k, v) -> delen.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return String.join("&", delen);
    }
}
