package nl.inbeeld.aanwezigheid.web;

import java.io.IOException;
import java.nio.file.Path;
import nl.inbeeld.aanwezigheid.Inlezen;
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
 * The zip is checked for size and ratio while it is unpacked; no message names a server path ({@link Zipinlezing},
 * shared with {@code POST /api/v1/inlezen}).
 */
@Controller
class Uploadpagina {

    private final Zipinlezing zipinlezing;
    private final Gebruikers gebruikers;

    Uploadpagina(Zipinlezing zipinlezing, Gebruikers gebruikers) {
        this.zipinlezing = zipinlezing;
        this.gebruikers = gebruikers;
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
        try (var in = zip.getInputStream()) {
            model.addAttribute("resultaat", zipinlezing.lees(in, gedeeltelijk, g, zip.getOriginalFilename()).resultaat());
        } catch (Zipuitpakker.Geweigerd e) {
            model.addAttribute("fout", e.getMessage());
        }
        return "inlezen";
    }
}
