package nl.inbeeld;

import nl.inbeeld.leerplicht.Leerplichtinstellingen;
import nl.inbeeld.leerplicht.Schrikkeldag;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the settings of the leerplicht rules ({@code inbeeld.leerplicht.*}) to {@link Leerplichtinstellingen}, the
 * one bean every module injects; here because the leerplicht module is pure JDK.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LeerplichtConfiguration.Eigenschappen.class)
class LeerplichtConfiguration {

    /**
     * @param schrikkeldag {@code inbeeld.leerplicht.schrikkeldag}: NAAR_1_MAART (default) or NAAR_28_FEBRUARI
     * @param algemeneTermijnenwet {@code inbeeld.leerplicht.algemene-termijnenwet}: Atw art. 1 on terms (default true)
     */
    @ConfigurationProperties("inbeeld.leerplicht")
    record Eigenschappen(@DefaultValue("NAAR_1_MAART") Schrikkeldag schrikkeldag,
            @DefaultValue("true") boolean algemeneTermijnenwet) {}

    @Bean
    Leerplichtinstellingen leerplichtinstellingen(Eigenschappen e) {
        return new Leerplichtinstellingen(e.schrikkeldag(), e.algemeneTermijnenwet());
    }
}
