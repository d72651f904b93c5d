package dk.samtalebordet;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The shape of the code: Spring Modulith's module rules, and the house rules as ArchUnit sentences. */
class ModularityTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.samtalebordet");

    private static final String PEOPLE_STORE = "dk.samtalebordet.people.store";

    @Test
    void theApplicationModulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        ApplicationModules.of(App.class).verify();
    }

    @Test
    void theDomainAndTheServicesDoNotDependOnVaadin() {
        ArchRule rule = noClasses()
                .that().resideOutsideOfPackages("..ui..", "dk.samtalebordet.security..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .as("the domain and the services do not depend on Vaadin");
        rule.check(CLASSES);
    }

    @Test
    void viewsDoNotUseRepositories() {
        ArchRule rule = noClasses()
                .that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .as("views do not use repositories");
        rule.check(CLASSES);
    }

    @Test
    void viewsDoNotTouchEntities() {
        ArchRule rule = noClasses()
                .that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .as("views do not touch entities, only the read models services return");
        rule.check(CLASSES);
    }

    @Test
    void onlyTheUserInterfaceDependsOnTheUserInterface() {
        ArchRule rule = noClasses()
                .that().resideOutsideOfPackage("..ui..")
                .and().doNotHaveSimpleName("SecurityConfig")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .as("only the user interface depends on the user interface (and the security configuration names the login view)");
        rule.check(CLASSES);
    }

    @Test
    void repositoriesAreInternalToTheirFeature() {
        ArchRule rule = classes()
                .that().areAssignableTo(Repository.class)
                .and().resideOutsideOfPackage(PEOPLE_STORE)
                .should().notBePublic()
                .as("repositories are internal to their feature (the people's store is shared with the organisation "
                        + "module alone, below)");
        rule.check(CLASSES);
    }

    @Test
    void onlyThePeopleAndTheOrganisationModulesUseTheStoredOrganisation() {
        ArchRule rule = noClasses()
                .that().resideOutsideOfPackages("dk.samtalebordet.people..", "dk.samtalebordet.organisation..")
                .should().dependOnClassesThat().resideInAPackage(PEOPLE_STORE)
                .as("only the people and the organisation modules use the stored persons and org units");
        rule.check(CLASSES);
    }
}
