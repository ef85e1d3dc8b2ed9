package dev.cutroom.timeline;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the timeline model a leaf that every other module can depend on: the JDK and Jackson only, the model
 * records free of Jackson, and no cycles between the packages.
 */
class ModuleDependenciesTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cutroom.timeline");

    static final ArchRule ONLY_JDK_AND_JACKSON = classes().that().resideInAPackage("dev.cutroom.timeline..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fasterxml.jackson..", "dev.cutroom.timeline..")
            .because("the timeline model depends on nothing but the JDK and Jackson (DESIGN.md)");

    static final ArchRule RECORDS_WITHOUT_JACKSON = classes().that().resideInAPackage("dev.cutroom.timeline.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.cutroom.timeline.model..")
            .because("the file format lives in the io package, not in annotations on the records");

    static final ArchRule NO_CYCLES = slices().matching("dev.cutroom.timeline.(*)..").should().beFreeOfCycles();

    @Test
    void mainClassesDependOnlyOnTheJdkJacksonAndThemselves() {
        assertThat(MAIN.size()).as("classes imported").isGreaterThan(30);
        ONLY_JDK_AND_JACKSON.check(MAIN);
    }

    @Test
    void modelRecordsDependOnlyOnTheJdk() { RECORDS_WITHOUT_JACKSON.check(MAIN); }

    @Test
    void packagesAreFreeOfCycles() { NO_CYCLES.check(MAIN); }

    @Test
    void theRuleCatchesAForeignDependency() {
        // This test class uses JUnit and ArchUnit: the rule must report it, or it would pass vacuously.
        JavaClasses withTests = new ClassFileImporter().importClasses(ModuleDependenciesTest.class);
        assertThat(ONLY_JDK_AND_JACKSON.evaluate(withTests).hasViolation()).isTrue();
    }
}
