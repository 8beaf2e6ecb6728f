package nl.inbeeld.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that reach the servlet container's error dispatch ({@code /error}): from the security filter chains
 * (a refused request path, 401/403 of the page chain), from a page ({@code sendError}) or an exception no advice
 * handled. A request to {@code /api/**} gets a Dutch ProblemDetail, a page the Dutch error page
 * ({@code templates/error.html}) with the same status. Nothing of the exception is shown.
 */
@Controller
class Foutpagina implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    Object fout(HttpServletRequest verzoek, HttpServletResponse antwoord) {
        HttpStatus status = status(verzoek);
        Object pad = verzoek.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (pad instanceof String p && Foutteksten.isApi(p.substring(Math.min(p.length(), verzoek.getContextPath().length())))) {
            ProblemDetail probleem = ProblemDetail.forStatusAndDetail(status, Foutteksten.standaard(status));
            probleem.setTitle(Foutteksten.titel(status));
            probleem.setInstance(java.net.URI.create(p.replaceAll("[^A-Za-z0-9/_.~-]", "")));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleem);
        }
        antwoord.setStatus(status.value());
        return new ModelAndView("error", Map.of("status", status.value(), "titel", Foutteksten.titel(status)), status);
    }

    private static HttpStatus status(HttpServletRequest verzoek) {
        Object code = verzoek.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
