package org.chatterie.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

/** The package rules of DESIGN.md §4, checked on every build. */
class ArchitectureTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.chatterie.portal");

    @Test
    void featuresHaveNoCycles() {
        slices().matching("org.chatterie.portal.(*)..").should().beFreeOfCycles().check(PORTAL);
    }

    @Test
    void systemKnowsNoFeature() {
        noClasses().that().resideInAPackage("org.chatterie.portal.system..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.chatterie.portal.(*)..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage("org.chatterie.portal.system..")))
                .check(PORTAL);
    }

    @Test
    void viewsNeverTouchDaos() {
        noClasses().that().areAnnotatedWith(Route.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Dao")
                .check(PORTAL);
    }

    @Test
    void everyRouteDeclaresWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .check(PORTAL);
    }

    @Test
    void theWireContractStaysFreeOfSpring() {
        noClasses().that().resideInAPackage("org.chatterie.protocol..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..")
                .check(new ClassFileImporter().importPackages("org.chatterie.protocol"));
    }

    @Test
    void daosStayInsideTheirFeature() {
        classes().that().haveSimpleNameEndingWith("Dao").should().notBePublic().check(PORTAL);
    }
}
