package nl.inbeeld.toegang;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, in Dutch: the form, and a link to the OIDC provider when that login is on. */
@Controller
class Inlogpagina {

    private final boolean oidc;

    Inlogpagina(ObjectProvider<Oidcaanmelding> oidc) {
        this.oidc = oidc.getIfAvailable() != null;
    }

    @GetMapping("/login")
    String inloggen(Model model) {
        model.addAttribute("oidc", oidc);
        model.addAttribute("mislukt", Wachtwoordaanmelding.MELDING);
        model.addAttribute("geenRol", Oidcclaims.GEEN_TOEGANG);
        return "login";
    }
}
