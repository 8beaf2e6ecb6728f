package nl.inbeeld.toegang;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints {@link BeheerwachtwoordOntbreekt} as Spring Boot's start-up failure report, without a stack trace. */
class BeheerwachtwoordAnalyse extends AbstractFailureAnalyzer<BeheerwachtwoordOntbreekt> {

    @Override
    protected FailureAnalysis analyze(Throwable fout, BeheerwachtwoordOntbreekt oorzaak) {
        return new FailureAnalysis(oorzaak.wat, BeheerwachtwoordOntbreekt.HOE, oorzaak);
    }
}
