package nl.inbeeld.aanwezigheid.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import nl.inbeeld.aanwezigheid.Inlezen;
import nl.inbeeld.toegang.Auditlog;
import nl.inbeeld.toegang.Gebruiker;
import nl.inbeeld.toegang.Gebruikers;
import nl.inbeeld.toegang.Rol;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploading a folder in uitwisselformaat v1 as a zip, imported for the logged-in user: a school writes only rows of
 * its own schools and pupils (the import rejects every other row, {@link Inlezen#lees(Path, boolean, Gebruiker)}).
 * The zip is checked for size and ratio while it is unpacked ({@link Zipuitpakker}); no message names a server path.
 */
@Controller
class Uploadpagina {

    private static final Set<String> BESTANDEN = Set.of("scholen.csv", "kalender.csv", "leerlingen.csv",
            "inschrijvingen.csv", "absenties.csv", "bevolking.csv", "vrijstellingen.csv", "ouders.csv");
    private static final String GEEN_ZIP = "Het bestand is geen zip-bestand met bestanden van uitwisselformaat v1"
            + " (scholen.csv, kalender.csv, leerlingen.csv, inschrijvingen.csv, absenties.csv); er is niets ingelezen.";

    private final Inlezen inlezen;
    private final Gebruikers gebruikers;
    private final Auditlog audit;
    private final Uploadgrenzen grenzen;

    Uploadpagina(Inlezen inlezen, Gebruikers gebruikers, Auditlog audit, Uploadgrenzen grenzen) {
        this.inlezen = inlezen;
        this.gebruikers = gebruikers;
        this.audit = audit;
        this.grenzen = grenzen;
    }

    @GetMapping("/inlezen")
    String formulier() {
        return "inlezen";
    }

    @PostMapping("/inlezen")
    String lees(@RequestParam("map") MultipartFile zip, @RequestParam(defaultValue = "false") boolean gedeeltelijk,
            Model model) throws IOException {
        Gebruiker g = gebruikers.huidige();
        model.addAttribute("gedeeltelijk", gedeeltelijk);
        if (g.rol() != Rol.SCHOOL && g.rol() != Rol.BEHEERDER) {
            model.addAttribute("fout", "Alleen een school of beheerder kan een administratie inlezen.");
            return "inlezen";
        }
        Path map = Files.createTempDirectory("inbeeld-upload");
        try {
            int bestanden;
            try (var in = zip.getInputStream()) {
                bestanden = new Zipuitpakker(grenzen).pak(in, map, BESTANDEN);
            } catch (Zipuitpakker.Geweigerd e) {
                model.addAttribute("fout", e.getMessage());
                return "inlezen";
            } catch (IOException e) {
                // a damaged zip (ZipException) or a file that is none; its message may name a server path
                bestanden = 0;
            }
            if (bestanden == 0) {
                model.addAttribute("fout", GEEN_ZIP);
                return "inlezen";
            }
            var resultaat = inlezen.lees(map, gedeeltelijk, g);
            audit.vastleggen(g, "INLEZEN " + zip.getOriginalFilename() + ": " + resultaat, null, "verzuimadministratie bijhouden");
            model.addAttribute("resultaat", resultaat);
        } finally {
            try (Stream<Path> paden = Files.walk(map)) {
                paden.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return "inlezen";
    }
}
