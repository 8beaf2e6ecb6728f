package nl.inbeeld.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The Dutch title and explanation of an error, per HTTP status and per kind of framework error. */
final class Foutteksten {

    private Foutteksten() {}

    /** Whether a request belongs to the REST API (answered with a ProblemDetail, not with the error page). */
    static boolean isApi(String pad) {
        return pad != null && (pad.equals("/api") || pad.startsWith("/api/"));
    }

    static boolean isApi(HttpServletRequest verzoek) {
        return isApi(verzoek.getRequestURI().substring(verzoek.getContextPath().length()));
    }

    static String titel(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "Ongeldige invoer";
            case 401 -> "Niet aangemeld";
            case 403 -> "Niet toegestaan";
            case 404 -> "Niet gevonden";
            case 405 -> "Methode niet toegestaan";
            case 406 -> "Formaat niet beschikbaar";
            case 409 -> "Niet mogelijk in deze status";
            case 413 -> "Te groot";
            case 415 -> "Inhoudstype niet ondersteund";
            case 503 -> "Tijdelijk niet beschikbaar";
            default -> status.is5xxServerError() ? "Interne fout" : "Fout";
        };
    }

    /** The explanation when nothing more specific is known. */
    static String standaard(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "Het verzoek is ongeldig.";
            case 401 -> "Meld u aan om InBeeld te gebruiken.";
            case 403 -> "U heeft geen toegang tot dit deel van InBeeld.";
            case 404 -> "Dit bestaat niet of valt buiten uw bereik.";
            case 405 -> "Deze methode is op dit adres niet toegestaan.";
            case 413 -> "Het verzoek of bestand is te groot.";
            default -> status.is5xxServerError()
                    ? "Er ging iets mis in InBeeld. Probeer het opnieuw; blijft het misgaan, neem dan contact op met de beheerder."
                    : "Het verzoek kon niet worden uitgevoerd.";
        };
    }

    /** The Dutch explanation of a framework error; null when the error carries its own (Dutch) explanation. */
    static String detail(Exception fout, HttpStatusCode status) {
        return switch (fout) {
            case MissingServletRequestParameterException e -> "De parameter '" + e.getParameterName() + "' ontbreekt.";
            case MissingServletRequestPartException e -> "Het onderdeel '" + e.getRequestPartName() + "' ontbreekt.";
            case TypeMismatchException e -> "De parameter '" + e.getPropertyName() + "' heeft een ongeldige waarde '"
                    + kort(e.getValue()) + "'; verwacht " + soort(e.getRequiredType()) + ".";
            case HttpMessageNotReadableException e -> "De inhoud van het verzoek is geen geldige JSON, of een veld heeft"
                    + " een ongeldige waarde (een datum schrijft u als JJJJ-MM-DD en moet bestaan).";
            case HttpRequestMethodNotSupportedException e -> "De methode " + e.getMethod() + " is hier niet toegestaan"
                    + (e.getSupportedMethods() == null ? "." : "; wel: " + String.join(", ", e.getSupportedMethods()) + ".");
            case HttpMediaTypeNotSupportedException e -> "Het inhoudstype " + e.getContentType()
                    + " wordt hier niet ondersteund; stuur application/json.";
            case HttpMediaTypeNotAcceptableException e -> "Dit antwoord is er niet in het gevraagde formaat; vraag application/json.";
            case NoResourceFoundException e -> "Dit adres bestaat niet.";
            case NoHandlerFoundException e -> "Dit adres bestaat niet.";
            case MaxUploadSizeExceededException e -> "Het bestand is te groot.";
            case org.springframework.web.ErrorResponse e when e.getBody().getDetail() != null
                    && !(fout instanceof org.springframework.web.bind.ServletRequestBindingException) -> null;
            default -> standaard(status);
        };
    }

    private static String kort(Object waarde) {
        String tekst = String.valueOf(waarde).replaceAll("\\p{Cntrl}", "?");
        return tekst.length() > 40 ? tekst.substring(0, 40) + "…" : tekst;
    }

    private static String soort(Class<?> type) {
        if (type == null) return "een andere waarde";
        if (type == LocalDate.class) return "een bestaande datum als JJJJ-MM-DD";
        if (Temporal.class.isAssignableFrom(type)) return "een tijdstip";
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "een geheel getal binnen het bereik";
        }
        if (type == boolean.class || type == Boolean.class) return "true of false";
        if (type.isEnum()) {
            return "een van " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        return "een andere waarde";
    }
}
