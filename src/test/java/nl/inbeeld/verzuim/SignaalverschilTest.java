package nl.inbeeld.verzuim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.SchoolId;
import org.junit.jupiter.api.Test;

/** The difference between stored and found signals, pure: whole rows compared as multisets. */
class SignaalverschilTest {

    static final LeerlingId A = new LeerlingId("L-A"), B = new LeerlingId("L-B");
    static final SchoolId S = new SchoolId("21AB00");
    static final Gemeentecode ARNHEM = new Gemeentecode("GM0202"), NIJMEGEN = new Gemeentecode("GM0268");

    static Gedetecteerd zestien(LeerlingId l, String einddatum, int minuten) {
        LocalDate e = LocalDate.parse(einddatum);
        return new Gedetecteerd(new Signaal(Signaalsoort.VERZUIM_16_UUR, l, S, e.minusDays(20), e, minuten, null,
                ARNHEM, true), ARNHEM);
    }

    static Gedetecteerd teLaat(LeerlingId l, String einddatum, int aantal) {
        LocalDate e = LocalDate.parse(einddatum);
        return new Gedetecteerd(new Signaal(Signaalsoort.TE_LAAT_HERHAALD, l, S, e.minusDays(3), e, null, aantal,
                null, false), ARNHEM);
    }

    static List<Signalen.Signaalrij> opgeslagen(Gedetecteerd... signalen) {
        return java.util.stream.IntStream.range(0, signalen.length)
                .mapToObj(i -> new Signalen.Signaalrij("(0," + (i + 1) + ")", signalen[i])).toList();
    }

    @Test
    void ongewijzigdIsLeeg() {
        var v = Signaalverschil.tussen(opgeslagen(zestien(A, "2025-10-02", 960), teLaat(A, "2025-09-05", 3)),
                List.of(teLaat(A, "2025-09-05", 3), zestien(A, "2025-10-02", 960)));
        assertThat(v.isLeeg()).isTrue();
        assertThat(v.verplichtGewijzigd()).isEmpty();
    }

    @Test
    void eenGewijzigdeKolomIsEenRijEruitEnEenErin() {
        var v = Signaalverschil.tussen(opgeslagen(zestien(A, "2025-10-02", 960), teLaat(A, "2025-09-05", 3)),
                List.of(zestien(A, "2025-10-02", 1020), teLaat(A, "2025-09-05", 3)));
        assertThat(v.weg()).containsExactly("(0,1)");
        assertThat(v.nieuw()).containsExactly(zestien(A, "2025-10-02", 1020));
        assertThat(v.verplichtGewijzigd()).containsExactly(A);
    }

    @Test
    void eenAndereWoongemeenteIsOokEenWijziging() {
        var verhuisd = new Gedetecteerd(teLaat(A, "2025-09-05", 3).signaal(), NIJMEGEN);
        var v = Signaalverschil.tussen(opgeslagen(teLaat(A, "2025-09-05", 3)), List.of(verhuisd));
        assertThat(v.weg()).containsExactly("(0,1)");
        assertThat(v.nieuw()).containsExactly(verhuisd);
        assertThat(v.verplichtGewijzigd()).isEmpty();
    }

    @Test
    void alleenNietVerplichteSignalenGewijzigdNoemtGeenLeerling() {
        var v = Signaalverschil.tussen(opgeslagen(zestien(A, "2025-10-02", 960)),
                List.of(zestien(A, "2025-10-02", 960), teLaat(A, "2025-09-12", 6)));
        assertThat(v.weg()).isEmpty();
        assertThat(v.nieuw()).containsExactly(teLaat(A, "2025-09-12", 6));
        assertThat(v.verplichtGewijzigd()).isEmpty();
    }

    @Test
    void verdwenenVerplichtSignaalNoemtDeLeerling() {
        var v = Signaalverschil.tussen(opgeslagen(zestien(A, "2025-10-02", 960), zestien(B, "2025-10-02", 960)),
                List.of(zestien(B, "2025-10-02", 960)));
        assertThat(v.weg()).containsExactly("(0,1)");
        assertThat(v.nieuw()).isEmpty();
        assertThat(v.verplichtGewijzigd()).containsExactly(A);
    }

    @Test
    void gelijkeRijenTellenAlsMeerdere() {
        var v = Signaalverschil.tussen(opgeslagen(teLaat(A, "2025-09-05", 3), teLaat(A, "2025-09-05", 3)),
                List.of(teLaat(A, "2025-09-05", 3)));
        assertThat(v.weg()).hasSize(1);
        assertThat(v.nieuw()).isEmpty();
        var erbij = Signaalverschil.tussen(opgeslagen(teLaat(A, "2025-09-05", 3)),
                List.of(teLaat(A, "2025-09-05", 3), teLaat(A, "2025-09-05", 3)));
        assertThat(erbij.weg()).isEmpty();
        assertThat(erbij.nieuw()).containsExactly(teLaat(A, "2025-09-05", 3));
    }
}
