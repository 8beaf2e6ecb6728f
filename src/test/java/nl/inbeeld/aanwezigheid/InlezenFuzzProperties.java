package nl.inbeeld.aanwezigheid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import nl.inbeeld.InBeeldApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fuzzing parser and validator against the real database: random bytes and CSV-ish mutations of a valid folder
 * never raise anything but reported Afkeuringen, and an atomic import stores everything or nothing.
 */
class InlezenFuzzProperties {

    private static final Set<String> BESTANDEN = Testmap.geldig().keySet();
    private static ConfigurableApplicationContext context;
    private static Inlezen inlezen;
    private static JdbcClient jdbc;

    @BeforeContainer
    static void start() {
        context = new SpringApplicationBuilder(InBeeldApplication.class).profiles("test")
                .web(WebApplicationType.NONE).properties("spring.main.banner-mode=off").run();
        inlezen = context.getBean(Inlezen.class);
        jdbc = context.getBean(JdbcClient.class);
    }

    @AfterContainer
    static void stop() {
        if (context != null) context.close();
    }

    enum Soort { KOLOM_WEG, KOLOM_DUBBEL, ONZIN, AFGEKAPT, AANHALINGSTEKEN, REGEL_WEG, REGEL_DUBBEL }

    record Mutatie(Soort soort, int bestand, int regel, int positie, String onzin) {}

    @Provide
    Arbitrary<List<Mutatie>> mutaties() {
        var onzin = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
                Arbitraries.of("", "\"", ",", "\n", "2025-02-30", "-1", "721", "99999999999", "\"a,b\"", "GM036",
                        "ZIEK", "TE_LAAT", "12AB00", "L-1", "\uFEFF", "\r\n"));
        return Combinators.combine(Arbitraries.of(Soort.values()), Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 60), onzin)
                .as(Mutatie::new).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 100)
    void mutatiesVanEenGeldigeMap(@ForAll("mutaties") List<Mutatie> mutaties) throws IOException {
        Map<String, List<String>> regels = new LinkedHashMap<>();
        Testmap.geldig().forEach((k, v) -> regels.put(k, new ArrayList<>(v.lines().toList())));
        List<String> namen = new ArrayList<>(regels.keySet());
        for (Mutatie m : mutaties) pasToe(regels.get(namen.get(m.bestand())), m);
        Map<String, String> map = new LinkedHashMap<>();
        regels.forEach((k, v) -> map.put(k, String.join("\n", v) + "\n"));
        controleer(map);
    }

    @Property(tries = 100)
    void willekeurigeBytes(@ForAll byte[] inhoud, @ForAll("bestandsnamen") String naam) throws IOException {
        Path map = Files.createTempDirectory("fuzz");
        try {
            Files.write(map.resolve(naam), inhoud);
            controleer(map);
        } finally {
            verwijder(map);
        }
    }

    @Provide
    Arbitrary<String> bestandsnamen() {
        return Arbitraries.of(BESTANDEN);
    }

    private static void pasToe(List<String> regels, Mutatie m) {
        if (regels.isEmpty()) return;
        int r = m.regel() % regels.size();
        String regel = regels.get(r);
        switch (m.soort()) {
            case KOLOM_WEG, KOLOM_DUBBEL -> regels.replaceAll(l -> {
                List<String> velden = new ArrayList<>(Arrays.asList(l.split(",", -1)));
                int k = m.positie() % velden.size();
                if (m.soort() == Soort.KOLOM_WEG) velden.remove(k); else velden.add(k, velden.get(k));
                return String.join(",", velden);
            });
            case ONZIN -> {
                String[] velden = regel.split(",", -1);
                velden[m.positie() % velden.length] = m.onzin();
                regels.set(r, String.join(",", velden));
            }
            case AFGEKAPT -> regels.set(r, regel.substring(0, m.positie() % (regel.length() + 1)));
            case AANHALINGSTEKEN -> {
                int p = m.positie() % (regel.length() + 1);
                regels.set(r, regel.substring(0, p) + "\"" + regel.substring(p));
            }
            case REGEL_WEG -> regels.remove(r);
            case REGEL_DUBBEL -> regels.add(r, regel);
        }
    }

    private static void controleer(Map<String, String> bestanden) throws IOException {
        Path map = Testmap.schrijf(Files.createTempDirectory("fuzz"), bestanden);
        try {
            controleer(map);
        } finally {
            verwijder(map);
        }
    }

    /** Reads atomically: no exception, each rejection well-formed, and everything or nothing stored. */
    private static void controleer(Path map) {
        Testmap.leeg(jdbc);
        Inleesresultaat r = inlezen.lees(map, false, "fuzz");
        for (Afkeuring a : r.afkeuringen()) {
            assertThat(BESTANDEN).contains(a.bestand());
            assertThat(a.regel()).isPositive();
            assertThat(a.reden()).isNotBlank();
        }
        Map<String, Long> tellingen = Testmap.tellingen(jdbc);
        if (!r.afkeuringen().isEmpty()) {
            assertThat(r.volledig()).isFalse();
            assertThat(tellingen.values()).allMatch(n -> n == 0);
            return;
        }
        assertThat(r.volledig()).isTrue();
        assertThat(tellingen.get("inlezing")).isEqualTo(1);
        r.opgeslagen().forEach((bestand, n) -> assertThat(tellingen.get(tabel(bestand))).as(bestand)
                .isEqualTo(n.longValue()));
    }

    private static String tabel(String bestand) {
        return switch (bestand) {
            case "scholen.csv" -> "school";
            case "leerlingen.csv" -> "leerling";
            case "inschrijvingen.csv" -> "inschrijving";
            case "absenties.csv" -> "absentie";
            case "vrijstellingen.csv" -> "vrijstelling";
            default -> bestand.replace(".csv", "");
        };
    }

    private static void verwijder(Path map) throws IOException {
        try (var paden = Files.walk(map)) {
            for (Path p : paden.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
