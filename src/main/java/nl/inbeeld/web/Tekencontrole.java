package nl.inbeeld.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a request whose parameters carry a control character (NUL and the other C0 characters but tab, line feed
 * and carriage return) with a Dutch 400, before a controller sees it: PostgreSQL cannot store a NUL, and no field of
 * InBeeld needs one. It runs after the security filter chain (authorisation first); a control character in the path
 * is already refused there (Spring Security's firewall), JSON bodies are checked where they are stored.
 */
@Configuration(proxyBeanMethods = false)
class Tekencontrole implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest verzoek, HttpServletResponse antwoord, Object handler) {
        // the error page (an error dispatch keeps the refused request's parameters) must still be shown
        if (verzoek.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR) return true;
        for (Map.Entry<String, String[]> p : verzoek.getParameterMap().entrySet()) {
            for (String waarde : p.getValue()) {
                if (waarde != null && bevatStuurteken(waarde)) {
                    throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "De parameter '" + p.getKey()
                            + "' bevat een ongeldig teken (een stuurteken zoals NUL).");
                }
            }
        }
        return true;
    }

    static boolean bevatStuurteken(String tekst) {
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) return true;
        }
        return false;
    }
}
