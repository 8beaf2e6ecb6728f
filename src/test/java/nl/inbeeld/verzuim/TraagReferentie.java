package nl.inbeeld.verzuim;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.inbeeld.aanwezigheid.Absentie;
import nl.inbeeld.aanwezigheid.Absentiecode;
import nl.inbeeld.leerplicht.Feestdagen;
import nl.inbeeld.school.Kalendersoort;
import nl.inbeeld.school.Schoolkalender;

/**
 * A slow, obviously-correct reading of spec §4, written day by day with dates and the calendar itself (no
 * index, no sliding sums), to check the one-pass {@link Detector} against.
 */
final class TraagReferentie {

    private final Schoolkalender kalender;
    private final int lesminuten;
    private final Groepsgrenzen groep;
    private final Detectieregels regels = Detectieregels.STANDAARD;

    TraagReferentie(Schoolkalender kalender, int lesminuten, Groepsgrenzen groep) {
        this.kalender = kalender;
        this.lesminuten = lesminuten;
        this.groep = groep;
    }

    List<String> detecteer(List<Absentie> rijen) {
        Map<LocalDate, List<Absentie>> perDag = new TreeMap<>();
        for (Absentie a : rijen) {
            if (kalender.isLesdag(a.datum())) perDag.computeIfAbsent(a.datum(), k -> new ArrayList<>()).add(a);
        }
        List<String> uit = new ArrayList<>();
        if (perDag.isEmpty()) return uit;
        zestienUur(perDag, uit);
        langdurig(perDag, uit);
        luxe(perDag, uit);
        ziekte(perDag, uit);
        teLaat(perDag, uit);
        return uit;
    }

    private int minuten(List<Absentie> dag, Absentiecode... codes) {
        int som = 0;
        for (Absentie a : dag) for (Absentiecode c : codes) if (a.code() == c) som += a.minuten();
        return som;
    }

    private int ongeoorloofd(List<Absentie> dag) {
        return minuten(dag, Absentiecode.ONGEOORLOOFD, Absentiecode.LUXE, Absentiecode.TE_LAAT);
    }

    /** The Monday of each of the {@code n} most recent weeks with lessons, up to the week of {@code dag}. */
    private List<LocalDate> laatsteLesweken(LocalDate dag, int n) {
        List<LocalDate> weken = new ArrayList<>();
        LocalDate maandag = dag.with(DayOfWeek.MONDAY);
        for (int i = 0; weken.size() < n && i < 200; i++, maandag = maandag.minusWeeks(1)) {
            for (int d = 0; d < 7; d++) {
                if (kalender.isLesdag(maandag.plusDays(d))) {
                    weken.add(maandag);
                    break;
                }
            }
        }
        return weken;
    }

    private void zestienUur(Map<LocalDate, List<Absentie>> perDag, List<String> uit) {
        LocalDate herstart = LocalDate.MIN;
        for (LocalDate d : perDag.keySet()) {
            List<LocalDate> weken = laatsteLesweken(d, regels.lesweken());
            LocalDate vensterBegin = weken.getLast();
            for (boolean plicht : new boolean[] {true, false}) {
                int som = 0;
                LocalDate begin = null;
                for (var e : perDag.entrySet()) {
                    LocalDate x = e.getKey();
                    if (x.isBefore(vensterBegin) || x.isAfter(d) || !x.isAfter(herstart)) continue;
                    long ed = x.toEpochDay();
                    if (plicht ? !plichtig(x) : !groep.rmc(ed)) continue;
                    int m = ongeoorloofd(e.getValue());
                    if (m > 0 && begin == null) begin = x;
                    som += m;
                }
                if (som >= (plicht ? regels.drempelMinuten() : regels.rmcDrempelMinuten())) {
                    uit.add((plicht ? "VERZUIM_16_UUR" : "RMC_18_PLUS") + " " + begin + " " + d + " " + som);
                    herstart = d;
                    break;
                }
            }
        }
    }

    /**
     * In the leerplichtig or kwalificatieplichtig group on this day, and (spec §7) not on a day of an art. 15
     * exemption: read day by day from the bounds, without {@link Groepsgrenzen#plichtig}.
     */
    private boolean plichtig(LocalDate d) {
        long dag = d.toEpochDay();
        if (dag < groep.plichtVan() || dag > groep.plichtTot()) return false;
        long[] vrij = groep.vrij();
        for (int i = 0; i < vrij.length; i += 2) {
            if (!d.isBefore(LocalDate.ofEpochDay(vrij[i])) && !d.isAfter(LocalDate.ofEpochDay(vrij[i + 1]))) return false;
        }
        return true;
    }

    private boolean volgendeLesdag(LocalDate vorige, LocalDate dag) {
        if (vorige == null) return false;
        LocalDate x = vorige.plusDays(1);
        while (!kalender.isLesdag(x)) x = x.plusDays(1);
        return x.equals(dag);
    }

    private void langdurig(Map<LocalDate, List<Absentie>> perDag, List<String> uit) {
        LocalDate begin = null, vorige = null;
        boolean gemeld = false;
        for (var e : perDag.entrySet()) {
            LocalDate d = e.getKey();
            boolean vol = plichtig(d) && ongeoorloofd(e.getValue()) >= lesminuten;
            if (!vol) continue;
            if (!volgendeLesdag(vorige, d)) {
                begin = d;
                gemeld = false;
            }
            vorige = d;
            long dagen = ChronoUnit.DAYS.between(begin, d) - 7L * wekenZonderLes(begin, d);
            if (!gemeld && dagen >= regels.langdurigDagen()) {
                uit.add("LANGDURIG_RELATIEF " + begin + " " + d);
                gemeld = true;
            }
        }
    }

    /** Spec §7: the calendar weeks (Mon–Sun) without any lesson day that lie wholly between the two days. */
    private int wekenZonderLes(LocalDate van, LocalDate tot) {
        int n = 0;
        for (LocalDate m = van.with(DayOfWeek.MONDAY).plusWeeks(1); m.plusDays(6).isBefore(tot); m = m.plusWeeks(1)) {
            boolean les = false;
            for (int d = 0; d < 7; d++) les |= kalender.isLesdag(m.plusDays(d));
            if (!les) n++;
        }
        return n;
    }

    private void luxe(Map<LocalDate, List<Absentie>> perDag, List<String> uit) {
        LocalDate vorige = null;
        for (var e : perDag.entrySet()) {
            LocalDate d = e.getKey();
            if (plichtig(d) && minuten(e.getValue(), Absentiecode.LUXE) > 0) {
                if (!volgendeLesdag(vorige, d)) uit.add("LUXE_VERZUIM " + d + " " + d);
                vorige = d;
            }
            if (minuten(e.getValue(), Absentiecode.ONGEOORLOOFD, Absentiecode.ZIEK) > 0 && grenstAanVakantie(d)) {
                uit.add("LUXE_VERZUIM_VERMOEDEN " + d + " " + d);
            }
        }
    }

    private boolean grenstAanVakantie(LocalDate d) {
        LocalDate na = d.plusDays(1);
        while (!kalender.isLesdag(na)) {
            if (isVakantie(na)) return true;
            na = na.plusDays(1);
            if (ChronoUnit.DAYS.between(d, na) > 400) break;
        }
        LocalDate voor = d.minusDays(1);
        while (!kalender.isLesdag(voor)) {
            if (isVakantie(voor)) return true;
            voor = voor.minusDays(1);
            if (ChronoUnit.DAYS.between(voor, d) > 400) break;
        }
        return false;
    }

    private boolean isVakantie(LocalDate d) {
        return kalender.perioden().stream().anyMatch(p -> p.soort() == Kalendersoort.VAKANTIE && p.bevat(d));
    }

    private void ziekte(Map<LocalDate, List<Absentie>> perDag, List<String> uit) {
        List<LocalDate> meldingen = new ArrayList<>();
        LocalDate vorige = null, begin = null;
        int lengte = 0;
        for (var e : perDag.entrySet()) {
            LocalDate d = e.getKey();
            if (minuten(e.getValue(), Absentiecode.ZIEK) == 0) continue;
            if (volgendeLesdag(vorige, d)) {
                lengte++;
            } else {
                begin = d;
                lengte = 1;
                meldingen.add(d);
                if (meldingen.size() >= regels.mazlZiekmeldingen()) {
                    LocalDate oudste = meldingen.get(meldingen.size() - regels.mazlZiekmeldingen());
                    if (lesweken(oudste, d) <= regels.mazlLesweken()) {
                        uit.add("MAZL_VIERDE_ZIEKMELDING " + oudste + " " + d);
                    }
                }
                LocalDate gemeld = e.getValue().stream().filter(a -> a.code() == Absentiecode.ZIEK)
                        .map(Absentie::gemeldOp).filter(g -> g != null).findFirst().orElse(null);
                if (gemeld != null && gemeld.isAfter(eindeZiekmeldingstermijn(d))) {
                    uit.add("ZIEKMELDING_TE_LAAT " + d + " " + gemeld);
                }
            }
            vorige = d;
            if (lengte == regels.mazlAaneengeslotenDagen()) uit.add("MAZL_ZEVENDE_ZIEKTEDAG " + begin + " " + d);
        }
    }

    /** Art. 12: first day + 2 calendar days; on a Saturday, Sunday or feestdag, the next day that is none (Atw art. 1). */
    private LocalDate eindeZiekmeldingstermijn(LocalDate eersteDag) {
        LocalDate einde = eersteDag.plusDays(regels.ziekmeldingTermijnDagen());
        while (einde.getDayOfWeek() == DayOfWeek.SATURDAY || einde.getDayOfWeek() == DayOfWeek.SUNDAY
                || Feestdagen.isFeestdag(einde)) {
            einde = einde.plusDays(1);
        }
        return einde;
    }

    /** How many lesweken from the week of {@code van} up to and including the week of {@code tot}. */
    private int lesweken(LocalDate van, LocalDate tot) {
        int n = 0;
        for (LocalDate m = van.with(DayOfWeek.MONDAY); !m.isAfter(tot); m = m.plusWeeks(1)) {
            for (int d = 0; d < 7; d++) {
                if (kalender.isLesdag(m.plusDays(d))) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private void teLaat(Map<LocalDate, List<Absentie>> perDag, List<String> uit) {
        int schooljaar = Integer.MIN_VALUE, telling = 0, stap = 0;
        LocalDate eerste = null;
        for (var e : perDag.entrySet()) {
            LocalDate d = e.getKey();
            int keer = e.getValue().stream().filter(a -> a.code() == Absentiecode.TE_LAAT)
                    .mapToInt(a -> Math.max(1, a.aantal())).sum();
            if (keer == 0) continue;
            int jaar = d.getMonthValue() >= 8 ? d.getYear() : d.getYear() - 1;
            if (jaar != schooljaar) {
                schooljaar = jaar;
                telling = 0;
                stap = 0;
                eerste = d;
            }
            telling += keer;
            while (stap < regels.teLaatStappen().size() && telling >= regels.teLaatStappen().get(stap)) {
                uit.add("TE_LAAT_HERHAALD " + eerste + " " + d + " aantal=" + regels.teLaatStappen().get(stap));
                stap++;
            }
        }
    }
}
