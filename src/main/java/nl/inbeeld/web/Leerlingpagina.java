package nl.inbeeld.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import nl.inbeeld.aanwezigheid.Absentie;
import nl.inbeeld.aanwezigheid.Absentiecode;
import nl.inbeeld.aanwezigheid.Absentieregistratie;
import nl.inbeeld.aanwezigheid.Absenties;
import nl.inbeeld.aanwezigheid.Registratiebesluit;
import nl.inbeeld.leerling.Leerling;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerling.Leerlingen;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.toegang.Auditlog;
import nl.inbeeld.toegang.Audituitkomst;
import nl.inbeeld.toegang.Bereik;
import nl.inbeeld.toegang.Rol;
import nl.inbeeld.toegang.Gebruiker;
import nl.inbeeld.toegang.Gebruikers;
import nl.inbeeld.verzuim.Signalen;
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
 * A pupil's page: data, signals, absence per lesweek over the school year, the absence rows with a form to enter or
 * correct them (school), and the history of changes. A pupil outside the user's reach answers 404.
 */
@Controller
class Leerlingpagina {

    private final Leerlingen leerlingen;
    private final Absenties absenties;
    private final Absentieregistratie registratie;
    private final Signalen signalen;
    private final Gebruikers gebruikers;
    private final Auditlog audit;
    private final Clock clock;

    Leerlingpagina(Leerlingen leerlingen, Absenties absenties, Absentieregistratie registratie, Signalen signalen,
            Gebruikers gebruikers, Auditlog audit, Clock clock) {
        this.leerlingen = leerlingen;
        this.absenties = absenties;
        this.registratie = registratie;
        this.signalen = signalen;
        this.gebruikers = gebruikers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Absence minutes of one calendar week: unexcused and excused. */
    record Week(String label, LocalDate maandag, int ongeoorloofd, int geoorloofd) {}

    @GetMapping("/leerlingen/{id}")
    String toon(@PathVariable String id, Model model) {
        Gebruiker g = gebruikers.huidige();
        Leerling l = zichtbaar(g, id, "LEZEN leerlingpagina", "verzuim volgen");
        audit.vastleggen(g, "LEZEN leerlingpagina", l.id().waarde(), "verzuim volgen");
        LocalDate vandaag = LocalDate.now(clock);
        var rijen = absenties.van(g.bereik(), l.id());
        var inschrijvingen = leerlingen.inschrijvingen(Set.of(l.id())).stream()
                .filter(i -> g.bereik().soort() != Bereik.Soort.SCHOLEN || g.bereik().isSchoolVan(i.school()))
                .toList();
        model.addAttribute("leerling", l);
        // parents and addresses: for the school and for leerplicht with a ground (both within Bereik#leerlingen),
        // not for a beheerder's inzage met reden
        var soort = g.bereik().soort();
        boolean oudersZien = soort == Bereik.Soort.SCHOLEN || soort == Bereik.Soort.GEMEENTEN;
        model.addAttribute("ouders", oudersZien ? leerlingen.oudersZichtbaar(g.bereik(), l.id()) : List.of());
        model.addAttribute("vandaag", vandaag);
        model.addAttribute("inschrijvingen", inschrijvingen);
        model.addAttribute("signalen", signalen.van(g.bereik(), l.id()));
        model.addAttribute("absenties", rijen.reversed());
        var weken = weken(rijen, vandaag);
        model.addAttribute("weken", weken);
        // the chart's data as JSON in a data- attribute (static/js/leerling-grafiek.js): no inline script
        model.addAttribute("wekenJson", tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(weken));
        model.addAttribute("historie", absenties.historie(g.bereik(), l.id()));
        model.addAttribute("codes", Absentiecode.values());
        model.addAttribute("magSchrijven", g.rol() == Rol.SCHOOL);
        // leerplicht sees the rows of its grounds, not the school's corrections (Bereik.historie)
        model.addAttribute("naarDoel", g.bereik().soort() == Bereik.Soort.GEMEENTEN);
        return "leerling";
    }

    @PostMapping("/leerlingen/{id}/absenties")
    String registreer(@PathVariable String id, @RequestParam String school,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum, @RequestParam Absentiecode code,
            @RequestParam int minuten, @RequestParam(required = false) Integer aantal,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate gemeldOp,
            @RequestParam(defaultValue = "false") boolean verwijderen, RedirectAttributes doorgeven) {
        Gebruiker g = gebruikers.huidige();
        String handeling = (verwijderen ? "VERWIJDEREN" : "WIJZIGEN") + " absentie";
        Leerling l = zichtbaar(g, id, handeling, "verzuimadministratie bijhouden");
        if (!SchoolId.isGeldig(school)) throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "ongeldige school");
        var a = new Absentie(l.id(), new SchoolId(school), datum, code, minuten, aantal == null ? 0 : aantal, gemeldOp);
        var besluit = verwijderen ? registratie.verwijder(g, a) : registratie.registreer(g, a);
        audit.vastleggen(g, handeling + " " + school + " " + datum + " " + code, l.id().waarde(), "verzuimadministratie bijhouden",
                besluit instanceof Registratiebesluit.Vastgelegd ? Audituitkomst.GEDAAN : Audituitkomst.GEWEIGERD);
        switch (besluit) {
            case Registratiebesluit.Vastgelegd v -> doorgeven.addFlashAttribute("bericht",
                    verwijderen ? "Absentie verwijderd." : "Absentie vastgelegd; signalen zijn opnieuw berekend.");
            case Registratiebesluit.Geweigerd w -> doorgeven.addFlashAttribute("fout", "Niet vastgelegd: " + w.reden());
        }
        return "redirect:/leerlingen/" + l.id().waarde();
    }

    /** The pupil when the user may see it; otherwise 404, audited as refused (the user asked for this pupil). */
    private Leerling zichtbaar(Gebruiker g, String id, String handeling, String doel) {
        if (!LeerlingId.isGeldig(id)) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        return leerlingen.zichtbaar(g.bereik(), new LeerlingId(id)).orElseThrow(() -> {
            audit.weigering(g, handeling + ": NIET_GEVONDEN", id, doel);
            return new ResponseStatusException(HttpStatus.NOT_FOUND);
        });
    }

    /** Every calendar week of the school year up to today, with unexcused and excused minutes. */
    static List<Week> weken(List<Absentie> rijen, LocalDate vandaag) {
        LocalDate begin = LocalDate.of(vandaag.getMonthValue() >= 8 ? vandaag.getYear() : vandaag.getYear() - 1, 8, 1)
                .with(DayOfWeek.MONDAY);
        TreeMap<LocalDate, int[]> perWeek = new TreeMap<>();
        for (LocalDate m = begin; !m.isAfter(vandaag); m = m.plusWeeks(1)) perWeek.put(m, new int[2]);
        for (Absentie a : rijen) {
            int[] w = perWeek.get(a.datum().with(DayOfWeek.MONDAY));
            if (w == null) continue;
            w[a.code().isOngeoorloofd() ? 0 : 1] += a.minuten();
        }
        List<Week> uit = new ArrayList<>();
        perWeek.forEach((m, w) -> uit.add(new Week("wk " + m.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), m, w[0], w[1])));
        return uit;
    }
}
