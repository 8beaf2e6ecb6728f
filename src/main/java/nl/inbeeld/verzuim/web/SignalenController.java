package nl.inbeeld.verzuim.web;

import java.time.LocalDate;
import java.util.List;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.verzuim.SignaalJson;
import nl.inbeeld.toegang.Auditlog;
import nl.inbeeld.toegang.Gebruikers;
import nl.inbeeld.verzuim.Signalen;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/v1/signalen?peildatum=…[&school=…][&gemeente=…]}: the signals of spec §5. */
@RestController
class SignalenController {

    private final Signalen signalen;
    private final Gebruikers gebruikers;
    private final Auditlog audit;

    SignalenController(Signalen signalen, Gebruikers gebruikers, Auditlog audit) {
        this.signalen = signalen;
        this.gebruikers = gebruikers;
        this.audit = audit;
    }

    @GetMapping("/api/v1/signalen")
    List<SignaalJson> signalen(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum,
            @RequestParam(required = false) String school, @RequestParam(required = false) String gemeente) {
        if (school != null && !SchoolId.isGeldig(school)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "school '" + school + "' is geen geldige school_id");
        }
        if (gemeente != null && !Gemeentecode.isGeldig(gemeente)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "gemeente '" + gemeente + "' is geen CBS-gemeentecode (GM gevolgd door 4 cijfers)");
        }
        var gebruiker = gebruikers.huidige();
        var lijst = signalen.zichtbaar(gebruiker.bereik(), peildatum, school == null ? null : new SchoolId(school),
                gemeente == null ? null : new Gemeentecode(gemeente));
        audit.vastleggen(gebruiker, "LEZEN signalen peildatum=" + peildatum + " (" + lijst.size() + ")", null,
                "signalen opvragen (API)");
        return lijst.stream().map(SignaalJson::van).toList();
    }
}
