package nl.inbeeld.toegang;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, in Dutch. */
@Controller
class Inlogpagina {

    @GetMapping("/login")
    String inloggen() {
        return "login";
    }
}
