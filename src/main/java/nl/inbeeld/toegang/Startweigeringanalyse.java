package nl.inbeeld.toegang;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a {@link Startweigering} as Spring Boot's start-up failure report: what is wrong and what to do. */
class Startweigeringanalyse extends AbstractFailureAnalyzer<Startweigering> {

    @Override
    protected FailureAnalysis analyze(Throwable fout, Startweigering oorzaak) {
        return new FailureAnalysis(oorzaak.wat, oorzaak.hoe, oorzaak);
    }
}
