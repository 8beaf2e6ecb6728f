package nl.inbeeld.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.DateTimeException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * One place for errors raised in a controller: for {@code /api/**} a Dutch RFC 9457 ProblemDetail (title per status,
 * a Dutch explanation of what was wrong with the request), for pages the Dutch error page ({@code error.html},
 * through {@link Foutpagina}) with the right status. Spring MVC's framework errors (missing or mistyped parameter,
 * impossible date, unreadable JSON, wrong method or content type, unknown address) come through
 * {@link ResponseEntityExceptionHandler}; input that only the database recognises as impossible (a NUL character in
 * a JSON text, a date or number outside its range, a text past its length check) is a 400, not a 500. Errors the
 * security filter chain raises (401, 403) are written there ({@code toegang.ApiBeveiliging}); errors no controller
 * saw reach {@link Foutpagina}.
 */
@RestControllerAdvice
class Foutmeldingen extends ResponseEntityExceptionHandler {

    /** Input the database refuses: a 400 with a Dutch explanation; any other database error stays a 500. */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<Object> database(DataAccessException fout, WebRequest verzoek) throws Exception {
        String detail = switch (sqlState(fout)) {
            case "22021", "22P05" -> "Een tekst bevat een teken dat InBeeld niet kan opslaan (zoals een NUL-teken).";
            case "22007", "22008" -> "Een datum valt buiten het bereik dat InBeeld kan verwerken.";
            case "22003" -> "Een getal valt buiten het bereik dat InBeeld kan verwerken.";
            case "22001", "23514" -> "Een waarde is te lang of voldoet niet aan de regels voor dit veld.";
            case null, default -> null;
        };
        if (detail == null) throw fout;
        return ongeldig(fout, detail, verzoek);
    }

    /** Date arithmetic on a date given by the user that leaves the calendar (e.g. the year +999999999). */
    @ExceptionHandler(DateTimeException.class)
    ResponseEntity<Object> datum(DateTimeException fout, WebRequest verzoek) {
        return ongeldig(fout, "Een datum valt buiten het bereik dat InBeeld kan verwerken.", verzoek);
    }

    private ResponseEntity<Object> ongeldig(Exception fout, String detail, WebRequest verzoek) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        return handleExceptionInternal(fout, probleem, new HttpHeaders(), HttpStatus.BAD_REQUEST, verzoek);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception fout, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest verzoek) {
        if (verzoek instanceof ServletWebRequest servlet && !Foutteksten.isApi(servlet.getRequest())) {
            return foutpagina(servlet.getResponse(), status);
        }
        ProblemDetail probleem = body instanceof ProblemDetail p ? p
                : fout instanceof org.springframework.web.ErrorResponse e
                        ? e.updateAndGetBody(getMessageSource(), org.springframework.context.i18n.LocaleContextHolder.getLocale())
                        : ProblemDetail.forStatus(status);
        probleem.setTitle(Foutteksten.titel(status));
        if (!(fout instanceof DataAccessException || fout instanceof DateTimeException)) {
            String detail = Foutteksten.detail(fout, status);
            if (detail != null) probleem.setDetail(detail);
        }
        return super.handleExceptionInternal(fout, probleem, headers, status, verzoek);
    }

    /** A page: the servlet container shows the error page for the status ({@link Foutpagina}). */
    private static ResponseEntity<Object> foutpagina(HttpServletResponse antwoord, HttpStatusCode status) {
        if (antwoord == null || antwoord.isCommitted()) return null;
        try {
            antwoord.sendError(status.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    private static String sqlState(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) return sql.getSQLState();
        }
        return null;
    }
}
