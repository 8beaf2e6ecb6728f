package nl.inbeeld.melding;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerplicht.Termijnenwet;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.verzuim.Signaal;
import nl.inbeeld.verzuim.Signaalsoort;

/**
 * The fields of a CONCEPT melding as its current signals make them: begindatum the earliest, einddatum the
 * latest, minuten the sum (null when no signal counts minutes), melden_aan the woongemeente of the latest
 * signal, bundelstart the earliest einddatum, bron the first signal of the melding's own kind (a 16-hour melding
 * may also name a luxe day), and deadline the term after bundelstart — for a follow-up draft ({@code verzendbaarVanaf}
 * set) after the day it may be sent. {@code id} is null for a new one.
 */
record Concept(Long id, Meldingsoort soort, LeerlingId leerling, SchoolId school, Gemeentecode meldenAan,
        LocalDate begindatum, LocalDate einddatum, Integer minuten, LocalDate bundelstart, LocalDate deadline,
        Signaalsoort bron, List<Signaal> signalen, LocalDate verzendbaarVanaf) {

    static Concept uit(Long id, Meldingsoort soort, List<Signaal> signalen, Meldingregels regels,
            Termijnenwet termijnenwet, LocalDate verzendbaarVanaf) {
        var gesorteerd = signalen.stream().sorted(Comparator.comparing(Signaal::einddatum)).toList();
        Signaal eerste = gesorteerd.getFirst();
        Signaal laatste = gesorteerd.getLast();
        LocalDate begin = gesorteerd.stream().map(Signaal::begindatum).min(Comparator.naturalOrder()).orElseThrow();
        Integer minuten = gesorteerd.stream().anyMatch(s -> s.minuten() != null)
                ? gesorteerd.stream().mapToInt(s -> s.minuten() == null ? 0 : s.minuten()).sum() : null;
        Signaalsoort bron = gesorteerd.stream().map(Signaal::soort)
                .filter(s -> Meldingsoort.van(s).orElse(null) == soort).findFirst().orElse(eerste.soort());
        LocalDate termijnVanaf = verzendbaarVanaf != null && verzendbaarVanaf.isAfter(eerste.einddatum())
                ? verzendbaarVanaf : eerste.einddatum();
        return new Concept(id, soort, eerste.leerling(), eerste.school(), laatste.meldenAan(), begin,
                laatste.einddatum(), minuten, eerste.einddatum(),
                Meldtermijn.deadline(termijnVanaf, regels.termijnWerkdagen(), termijnenwet), bron, gesorteerd,
                verzendbaarVanaf);
    }

    /** Whether the stored melding already has these fields (then nothing needs writing). */
    boolean gelijkAan(Verzuimmelding m) {
        return m.meldenAan().equals(meldenAan) && m.begindatum().equals(begindatum) && m.einddatum().equals(einddatum)
                && Objects.equals(m.minuten(), minuten) && m.bundelstart().equals(bundelstart)
                && Objects.equals(m.deadline(), deadline) && Objects.equals(m.verzendbaarVanaf(), verzendbaarVanaf);
    }
}
