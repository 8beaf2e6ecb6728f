package nl.inbeeld.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Member;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Docs that cannot go stale: every Java type, method, constant and setting that {@code docs/regels.md} and
 * {@code docs/begrippen.md} name in backticks must exist. A name is read as
 * <ul>
 * <li>{@code inbeeld.…}: a setting — a component of a {@code @ConfigurationProperties} record (kebab-case), an
 *     {@code @Value} placeholder in the sources, or a key of {@code application*.properties};</li>
 * <li>{@code Type}, {@code package.Type}, {@code Type.member}, {@code Type.Nested.member} (a call such as
 *     {@code Type.method(args).more} is read up to its first parenthesis): a class of {@code nl.inbeeld} (main or
 *     test) and a method, field, enum constant or nested type declared in it or a supertype; a trailing … means any
 *     member with that prefix;</li>
 * <li>{@code CONSTANT}: a constant of an enum of {@code nl.inbeeld};</li>
 * <li>{@code camelCaseName}: a method of some class of {@code nl.inbeeld} (a test's name, for example).</li>
 * </ul>
 * Anything else in backticks (paths, SQL, JSON fields, lower-case words, values) is not a Java name and is skipped.
 */
class DocumentatieTest {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern NAAM = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*(…|\\.\\.\\.)?");
    private static final Pattern INSTELLING = Pattern.compile("inbeeld(\\.[a-z0-9-]+|\\[\\d+])+");
    private static final Pattern BESTAND = Pattern.compile(".*\\.(md|java|sql|csv|properties|json|html|txt)");
    private static final Pattern VALUE = Pattern.compile("\\$\\{(inbeeld\\.[A-Za-z0-9.\\-]+)");

    private static final Map<String, List<Class<?>>> KLASSEN = klassen();
    private static final Set<String> INSTELLINGEN = instellingen();

    @ParameterizedTest
    @ValueSource(strings = {"docs/regels.md", "docs/begrippen.md"})
    void elkeGenoemdeNaamBestaat(String document) throws IOException {
        List<String> onbekend = new ArrayList<>();
        int gecontroleerd = 0;
        Matcher m = CODE.matcher(Files.readString(Path.of(document)));
        while (m.find()) {
            String naam = m.group(1).strip();
            int haakje = naam.indexOf('(');
            if (haakje > 0) naam = naam.substring(0, haakje);
            if (naam.matches("\\.[a-z][a-z0-9-]*")) {
                onbekend.add(naam + " (name the setting in full, inbeeld.…)");
                continue;
            }
            if (naam.startsWith("inbeeld.")) {
                gecontroleerd++;
                if (!INSTELLINGEN.contains(naam)) onbekend.add(naam + " (instelling)");
                continue;
            }
            if (!NAAM.matcher(naam).matches() || BESTAND.matcher(naam).matches()) continue;
            Boolean bestaat = bestaat(naam);
            if (bestaat == null) continue;
            gecontroleerd++;
            if (!bestaat) onbekend.add(naam);
        }
        assertThat(gecontroleerd).as("names checked in " + document).isGreaterThan(30);
        assertThat(onbekend).as("names in " + document + " that do not exist").isEmpty();
    }

    /** Whether the Java name exists; null when the token is not read as a Java name. */
    static Boolean bestaat(String naam) {
        boolean prefix = naam.endsWith("…") || naam.endsWith("...");
        String kaal = naam.replaceAll("(…|\\.\\.\\.)$", "");
        String[] delen = kaal.split("\\.");
        if (delen.length == 1) {
            String d = delen[0];
            if (d.matches("[A-Z][A-Z0-9_]*") && d.length() > 1) return enumConstante(d);
            if (Character.isUpperCase(d.charAt(0))) return KLASSEN.containsKey(d);
            if (d.chars().anyMatch(Character::isUpperCase)) return KLASSEN.values().stream().flatMap(List::stream)
                    .anyMatch(k -> heeftLid(k, d, prefix));
            return null; // a lower-case word: a field of the format, a table, not a Java name
        }
        int i = 0;
        List<Class<?>> types;
        if (Character.isLowerCase(delen[0].charAt(0))) {
            // package.Type: relative to nl.inbeeld
            String pakket = "nl.inbeeld." + delen[0];
            types = new ArrayList<>();
            for (Class<?> k : KLASSEN.getOrDefault(delen[1], List.of())) {
                if (k.getPackageName().equals(pakket)) types.add(k);
            }
            if (types.isEmpty()) return false;
            i = 2;
        } else {
            types = KLASSEN.getOrDefault(delen[0], List.of());
            if (types.isEmpty()) return false;
            i = 1;
        }
        for (Class<?> type : types) {
            if (lid(type, delen, i, prefix)) return true;
        }
        return false;
    }

    private static boolean lid(Class<?> type, String[] delen, int i, boolean prefix) {
        if (i == delen.length) return true;
        for (Class<?> genest : type.getDeclaredClasses()) {
            if (genest.getSimpleName().equals(delen[i]) && lid(genest, delen, i + 1, prefix)) return true;
        }
        return i == delen.length - 1 && heeftLid(type, delen[i], prefix);
    }

    private static boolean heeftLid(Class<?> type, String naam, boolean prefix) {
        for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) {
            List<Member> leden = new ArrayList<>(Arrays.asList(k.getDeclaredMethods()));
            leden.addAll(Arrays.asList(k.getDeclaredFields()));
            for (Member lid : leden) {
                if (prefix ? lid.getName().startsWith(naam) : lid.getName().equals(naam)) return true;
            }
            for (Class<?> i : k.getInterfaces()) if (heeftLid(i, naam, prefix)) return true;
        }
        return false;
    }

    private static boolean enumConstante(String naam) {
        return KLASSEN.values().stream().flatMap(List::stream).filter(Class::isEnum)
                .anyMatch(e -> Arrays.stream(e.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(naam)));
    }

    /** Every class of nl.inbeeld, main and test, by simple name (nested classes too). */
    private static Map<String, List<Class<?>>> klassen() {
        Map<String, List<Class<?>>> perNaam = new HashMap<>();
        for (String map : List.of("target/classes", "target/test-classes")) {
            Path wortel = Path.of(map);
            try (Stream<Path> bestanden = Files.walk(wortel.resolve("nl/inbeeld"))) {
                for (Path p : bestanden.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String naam = wortel.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                    if (naam.matches(".*\\$\\d.*")) continue; // anonymous and local classes
                    Class<?> k = Class.forName(naam, false, DocumentatieTest.class.getClassLoader());
                    perNaam.computeIfAbsent(k.getSimpleName(), x -> new ArrayList<>()).add(k);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return perNaam;
    }

    /** Every setting the application reads. */
    private static Set<String> instellingen() {
        Set<String> namen = new HashSet<>();
        KLASSEN.values().stream().flatMap(List::stream).forEach(k -> {
            ConfigurationProperties cp = k.getAnnotation(ConfigurationProperties.class);
            if (cp == null || !k.isRecord()) return;
            String prefix = cp.value().isEmpty() ? cp.prefix() : cp.value();
            for (RecordComponent c : k.getRecordComponents()) {
                namen.add(prefix + "." + c.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase());
            }
        });
        try (Stream<Path> bronnen = Files.walk(Path.of("src/main"))) {
            for (Path p : bronnen.filter(Files::isRegularFile).toList()) {
                String tekst = Files.readString(p);
                if (p.toString().endsWith(".java")) {
                    Matcher m = VALUE.matcher(tekst);
                    while (m.find()) namen.add(m.group(1));
                } else if (p.getFileName().toString().matches("application.*\\.properties")) {
                    var props = new Properties();
                    props.load(Files.newBufferedReader(p));
                    props.stringPropertyNames().stream().filter(n -> INSTELLING.matcher(n).matches()).forEach(namen::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return namen;
    }
}
