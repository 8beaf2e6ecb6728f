package nl.inbeeld.verzuim;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The thresholds of detection, each a documented default (spec §4, rules.md §2.3 and §10), configurable as
 * {@code inbeeld.verzuim.*} (for example {@code inbeeld.verzuim.te-laat-stappen=4,8,12}).
 *
 * @param drempelMinuten art. 21a: 16 hours = 960 minutes of unexcused absence
 * @param lesweken art. 21a: within 4 consecutive lesweken
 * @param langdurigDagen LRV: a run of full days absent, signalled once it spans 28 calendar days
 * @param mazlZiekmeldingen MAZL: the 4th sickness report …
 * @param mazlLesweken … within 12 lesweken
 * @param mazlAaneengeslotenDagen MAZL: the 7th consecutive lesson day of one sickness report
 * @param ziekmeldingTermijnDagen art. 12: illness notified within 2 (calendar) days after it begins
 * @param teLaatStappen the school's late-arrival protocol, default 3-6-9-12 per school year (keuze)
 * @param teLaatTeltAlsOngeoorloofd whether TE_LAAT minutes count toward 16 hours (keuze, default yes)
 * @param rmcVerplicht whether RMC_18_PLUS must be reported (keuze; spec v1.1 §7 changed the default to yes: DUO lists
 *     RMC-verzuim among the mandatory types, rules.md 2.3.7, 2.3.8)
 * @param rmcDrempelMinuten the threshold of RMC_18_PLUS, a setting of its own (spec v1.1 §7; default 960 minutes in the
 *     same window of {@code lesweken} lesweken)
 */
@ConfigurationProperties("inbeeld.verzuim")
public record Detectieregels(
        @DefaultValue("960") int drempelMinuten,
        @DefaultValue("4") int lesweken,
        @DefaultValue("28") int langdurigDagen,
        @DefaultValue("4") int mazlZiekmeldingen,
        @DefaultValue("12") int mazlLesweken,
        @DefaultValue("7") int mazlAaneengeslotenDagen,
        @DefaultValue("2") int ziekmeldingTermijnDagen,
        @DefaultValue({"3", "6", "9", "12"}) List<Integer> teLaatStappen,
        @DefaultValue("true") boolean teLaatTeltAlsOngeoorloofd,
        @DefaultValue("true") boolean rmcVerplicht,
        @DefaultValue("960") int rmcDrempelMinuten) {

    public static final Detectieregels STANDAARD =
            new Detectieregels(960, 4, 28, 4, 12, 7, 2, List.of(3, 6, 9, 12), true, true, 960);

    public Detectieregels {
        teLaatStappen = teLaatStappen.stream().sorted().toList();
    }

    int[] teLaatStappenArray() {
        return teLaatStappen.stream().mapToInt(Integer::intValue).toArray();
    }
}
