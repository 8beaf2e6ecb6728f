package nl.inbeeld.aanwezigheid.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The upload page refuses a zip bomb (limits set low here by property) and a file that is no zip, with a Dutch
 * message that names no server path (issue 11: it showed the server's temp folder).
 */
@SpringBootTest(properties = {"inbeeld.upload.max-uitgepakt=4MB", "inbeeld.upload.max-verhouding=50"})
@ActiveProfiles({"test", "demo"})
class UploadGrenzenTest {

    @Autowired WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void eenZipBomWordtGeweigerd() throws Exception {
        assertThat(fout(ZipuitpakkerTest.bom("export/absenties.csv", 64)))
                .isEqualTo("Het zip-bestand pakt meer dan 50 keer zo groot uit als het is (een zip-bom?); er is niets ingelezen.");
    }

    @Test
    void eenTeGrootUitgepaktZipWordtGeweigerd() throws Exception {
        // about three times packed, as a CSV export might be; 5 MB > 4 MB
        byte[] regels = new byte[5 << 20];
        var toeval = new java.util.Random(1);
        for (int i = 0; i < regels.length; i++) regels[i] = (byte) ('0' + toeval.nextInt(10));
        assertThat(fout(UploadBereikTest.zip(Map.of("absenties.csv", new String(regels, StandardCharsets.US_ASCII)))))
                .isEqualTo("Het zip-bestand is uitgepakt groter dan 4 MB; er is niets ingelezen.");
    }

    @Test
    void geenZipToontGeenServerpad() throws Exception {
        String geenZip = fout("leerling_id,school_id\nL-1,21AB00\n".getBytes(StandardCharsets.UTF_8));
        String kapot = fout(Arrays.copyOf(UploadBereikTest.zip(Map.of("absenties.csv", "leerling_id\n".repeat(1000))), 60));
        for (String fout : new String[] {geenZip, kapot}) {
            assertThat(fout).startsWith("Het bestand is geen zip-bestand met bestanden van uitwisselformaat v1")
                    .doesNotContain("/", System.getProperty("java.io.tmpdir"), "inbeeld-upload");
        }
    }

    private String fout(byte[] zip) throws Exception {
        var uit = mvc.perform(MockMvcRequestBuilders.multipart("/inlezen")
                        .file(new MockMultipartFile("map", "export.zip", "application/zip", zip))
                        .with(user("klimboom").roles("SCHOOL")).with(csrf()))
                .andReturn();
        assertThat(uit.getModelAndView().getModel().get("resultaat")).as("niets ingelezen").isNull();
        return (String) uit.getModelAndView().getModel().get("fout");
    }
}
