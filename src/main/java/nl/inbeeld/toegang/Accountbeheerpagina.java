package nl.inbeeld.toegang;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The accounts page of the BEHEERDER ({@code /beheer/accounts}; the security configuration admits no other role, and
 * a blocked administrator with an open session gets 404 here): list, create, block and unblock, reset a password,
 * change the scope. Plain forms with CSRF tokens, post-redirect-get; no script needed.
 */
@Controller
@RequestMapping("/beheer/accounts")
class Accountbeheerpagina {

    private final Accountbeheer beheer;
    private final Gebruikers gebruikers;

    Accountbeheerpagina(Accountbeheer beheer, Gebruikers gebruikers) {
        this.beheer = beheer;
        this.gebruikers = gebruikers;
    }

    @GetMapping
    String toon(Model model) {
        beheerder();
        model.addAttribute("accounts", beheer.alle());
        model.addAttribute("rollen", Rol.values());
        model.addAttribute("minimum", Wachtwoordregel.MINIMUM);
        return "accounts";
    }

    @PostMapping
    String aanmaken(@RequestParam String naam, @RequestParam String wachtwoord, @RequestParam(required = false) Rol rol,
            @RequestParam(defaultValue = "") String scholen, @RequestParam(defaultValue = "") String gemeenten,
            RedirectAttributes uit) {
        var uitkomst = beheer.aanmaken(beheerder(), naam.strip(), wachtwoord, rol, scholen, gemeenten);
        if (uitkomst instanceof Accountbeheer.Geweigerd) {
            // keep what was typed (never the password), so a correction loses nothing
            uit.addFlashAttribute("nieuwNaam", naam);
            uit.addFlashAttribute("nieuwRol", rol);
            uit.addFlashAttribute("nieuwScholen", scholen);
            uit.addFlashAttribute("nieuwGemeenten", gemeenten);
        }
        return terug(uitkomst, uit);
    }

    @PostMapping("/blokkeren")
    String blokkeren(@RequestParam String naam, @RequestParam boolean blokkeren, RedirectAttributes uit) {
        return terug(beheer.blokkeren(beheerder(), naam, blokkeren), uit);
    }

    @PostMapping("/wachtwoord")
    String wachtwoord(@RequestParam String naam, @RequestParam String wachtwoord, RedirectAttributes uit) {
        return terug(beheer.wachtwoordHerstellen(beheerder(), naam, wachtwoord), uit);
    }

    @PostMapping("/bereik")
    String bereik(@RequestParam String naam, @RequestParam(defaultValue = "") String scholen,
            @RequestParam(defaultValue = "") String gemeenten, RedirectAttributes uit) {
        return terug(beheer.bereikWijzigen(beheerder(), naam, scholen, gemeenten), uit);
    }

    private Gebruiker beheerder() {
        Gebruiker g = gebruikers.huidige();
        if (!Accountbeheer.mag(g)) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        return g;
    }

    private static String terug(Accountbeheer.Uitkomst uitkomst, RedirectAttributes uit) {
        switch (uitkomst) {
            case Accountbeheer.Gedaan(String bericht) -> uit.addFlashAttribute("bericht", bericht);
            case Accountbeheer.Geweigerd(String reden) -> uit.addFlashAttribute("fout", reden);
        }
        return "redirect:/beheer/accounts";
    }
}
