package nl.inbeeld.aanwezigheid.web;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.inbeeld.aanwezigheid.Inlezen;
import nl.inbeeld.school.SchoolId;
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
 * Uploading a folder in uitwisselformaat v1 as a zip. A school may only deliver rows of its own schools, and never
 * the municipality's files (bevolking.csv, vrijstellingen.csv); the whole upload is refused otherwise.
 */
@Controller
class Uploadpagina {

    private static final Set<String> BESTANDEN = Set.of("scholen.csv", "kalender.csv", "leerlingen.csv",
            "inschrijvingen.csv", "absenties.csv", "bevolking.csv", "vrijstellingen.csv");
    private static final Set<String> ALLEEN_GEMEENTE = Set.of("bevolking.csv", "vrijstellingen.csv");
    private static final long MAX_BYTES = 512L << 20;

    private final Inlezen inlezen;
    private final Gebruikers gebruikers;
    private final Auditlog audit;

    Uploadpagina(Inlezen inlezen, Gebruikers gebruikers, Auditlog audit) {
        this.inlezen = inlezen;
        this.gebruikers = gebruikers;
        this.audit = audit;
    }

    @GetMapping("/inlezen")
    String formulier() {
        return "inlezen";
    }

    @PostMapping("/inlezen")
    String lees(@RequestParam("map") MultipartFile zip, @RequestParam(defaultValue = "false") boolean gedeeltelijk,
            Model model) throws IOException {
        Gebruiker g = gebruikers.huidige();
        if (g.rol() != Rol.SCHOOL && g.rol() != Rol.BEHEERDER) {
            model.addAttribute("fout", "Alleen een school of beheerder kan een administratie inlezen.");
            return "inlezen";
        }
        Path map = Files.createTempDirectory("inbeeld-upload");
        try {
            List<String> problemen = pak(zip, map, g);
            if (problemen.isEmpty()) {
                var resultaat = inlezen.lees(map, gedeeltelijk, g.naam());
                audit.vastleggen(g, "INLEZEN " + zip.getOriginalFilename() + ": " + resultaat, null, "verzuimadministratie bijhouden");
                model.addAttribute("resultaat", resultaat);
            } else {
                model.addAttribute("fout", String.join(" ", problemen));
            }
        } catch (IllegalArgumentException e) {
            model.addAttribute("fout", e.getMessage());
        } finally {
            try (Stream<Path> paden = Files.walk(map)) {
                paden.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        model.addAttribute("gedeeltelijk", gedeeltelijk);
        return "inlezen";
    }

    /** Unpacks the known files (by name, wherever in the zip; nothing else is written) and checks the school scope. */
    private static List<String> pak(MultipartFile zip, Path map, Gebruiker g) throws IOException {
        List<String> problemen = new ArrayList<>();
        long totaal = 0;
        try (var in = new ZipInputStream(zip.getInputStream(), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String naam = Path.of(e.getName()).getFileName().toString();
                if (e.isDirectory() || !BESTANDEN.contains(naam)) continue;
                Path doel = map.resolve(naam);
                totaal += Files.copy(new BegrensdeStroom(in, MAX_BYTES - totaal), doel, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IllegalStateException te) {
            return List.of("Het zip-bestand is groter dan 512 MB uitgepakt.");
        }
        if (g.rol() == Rol.BEHEERDER) return problemen;
        for (String bestand : ALLEEN_GEMEENTE) {
            if (Files.exists(map.resolve(bestand))) problemen.add(bestand + " komt van de gemeente, niet van een school.");
        }
        for (String bestand : List.of("scholen.csv", "kalender.csv", "inschrijvingen.csv", "absenties.csv")) {
            Path pad = map.resolve(bestand);
            if (!Files.exists(pad)) continue;
            try (var reader = CsvReader.builder().detectBomHeader(true).allowExtraFields(true).allowMissingFields(true)
                    .ofNamedCsvRecord(pad, StandardCharsets.UTF_8)) {
                for (var rij : reader) {
                    String school = rij.findField("school_id").orElse("").strip();
                    if (SchoolId.isGeldig(school) && !g.bereik().scholen().contains(new SchoolId(school))) {
                        problemen.add(bestand + ":" + rij.getStartingLineNumber() + ": school " + school
                                + " hoort niet bij uw account; er is niets ingelezen.");
                        break;
                    }
                }
            } catch (RuntimeException e) {
                // malformed CSV: the import itself reports it row by row
            }
        }
        return problemen;
    }

    /** Stops a zip bomb: at most {@code rest} bytes may be read. */
    private static final class BegrensdeStroom extends InputStream {
        private final InputStream in;
        private long rest;

        BegrensdeStroom(InputStream in, long rest) {
            this.in = in;
            this.rest = rest;
        }

        @Override
        public int read() throws IOException {
            if (rest-- <= 0) throw new IllegalStateException("te groot");
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (rest <= 0) throw new IllegalStateException("te groot");
            int n = in.read(b, off, (int) Math.min(len, rest));
            if (n > 0) rest -= n;
            return n;
        }
    }
}
