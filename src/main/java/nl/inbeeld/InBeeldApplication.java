package nl.inbeeld;

import nl.inbeeld.cli.Opdrachtregel;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * InBeeld: de verzuimketen van de Leerplichtwet in één applicatie.
 *
 * <p>Without arguments, or with {@code start}, the web application starts; any other first argument is a
 * command of the command line ({@code inlezen}, {@code signalen}, {@code demo}, …).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "InBeeld")
public class InBeeldApplication {

    public static void main(String[] args) {
        if (Opdrachtregel.isOpdracht(args)) {
            System.exit(Opdrachtregel.uitvoeren(InBeeldApplication.class, args));
        }
        SpringApplication.run(InBeeldApplication.class, Opdrachtregel.zonderStart(args));
    }
}
