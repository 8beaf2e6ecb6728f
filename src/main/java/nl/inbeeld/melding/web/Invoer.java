package nl.inbeeld.melding.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.melding.Meldingfilter;
import nl.inbeeld.school.SchoolId;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Checks of request input: a clear Dutch 400 instead of a stack trace. */
final class Invoer {

    private Invoer() {}

    static LeerlingId leerling(String waarde) {
        if (!LeerlingId.isGeldig(waarde)) throw fout("leerling_id '" + waarde + "' is geen geldige leerling_id");
        return new LeerlingId(waarde);
    }

    static SchoolId school(String waarde) {
        if (!SchoolId.isGeldig(waarde)) throw fout("school '" + waarde + "' is geen geldige school_id");
        return new SchoolId(waarde);
    }

    static <E extends Enum<E>> E enumWaarde(Class<E> soort, String waarde, String veld) {
        try {
            return Enum.valueOf(soort, waarde.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw fout(veld + " '" + waarde + "' is onbekend; kies uit " + Arrays.stream(soort.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** A search text of at most {@link Meldingfilter#MAX_ZOEKTEKST} characters. */
    static String zoektekst(String waarde) {
        if (waarde != null && waarde.length() > Meldingfilter.MAX_ZOEKTEKST) {
            throw fout("zoek is te lang: " + waarde.length() + " tekens, ten hoogste " + Meldingfilter.MAX_ZOEKTEKST);
        }
        return waarde;
    }

    static <T> T verplicht(T waarde, String veld) {
        if (waarde == null) throw fout(veld + " ontbreekt");
        return waarde;
    }

    static String titel(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Niet gevonden";
            case FORBIDDEN -> "Niet toegestaan";
            case CONFLICT -> "Niet mogelijk in deze status";
            case BAD_REQUEST -> "Ongeldige invoer";
            default -> status.getReasonPhrase();
        };
    }

    private static ResponseStatusException fout(String reden) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, reden);
    }
}
