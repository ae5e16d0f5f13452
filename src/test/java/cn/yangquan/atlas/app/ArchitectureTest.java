package cn.yangquan.atlas.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
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

    /**
     * Readers may word their problems from the resource bundles (the CRS messages, the evaluation import's), so
     * {@code io} may use {@code i18n}; {@code i18n} in turn never reads, which {@link #packagesFormNoCycles} keeps.
     */
    @Test
    void readingAndDrawingKnowNothingOfEachOther() {
        noClasses().that().resideInAPackage("..atlas.io..").should().dependOnClassesThat()
                .resideInAnyPackage("..atlas.render..", "..atlas.ui..").check(classes);
        noClasses().that().resideInAPackage("..atlas.render..").should().dependOnClassesThat()
                .resideInAnyPackage("..atlas.io..", "..atlas.ui..", "..atlas.i18n..").check(classes);
    }

    /**
     * The window reads and writes no file itself: the app does, in the background, and hands the session what was
     * read. The map, the session and the presentation keep to this; the PostGIS dialog, named here, still talks
     * to the database directly and is the remaining work.
     */
    @Test
    void theWindowDoesNoFileIoItself() {
        noClasses().that().resideInAPackage("..atlas.ui..")
                .and().doNotHaveSimpleName("PostgisDialog")
                .and().areNotNestedClasses()
                .should().dependOnClassesThat().resideInAPackage("..atlas.io..").check(classes);
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("cn.yangquan.atlas.(*)..").should().beFreeOfCycles().check(classes);
    }
}
