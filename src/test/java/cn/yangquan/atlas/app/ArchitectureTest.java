package cn.yangquan.atlas.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private final com.tngtech.archunit.core.domain.JavaClasses classes = new ClassFileImporter()
            // Test classes live in test-classes under whatever build directory is in use (-Dbuild.dir).
            .withImportOption(location -> !location.contains("/test-classes/")).importPackages("cn.yangquan.atlas");

    @Test
    void modelIoAndRenderNeverTouchJavaFx() {
        noClasses().that().resideInAnyPackage("..atlas.model..", "..atlas.io..", "..atlas.render..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..").check(classes);
    }

    @Test
    void modelDependsOnNeitherFilesNorDrawingNorWindow() {
        noClasses().that().resideInAPackage("..atlas.model..")
                .should().dependOnClassesThat().resideInAnyPackage("..atlas.io..", "..atlas.render..", "..atlas.ui..", "..atlas.app..")
                .check(classes);
    }

    @Test
    void onlyTheAppWiresTheWindow() {
        noClasses().that().resideInAnyPackage("..atlas.model..", "..atlas.io..", "..atlas.render..", "..atlas.ui..")
                .should().dependOnClassesThat().resideInAPackage("..atlas.app..").check(classes);
    }
}
