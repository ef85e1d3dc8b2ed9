package dev.cutroom.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps data flowing one way: app -> plugins/host -> plugins/api; plugins -> models; everything -> timeline.
 * The timeline model knows nothing of media, models, plugins or the UI; the engine knows nothing of the UI.
 */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.cutroom");
    }

    @Test
    void timelineModelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("dev.cutroom.timeline..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.cutroom.engine..", "dev.cutroom.models..",
                        "dev.cutroom.plugin..", "dev.cutroom.app..", "dev.cutroom.assets..", "javafx..", "org.bytedeco..")
                .check(classes);
    }

    @Test
    void engineKnowsNoUiNoPluginsNoModels() {
        noClasses().that().resideInAPackage("dev.cutroom.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.cutroom.app..", "dev.cutroom.plugin..", "dev.cutroom.models..", "javafx..")
                .check(classes);
    }

    @Test
    void modelsKnowNoTimelineNoUi() {
        noClasses().that().resideInAPackage("dev.cutroom.models..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.cutroom.app..", "dev.cutroom.plugin..", "dev.cutroom.engine..", "javafx..")
                .check(classes);
    }

    @Test
    void pluginApiIsJdkOnly() {
        noClasses().that().resideInAPackage("dev.cutroom.plugin.api..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "dev.cutroom.plugin.api..")
                .check(classes);
    }

    @Test
    void nothingBelowTheAppUsesTheApp() {
        noClasses().that().resideOutsideOfPackage("dev.cutroom.app..")
                .should().dependOnClassesThat().resideInAPackage("dev.cutroom.app..")
                .check(classes);
    }
}
