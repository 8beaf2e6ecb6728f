package nl.inbeeld.toegang;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Dutch RFC 9457 ProblemDetail written by the security filter chain itself (401, 403), where no controller advice
 * reaches: the same fields as Spring MVC writes ({@code title}, {@code status}, {@code detail},
 * {@code instance}; {@code type} is the default {@code about:blank}).
 */
final class Probleem {

    private Probleem() {}

    static void schrijf(HttpServletRequest verzoek, HttpServletResponse antwoord, HttpStatus status, String titel,
            String detail) throws IOException {
        var velden = new LinkedHashMap<String, Object>();
        velden.put("title", titel);
        velden.put("status", status.value());
        velden.put("detail", detail);
        velden.put("instance", verzoek.getRequestURI());
        antwoord.setStatus(status.value());
        antwoord.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        antwoord.setCharacterEncoding(StandardCharsets.UTF_8.name());
        antwoord.getOutputStream().write(JsonMapper.shared().writeValueAsBytes(velden));
    }
}
