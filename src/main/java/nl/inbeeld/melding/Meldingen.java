package nl.inbeeld.melding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.toegang.Auditlog;
import nl.inbeeld.toegang.Gebruiker;
import nl.inbeeld.verzuim.Signaalsoort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meldingen a user may see and the steps they may take: the school sends (with what it already did),
 * leerplicht of the woongemeente takes in behandeling and closes with an uitkomst and a terugkoppeling. Every
 * action returns a {@link Meldingbesluit}; a melding outside the user's Bereik is "niet gevonden" (the web answers
 * 404). Every read of pupil-level data and every change, refused ones included, is written to the {@link Auditlog}.
 */
@Service
public class Meldingen {

    private final Meldingregister register;
    private final Overigvorming overig;
    private final Auditlog auditlog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Meldingregels regels;

    Meldingen(Meldingregister register, Overigvorming overig, Auditlog auditlog, ApplicationEventPublisher events,
            Clock clock, Meldingregels regels) {
        this.regels = regels;
        this.register = register;
        this.overig = overig;
        this.auditlog = auditlog;
        this.events = events;
        this.clock = clock;
    }

    /** The meldingen within the user's Bereik that match the filter; one audit entry for the list. */
    @Transactional
    public List<Verzuimmelding> zoek(Gebruiker g, Meldingfilter filter) {
        var lijst = register.zoek(g, filter, vandaag());
        auditlog.vastleggen(g, "LEZEN meldingenlijst (" + lijst.size() + " meldingen; filter " + filter + ")", null, doel(g));
        return lijst;
    }

    /**
     * One melding; empty when it does not exist or lies outside the user's Bereik (then audited as refused: the user
     * asked for this melding).
     */
    @Transactional
    public Optional<Verzuimmelding> vind(Gebruiker g, long id) {
        var melding = register.vind(g, id);
        melding.ifPresentOrElse(m -> auditlog.vastleggen(g, "LEZEN melding " + id, m.leerling().waarde(), doel(g)),
                () -> auditlog.weigering(g, "LEZEN melding " + id + ": " + Meldingbesluit.Weigering.NIET_GEVONDEN, null, doel(g)));
        return melding;
    }

    /** Per school within the user's Bereik: the number of meldingen not sent by their deadline (no pupil data). */
    @Transactional(readOnly = true)
    public Map<SchoolId, Long> teLaatPerSchool(Gebruiker g) {
        return register.teLaatPerSchool(g, vandaag());
    }

    /** An overig-verzuim melding made by hand (SCHOOL only); a CONCEPT without deadline. */
    @Transactional
    public Meldingbesluit maakOverig(Gebruiker g, LeerlingId leerling, SchoolId school, LocalDate begindatum,
            LocalDate einddatum, String toelichting) {
        var geweigerd = Meldingrechten.overigMaken(g, school)
                .or(() -> Meldingrechten.overigePeriode(begindatum, einddatum, toelichting, vandaag()));
        if (geweigerd.isPresent()) return geweigerd(g, "MAKEN overig verzuim", leerling, geweigerd.get());
        return bewaarOverig(g, overig.doorHand(leerling, school, begindatum, einddatum, toelichting, vandaag()), leerling);
    }

    /** An overig-verzuim melding from any signal of the pupil at the school (SCHOOL only), e.g. TE_LAAT_HERHAALD. */
    @Transactional
    public Meldingbesluit maakOverigUitSignaal(Gebruiker g, LeerlingId leerling, SchoolId school, Signaalsoort soort,
            LocalDate einddatum, String toelichting) {
        var geweigerd = Meldingrechten.overigMaken(g, school)
                .or(() -> Meldingrechten.lengte(toelichting, "De toelichting"));
        if (geweigerd.isPresent()) return geweigerd(g, "MAKEN overig verzuim", leerling, geweigerd.get());
        return bewaarOverig(g, overig.uitSignaal(leerling, school, soort, einddatum, toelichting, vandaag()), leerling);
    }

    /**
     * The school sends a CONCEPT to the woongemeente, saying what it already did; a follow-up not before the 7th day
     * after the previous melding of its kind was sent (spec v1.1 §7).
     */
    @Transactional
    public Meldingbesluit verzend(Gebruiker g, long id, String watSchoolDeed) {
        return stap(g, id, "VERZENDEN", m -> Meldingrechten.verzenden(g, m, watSchoolDeed, vandaag(), verzendbaarVanaf(m)),
                () -> register.verzend(id, watSchoolDeed.strip(), g.naam(), vandaag()),
                m -> events.publishEvent(new MeldingVerzonden(m.id(), m.soort(), m.leerling(), m.school(),
                        m.meldenAan(), m.verzondenOp(), m.teLaat(vandaag()))));
    }

    /** Leerplicht of the woongemeente takes a sent melding in behandeling. */
    @Transactional
    public Meldingbesluit neemInBehandeling(Gebruiker g, long id) {
        return stap(g, id, "IN BEHANDELING NEMEN", m -> Meldingrechten.inBehandelingNemen(g, m),
                () -> register.neemInBehandeling(id, g.naam(), vandaag()), m -> {});
    }

    /**
     * The school withdraws a melding it sent (VERZONDEN or IN_BEHANDELING) with a reason; leerplicht keeps seeing it,
     * status INGETROKKEN, with the reason (issue 10 item 7).
     */
    @Transactional
    public Meldingbesluit trekIn(Gebruiker g, long id, String reden) {
        return stap(g, id, "INTREKKEN", m -> Meldingrechten.intrekken(g, m, reden),
                () -> register.trekIn(id, reden.strip(), g.naam(), vandaag()), m -> {});
    }

    /** Leerplicht closes a melding in behandeling with an uitkomst and the terugkoppeling the school will see. */
    @Transactional
    public Meldingbesluit sluitAf(Gebruiker g, long id, Uitkomst uitkomst, String terugkoppeling) {
        return stap(g, id, "AFSLUITEN", m -> Meldingrechten.afsluiten(g, m, uitkomst, terugkoppeling),
                () -> register.sluitAf(id, uitkomst, terugkoppeling.strip(), vandaag()),
                m -> events.publishEvent(new MeldingAfgesloten(m.id(), m.soort(), m.leerling(), m.school(),
                        m.meldenAan(), m.uitkomst(), m.afgeslotenOp())));
    }

    private Meldingbesluit stap(Gebruiker g, long id, String handeling,
            Function<Verzuimmelding, Optional<Meldingbesluit.Geweigerd>> recht,
            java.util.function.BooleanSupplier uitvoeren, java.util.function.Consumer<Verzuimmelding> gevolg) {
        var gevonden = register.vind(g, id);
        if (gevonden.isEmpty()) return geweigerd(g, handeling + " melding " + id, null, Meldingbesluit.nietGevonden(id));
        Verzuimmelding m = gevonden.get();
        var geweigerd = recht.apply(m);
        if (geweigerd.isPresent()) return geweigerd(g, handeling + " melding " + id, m.leerling(), geweigerd.get());
        if (!uitvoeren.getAsBoolean()) {
            return geweigerd(g, handeling + " melding " + id, m.leerling(), Meldingbesluit.ongeldigeStatus(
                    "De melding is intussen door een ander gewijzigd; bekijk haar opnieuw."));
        }
        Verzuimmelding nieuw = register.lees(id);
        auditlog.vastleggen(g, handeling + " melding " + id, m.leerling().waarde(), doel(g));
        gevolg.accept(nieuw);
        return new Meldingbesluit.Gelukt(nieuw);
    }

    private Meldingbesluit bewaarOverig(Gebruiker g, Meldingbesluit concept, LeerlingId leerling) {
        if (!(concept instanceof Meldingbesluit.Gelukt(Verzuimmelding m))) {
            return geweigerd(g, "MAKEN overig verzuim", leerling, (Meldingbesluit.Geweigerd) concept);
        }
        long id = register.voegOverigToe(m);
        auditlog.vastleggen(g, "MAKEN overig verzuim melding " + id, leerling.waarde(), doel(g));
        return new Meldingbesluit.Gelukt(register.lees(id));
    }

    private Meldingbesluit geweigerd(Gebruiker g, String handeling, LeerlingId leerling, Meldingbesluit.Geweigerd w) {
        auditlog.weigering(g, handeling + ": " + w.grond(), leerling == null ? null : leerling.waarde(), doel(g));
        return w;
    }

    private static String doel(Gebruiker g) {
        return switch (g.rol()) {
            case SCHOOL -> "verzuim melden aan de woongemeente (Lpw art. 21a)";
            case LEERPLICHT, TEAMLEIDER -> "toezicht op de naleving van de leerplicht (Lpw art. 16)";
            case BEHEERDER -> "beheer";
        };
    }

    /**
     * The first day the draft may be sent: its own {@code verzendbaarVanaf}, and never before {@code bundelDagen} (7)
     * days after the latest sending of a melding of the same kind for the pupil at the school (DUO: one melding per 7
     * days; also when two drafts of one kind exist). OVERIG is not bundled. Null: at once.
     */
    private LocalDate verzendbaarVanaf(Verzuimmelding m) {
        if (m.soort() == Meldingsoort.OVERIG) return null;
        LocalDate vanaf = m.verzendbaarVanaf();
        LocalDate laatst = register.laatstVerzonden(m);
        if (laatst != null && (vanaf == null || laatst.plusDays(regels.bundelDagen()).isAfter(vanaf))) {
            vanaf = laatst.plusDays(regels.bundelDagen());
        }
        return vanaf;
    }

    private LocalDate vandaag() {
        return LocalDate.now(clock);
    }
}
