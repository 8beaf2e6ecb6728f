package nl.inbeeld;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(InBeeldApplication.class);

    @Test
    void modulegrenzenKloppen() {
        MODULES.verify();
    }

    @Test
    void documentatie() {
        new Documenter(MODULES).writeDocumentation();
    }
}
