package nl.inbeeld.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error report, in Dutch: for the few requests Tomcat refuses before InBeeld sees them (a NUL character
 * or another impossible sequence in the path answers 400 there), and for any error answer still without a body. A
 * request to {@code /api/**} gets a Dutch ProblemDetail, anything else a short Dutch page; never Tomcat's English
 * page with its version. Public only because Tomcat instantiates the valve by class name.
 */
public class Foutrapport extends ErrorReportValve {

    @Override
    protected void report(Request verzoek, Response antwoord, Throwable fout) {
        int code = antwoord.getStatus();
        if (code < 400 || antwoord.getContentWritten() > 0) return;
        HttpStatus status = HttpStatus.resolve(code);
        if (status == null) status = HttpStatus.INTERNAL_SERVER_ERROR;
        String uri = verzoek.getRequestURI();
        boolean api = uri != null && Foutteksten.isApi(uri);
        String titel = Foutteksten.titel(status);
        String detail = Foutteksten.standaard(status);
        try {
            antwoord.setCharacterEncoding(StandardCharsets.UTF_8.name());
            antwoord.setContentType(api ? "application/problem+json" : "text/html");
            Writer uit = antwoord.getReporter();
            if (uit == null) return;
            if (api) {
                uit.write("{\"title\":\"" + titel + "\",\"status\":" + code + ",\"detail\":\"" + detail + "\"}");
            } else {
                uit.write("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"UTF-8\"><title>" + titel
                        + " — InBeeld</title></head><body><h1>" + titel + "</h1><p>" + detail
                        + "</p><p><a href=\"/\">Naar de startpagina</a></p></body></html>");
            }
            antwoord.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was already taken; nothing more to tell
        }
    }

    /** Puts this report in place of Tomcat's default on the embedded server's host. */
    @Configuration(proxyBeanMethods = false)
    static class Inzetten {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> nederlandsFoutrapport() {
            return fabriek -> fabriek.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) host.setErrorReportValveClass(Foutrapport.class.getName());
            });
        }
    }
}
