package nl.inbeeld.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.inbeeld.school.School;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.school.Scholen;
import nl.inbeeld.verzuim.Signaal;
import nl.inbeeld.verzuim.Signaalsoort;
import nl.inbeeld.verzuim.Signalen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: per school, the signals that arose today and the signals of this school year so far. */
@Controller
class Startpagina {

    private final Signalen signalen;
    private final Scholen scholen;
    private final Clock clock;

    Startpagina(Signalen signalen, Scholen scholen, Clock clock) {
        this.signalen = signalen;
        this.scholen = scholen;
        this.clock = clock;
    }

    /** One school's row on the page. */
    record Schoolregel(School school, List<Signaal> vandaag, Map<Signaalsoort, Integer> ditSchooljaar) {}

    @GetMapping("/")
    String start(Model model) {
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate schooljaarBegin = LocalDate.of(vandaag.getMonthValue() >= 8 ? vandaag.getYear() : vandaag.getYear() - 1, 8, 1);
        Map<SchoolId, Schoolregel> regels = new TreeMap<>();
        for (School s : scholen.alle()) {
            regels.put(s.id(), new Schoolregel(s, new java.util.ArrayList<>(), new EnumMap<>(Signaalsoort.class)));
        }
        for (Signaal s : signalen.tot(vandaag, null, null)) {
            Schoolregel r = regels.get(s.school());
            if (r == null || s.einddatum().isBefore(schooljaarBegin)) continue;
            if (s.einddatum().equals(vandaag)) r.vandaag().add(s);
            r.ditSchooljaar().merge(s.soort(), 1, Integer::sum);
        }
        regels.values().forEach(r -> r.vandaag().sort(java.util.Comparator.comparing(Signaal::verplicht).reversed()
                .thenComparing(Signaal::soort)));
        model.addAttribute("vandaag", vandaag);
        model.addAttribute("soorten", Signaalsoort.values());
        model.addAttribute("scholen", regels.values());
        return "start";
    }
}
