package nl.inbeeld.toegang;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for the BEHEERDER (the security configuration admits no one else to {@code /audit/**}): the newest
 * entries, per pupil, a CSV export per pupil for an AVG inzageverzoek (which is itself logged), and the break-glass
 * {@link InzageMetReden}: the only way a beheerder sees a pupil's data.
 */
@Controller
class Auditpagina {

    /** A leerling_id is at most 64 characters (the audit table's column). */
    private static final int MAX_LEERLING = 64;

    private final Auditlog audit;
    private final Gebruikers gebruikers;
    private final InzageMetReden inzage;

    Auditpagina(Auditlog audit, Gebruikers gebruikers, InzageMetReden inzage) {
        this.audit = audit;
        this.gebruikers = gebruikers;
        this.inzage = inzage;
    }

    @GetMapping("/audit")
    String toon(@RequestParam(required = false) String leerling, Model model) {
        String filter = leerling == null || leerling.isBlank() ? null : leerling.strip();
        model.addAttribute("leerling", filter);
        if (filter != null && filter.length() > MAX_LEERLING) {
            model.addAttribute("fout", "Een leerling_id is ten hoogste " + MAX_LEERLING + " tekens.");
            model.addAttribute("regels", java.util.List.of());
            return "audit";
        }
        model.addAttribute("regels", audit.lees(filter, 500));
        model.addAttribute("inzagen", inzage.laatste(50));
        return "audit";
    }

    /** Break-glass: opens one pupil's data for this beheerder, with a reason; then shows the pupil's page. */
    @PostMapping("/audit/inzage")
    String inzage(@RequestParam(required = false) String leerling, @RequestParam(required = false) String reden,
            RedirectAttributes doorgeven) {
        var geweigerd = inzage.open(gebruikers.huidige(), leerling, reden);
        if (geweigerd.isPresent()) {
            doorgeven.addFlashAttribute("fout", geweigerd.get());
            return "redirect:/audit";
        }
        return "redirect:/leerlingen/" + UriUtils.encodePathSegment(leerling.strip(), StandardCharsets.UTF_8);
    }

    @GetMapping("/audit/export")
    void export(@RequestParam String leerling, HttpServletResponse antwoord) throws IOException {
        if (leerling.length() > MAX_LEERLING) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
                    "Een leerling_id is ten hoogste " + MAX_LEERLING + " tekens.");
        }
        audit.vastleggen(gebruikers.huidige(), "EXPORT auditlog", leerling, "AVG-inzageverzoek");
        antwoord.setContentType("text/csv; charset=UTF-8");
        antwoord.setHeader("Content-Disposition", "attachment; filename=\"audit-" + leerling.replaceAll("[^A-Za-z0-9_-]", "") + ".csv\"");
        try (CsvWriter csv = CsvWriter.builder().build(new OutputStreamWriter(antwoord.getOutputStream(), StandardCharsets.UTF_8))) {
            csv.writeRecord("op", "gebruiker", "rol", "handeling", "leerling_id", "doel", "uitkomst");
            for (var r : audit.lees(leerling, Integer.MAX_VALUE)) {
                csv.writeRecord(r.op().toString(), r.gebruiker(), r.rol(), r.handeling(), r.leerling(), r.doel(),
                        r.uitkomst().name());
            }
        }
    }
}
