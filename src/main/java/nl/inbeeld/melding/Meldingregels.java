package nl.inbeeld.melding;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configurable choices of the melding module ({@code inbeeld.melding.*}).
 *
 * @param termijnWerkdagen "onverwijld" (former Lpw art. 21a) operationalised as this many working days after
 *     the einddatum; default 5 (rules.md 2.3.3: SECONDARY / UNCONFIRMED, hence configurable)
 * @param bundelDagen DUO's follow-up rule for continuous absence: at most one melding of each mandatory kind
 *     (16-hour, RMC, LRV, luxe) per pupil per this many calendar days, also after the first was sent (rules.md
 *     2.3.6, spec v1.1 §7); default 7
 */
@ConfigurationProperties("inbeeld.melding")
public record Meldingregels(@DefaultValue("5") int termijnWerkdagen, @DefaultValue("7") int bundelDagen) {

    public static final Meldingregels STANDAARD = new Meldingregels(5, 7);

    public Meldingregels {
        if (termijnWerkdagen < 0) throw new IllegalArgumentException("inbeeld.melding.termijn-werkdagen < 0");
        if (bundelDagen < 1) throw new IllegalArgumentException("inbeeld.melding.bundel-dagen < 1");
    }
}
