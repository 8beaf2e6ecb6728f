package nl.inbeeld.aanwezigheid.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import nl.inbeeld.aanwezigheid.Inleesresultaat;
import nl.inbeeld.aanwezigheid.Inlezen;
import nl.inbeeld.toegang.Auditlog;
import nl.inbeeld.toegang.Gebruiker;
import org.springframework.stereotype.Component;

/**
 * The steps the upload page and {@code POST /api/v1/inlezen} share: unpack a zip in uitwisselformaat v1 into a
 * temporary folder within {@link Uploadgrenzen} ({@link Zipuitpakker}), import it for the user (a school writes only
 * rows of its own schools and pupils, {@link Inlezen#lees(Path, boolean, Gebruiker)}), audit the import, read the
 * {@code afgekeurd.csv} of a partial import and remove the folder. A refused zip is a {@link Zipuitpakker.Geweigerd}
 * with a Dutch message that names no server path; nothing is then imported.
 */
@Component
class Zipinlezing {

    static final Set<String> BESTANDEN = Set.of("scholen.csv", "kalender.csv", "leerlingen.csv",
            "inschrijvingen.csv", "absenties.csv", "bevolking.csv", "vrijstellingen.csv", "ouders.csv");
    static final String GEEN_ZIP = "Het bestand is geen zip-bestand met bestanden van uitwisselformaat v1"
            + " (scholen.csv, kalender.csv, leerlingen.csv, inschrijvingen.csv, absenties.csv, ouders.csv); er is niets ingelezen.";

    /** The import's outcome and, for a partial import with rejected rows, the content of its afgekeurd.csv. */
    record Uitkomst(Inleesresultaat resultaat, String afgekeurd) {}

    private final Inlezen inlezen;
    private final Auditlog audit;
    private final Uploadgrenzen grenzen;

    Zipinlezing(Inlezen inlezen, Auditlog audit, Uploadgrenzen grenzen) {
        this.inlezen = inlezen;
        this.audit = audit;
        this.grenzen = grenzen;
    }

    /** Imports the zip for {@code wie}; {@code naam} (the uploaded file's name, or a description) goes into the audit. */
    Uitkomst lees(InputStream zip, boolean gedeeltelijk, Gebruiker wie, String naam) throws IOException {
        Path map = Files.createTempDirectory("inbeeld-upload");
        try {
            int bestanden;
            try {
                bestanden = new Zipuitpakker(grenzen).pak(zip, map, BESTANDEN); // a Geweigerd passes through
            } catch (IOException e) {
                // a damaged zip (ZipException) or a file that is none; its message may name a server path
                bestanden = 0;
            }
            if (bestanden == 0) throw new Zipuitpakker.Geweigerd(GEEN_ZIP);
            Inleesresultaat resultaat = inlezen.lees(map, gedeeltelijk, wie);
            audit.vastleggen(wie, "INLEZEN " + naam + ": " + resultaat, null, "verzuimadministratie bijhouden");
            String afgekeurd = resultaat.afgekeurd() != null && Files.exists(resultaat.afgekeurd())
                    ? Files.readString(resultaat.afgekeurd(), StandardCharsets.UTF_8) : null;
            return new Uitkomst(resultaat, afgekeurd);
        } finally {
            try (Stream<Path> paden = Files.walk(map)) {
                paden.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
