package nl.inbeeld.leerplicht;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The leerplicht module is pure rules: only the JDK, and no clock. */
@AnalyzeClasses(packages = "nl.inbeeld.leerplicht", importOptions = ImportOption.DoNotIncludeTests.class)
class LeerplichtArchitectuurTest {

    @ArchTest
    static final ArchRule alleenDeJdk = classes().that().resideInAPackage("nl.inbeeld.leerplicht..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("nl.inbeeld.leerplicht..", "java..");

    @ArchTest
    static final ArchRule geenKlok = noClasses().that().resideInAPackage("nl.inbeeld.leerplicht..")
            .should().callMethodWhere(target(name("now")))
            .because("tijd is een parameter (peildatum); alleen applicatieservices lezen de Clock");
}
