package nl.inbeeld.verzuim;

import nl.inbeeld.leerling.Leerling;
import nl.inbeeld.leerplicht.Jongere;
import nl.inbeeld.leerplicht.Leerplicht;
import nl.inbeeld.leerplicht.Leerplichtinstellingen;
import nl.inbeeld.school.Schoolkalender;

/** The group bounds of a pupil at a school (spec §3), from the Leerplichtwet rules and the school's calendar. */
final class Groepen {

    private Groepen() {}

    static Groepsgrenzen van(Leerling leerling, Schoolkalender kalender, Leerplichtinstellingen instellingen) {
        var jongere = new Jongere(leerling.geboortedatum(), leerling.startkwalificatieOp(), null, false);
        var t = Leerplicht.tijdlijn(jongere, kalender::eersteLesdagVanaf, instellingen);
        return new Groepsgrenzen(t.leerplichtigVanafDag(),
                Math.max(t.leerplichtigTotEnMetDag(), t.kwalificatieplichtigTotEnMetDag()),
                t.rmcVanafDag(), t.rmcTotEnMetDag());
    }
}
