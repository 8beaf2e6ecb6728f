package nl.inbeeld.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerling.Leerlingen;
import nl.inbeeld.school.School;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.school.Scholen;
import nl.inbeeld.verzuim.Signaal;
import nl.inbeeld.verzuim.Signaalsoort;
import nl.inbeeld.verzuim.Signalen;
import nl.inbeeld.verzuim.Drempelvoortgang;
import nl.inbeeld.toegang.Auditlog;
import nl.inbeeld.toegang.Gebruikers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: per school, the signals that arose today and the signals of this school year so far. */
@Controller
class Startpagina {

    private final Signalen signalen;
    private final Scholen scholen;
    private final Drempelvoortgang voortgang;
    private final Gebruikers gebruikers;
    private final Auditlog audit;
    private final Leerlingen leerlingen;
    private final Clock clock;

    Startpagina(Signalen signalen, Scholen scholen, Drempelvoortgang voortgang, Gebruikers gebruikers, Auditlog audit,
            Leerlingen leerlingen, Clock clock) {
        this.leerlingen = leerlingen;
        this.signalen = signalen;
        this.scholen = scholen;
        this.voortgang = voortgang;
        this.gebruikers = gebruikers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One school's part of the page: the signals of today and the pupils approaching 16 hours that the user may see by
     * name, and counts of both for what the user may only count (leerplicht: residents without a ground).
     */
    record Schoolregel(School school, List<Signaal> vandaag, Map<Signaalsoort, Integer> ditSchooljaar,
            List<Drempelvoortgang.Voortgang> naderend, int[] aantalNaderend) {
        public int aantalNaderendZonderNaam() {
            return aantalNaderend[0] - naderend.size();
        }
    }

    @GetMapping("/")
    String start(Model model) {
        var gebruiker = gebruikers.huidige();
        var bereik = gebruiker.bereik();
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate schooljaarBegin = LocalDate.of(vandaag.getMonthValue() >= 8 ? vandaag.getYear() : vandaag.getYear() - 1, 8, 1);
        Map<SchoolId, Schoolregel> regels = new TreeMap<>();
        Map<SchoolId, School> alle = new TreeMap<>();
        scholen.alle().forEach(s -> alle.put(s.id(), s));
        for (School s : alle.values()) {
            if (bereik.isSchoolVan(s.id())) regels.put(s.id(), regel(s));
        }
        for (Signaal s : signalen.zichtbaar(bereik, vandaag, vandaag, null, null)) {
            regels.computeIfAbsent(s.school(), id -> regel(alle.get(id))).vandaag().add(s);
        }
        signalen.telling(bereik, schooljaarBegin, vandaag).forEach((school, perSoort) ->
                regels.computeIfAbsent(school, id -> regel(alle.get(id))).ditSchooljaar().putAll(perSoort));
        voortgang.aantallen(bereik, vandaag).forEach((school, aantal) ->
                regels.computeIfAbsent(school, id -> regel(alle.get(id))).aantalNaderend()[0] = aantal);
        for (var v : voortgang.naderend(bereik, vandaag)) {
            Schoolregel r = regels.get(v.school());
            if (r != null) r.naderend().add(v);
        }
        audit.vastleggen(gebruiker, "LEZEN startpagina signalen " + vandaag, null, "signalen volgen");
        regels.values().forEach(r -> r.vandaag().sort(java.util.Comparator.comparing(Signaal::verplicht).reversed()
                .thenComparing(Signaal::soort)));
        model.addAttribute("vandaag", vandaag);
        model.addAttribute("soorten", Signaalsoort.values());
        model.addAttribute("scholen", regels.values());
        // names beside the ids, of the pupils whose core data the user may see
        var ids = new java.util.HashSet<LeerlingId>();
        regels.values().forEach(r -> {
            r.vandaag().forEach(s -> ids.add(s.leerling()));
            r.naderend().forEach(v -> ids.add(v.leerling()));
        });
        model.addAttribute("namen", leerlingen.namen(bereik, ids));
        return "start";
    }

    private static Schoolregel regel(School s) {
        return new Schoolregel(s, new java.util.ArrayList<>(), new EnumMap<>(Signaalsoort.class), new java.util.ArrayList<>(),
                new int[1]);
    }
}
