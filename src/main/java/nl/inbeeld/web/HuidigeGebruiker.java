package nl.inbeeld.web;

import nl.inbeeld.toegang.Gebruiker;
import nl.inbeeld.toegang.Gebruikers;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows its user (for the menu and what it shows). */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class HuidigeGebruiker {

    private final Gebruikers gebruikers;

    HuidigeGebruiker(Gebruikers gebruikers) {
        this.gebruikers = gebruikers;
    }

    @ModelAttribute("gebruiker")
    Gebruiker gebruiker() {
        return gebruikers.huidige();
    }
}
