package nl.inbeeld.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.melding.Meldingbesluit;
import nl.inbeeld.melding.Meldingen;
import nl.inbeeld.melding.Meldingfilter;
import nl.inbeeld.melding.Meldingstatus;
import nl.inbeeld.melding.Uitkomst;
import nl.inbeeld.leerling.Leerlingen;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.toegang.Gebruiker;
import nl.inbeeld.toegang.Gebruikers;
import nl.inbeeld.toegang.Rol;
import nl.inbeeld.verzuim.Signaalsoort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Meldingen in the browser: for a school its meldingen (drafts to send, overdue ones, leerplicht's terugkoppeling);
 * for leerplicht the inbox of meldingen about its residents from every school, to accept and close with a message.
 */
@Controller
class Meldingenpagina {

    private final Meldingen meldingen;
    private final Gebruikers gebruikers;
    private final Leerlingen leerlingen;
    private final Clock clock;

    Meldingenpagina(Meldingen meldingen, Gebruikers gebruikers, Leerlingen leerlingen, Clock clock) {
        this.leerlingen = leerlingen;
        this.meldingen = meldingen;
        this.gebruikers = gebruikers;
        this.clock = clock;
    }

    @GetMapping("/meldingen")
    String lijst(@RequestParam(required = false) Set<Meldingstatus> status, @RequestParam(required = false) String school,
            @RequestParam(required = false) String zoek, @RequestParam(defaultValue = "false") boolean teLaat, Model model) {
        Gebruiker g = gebruikers.huidige();
        Set<Meldingstatus> statussen = status != null && !status.isEmpty() ? status
                : g.rol() == Rol.SCHOOL ? EnumSet.of(Meldingstatus.CONCEPT, Meldingstatus.VERZONDEN, Meldingstatus.IN_BEHANDELING, Meldingstatus.AFGESLOTEN,
                        Meldingstatus.INGETROKKEN)
                : EnumSet.of(Meldingstatus.VERZONDEN, Meldingstatus.IN_BEHANDELING, Meldingstatus.INGETROKKEN);
        SchoolId schoolId = school != null && SchoolId.isGeldig(school) ? new SchoolId(school) : null;
        var filter = new Meldingfilter(statussen, schoolId, zoek == null || zoek.isBlank() ? null : zoek.strip(), teLaat);
        boolean teLang = zoek != null && zoek.length() > Meldingfilter.MAX_ZOEKTEKST;
        if (teLang) model.addAttribute("fout", "De zoektekst is te lang: ten hoogste " + Meldingfilter.MAX_ZOEKTEKST + " tekens.");
        var lijst = teLang ? java.util.List.<nl.inbeeld.melding.Verzuimmelding>of() : meldingen.zoek(g, filter);
        model.addAttribute("meldingen", lijst);
        // names beside the ids, of the pupils whose core data the user may see
        model.addAttribute("namen", leerlingen.namen(g.bereik(),
                lijst.stream().map(nl.inbeeld.melding.Verzuimmelding::leerling).collect(java.util.stream.Collectors.toSet())));
        model.addAttribute("teLaatPerSchool", meldingen.teLaatPerSchool(g));
        model.addAttribute("statussen", Meldingstatus.values());
        model.addAttribute("gekozen", statussen);
        model.addAttribute("school", school);
        model.addAttribute("zoek", zoek);
        model.addAttribute("teLaat", teLaat);
        model.addAttribute("vandaag", LocalDate.now(clock));
        return "meldingen";
    }

    @GetMapping("/meldingen/{id}")
    String toon(@PathVariable long id, Model model) {
        Gebruiker g = gebruikers.huidige();
        var melding = meldingen.vind(g, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("melding", melding);
        model.addAttribute("namen", leerlingen.namen(g.bereik(), Set.of(melding.leerling())));
        model.addAttribute("vandaag", LocalDate.now(clock));
        model.addAttribute("uitkomsten", Uitkomst.values());
        return "melding";
    }

    @PostMapping("/meldingen/{id}/verzenden")
    String verzend(@PathVariable long id, @RequestParam String watSchoolDeed, RedirectAttributes doorgeven) {
        return uitkomst(meldingen.verzend(gebruikers.huidige(), id, watSchoolDeed), id, "De melding is verzonden.", doorgeven);
    }

    @PostMapping("/meldingen/{id}/intrekken")
    String trekIn(@PathVariable long id, @RequestParam String reden, RedirectAttributes doorgeven) {
        return uitkomst(meldingen.trekIn(gebruikers.huidige(), id, reden), id,
                "De melding is ingetrokken; de leerplichtambtenaar ziet uw reden.", doorgeven);
    }

    @PostMapping("/meldingen/{id}/in-behandeling")
    String neemInBehandeling(@PathVariable long id, RedirectAttributes doorgeven) {
        return uitkomst(meldingen.neemInBehandeling(gebruikers.huidige(), id), id, "De melding is in behandeling genomen.", doorgeven);
    }

    @PostMapping("/meldingen/{id}/afsluiten")
    String sluitAf(@PathVariable long id, @RequestParam Uitkomst uitkomst, @RequestParam String terugkoppeling,
            RedirectAttributes doorgeven) {
        return uitkomst(meldingen.sluitAf(gebruikers.huidige(), id, uitkomst, terugkoppeling), id,
                "De melding is afgesloten; de school ziet uw terugkoppeling.", doorgeven);
    }

    @PostMapping("/meldingen/overig")
    String overig(@RequestParam String leerling, @RequestParam String school,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate begindatum,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate einddatum,
            @RequestParam(required = false) Signaalsoort signaal, @RequestParam String toelichting,
            RedirectAttributes doorgeven) {
        if (!LeerlingId.isGeldig(leerling) || !SchoolId.isGeldig(school)) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        Gebruiker g = gebruikers.huidige();
        var besluit = signaal == null
                ? meldingen.maakOverig(g, new LeerlingId(leerling), new SchoolId(school), begindatum, einddatum, toelichting)
                : meldingen.maakOverigUitSignaal(g, new LeerlingId(leerling), new SchoolId(school), signaal, einddatum, toelichting);
        return switch (besluit) {
            case Meldingbesluit.Gelukt gelukt -> {
                doorgeven.addFlashAttribute("bericht", "Melding overig verzuim aangemaakt als concept; verstuur hem hieronder.");
                yield "redirect:/meldingen/" + gelukt.melding().id();
            }
            case Meldingbesluit.Geweigerd geweigerd -> {
                // not theirs: the same 404 as any pupil outside the reach; not their role: 403; else back with the reason
                if (geweigerd.grond() == Meldingbesluit.Weigering.NIET_GEVONDEN) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                if (geweigerd.grond() == Meldingbesluit.Weigering.NIET_BEVOEGD) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
                doorgeven.addFlashAttribute("fout", geweigerd.reden());
                yield "redirect:/leerlingen/" + leerling;
            }
        };
    }

    private static String uitkomst(Meldingbesluit besluit, long id, String gelukt, RedirectAttributes doorgeven) {
        switch (besluit) {
            case Meldingbesluit.Gelukt g -> doorgeven.addFlashAttribute("bericht", gelukt);
            case Meldingbesluit.Geweigerd w -> {
                if (w.grond() == Meldingbesluit.Weigering.NIET_GEVONDEN) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                doorgeven.addFlashAttribute("fout", w.reden());
            }
        }
        return "redirect:/meldingen/" + id;
    }
}
