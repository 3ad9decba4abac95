package dev.throughline;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering Throughline relies on: models and services testable without a screen, SQL in one place. */
@AnalyzeClasses(packages = "dev.throughline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** A class or any class it is nested in (lambdas and anonymous classes belong to their owner). */
    private static DescribedPredicate<JavaClass> selfOrEnclosing(DescribedPredicate<? super JavaClass> predicate) {
        return describe(predicate.getDescription(), c -> {
            for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
                if (predicate.test(k)) {
                    return true;
                }
            }
            return false;
        });
    }

    private static final DescribedPredicate<JavaClass> RECORD_IN_PEOPLE_OR_PROGRAM = describe(
            "are records in people or program", c -> c.isRecord()
                    && c.getPackageName().matches("dev\\.throughline\\.(people|program)(\\..*)?"));

    private static final DescribedPredicate<JavaClass> HEADLESS = selfOrEnclosing(
            resideInAnyPackage("..store..", "..edit..", "..event..", "..validation..", "..sample..",
                    "..interchange..", "..cli..", "..text..")
                    .or(simpleNameEndingWith("Service"))
                    .or(simpleNameEndingWith("Repository"))
                    .or(simpleNameEndingWith("Validator"))
                    .or(simpleNameEndingWith("Input"))
                    .or(simpleNameEndingWith("Model"))
                    .or(RECORD_IN_PEOPLE_OR_PROGRAM)
                    .as("are in store/edit/event/validation/sample/interchange/cli/text, or are Services, Repositories,"
                            + " Validators, Inputs, Models, or records of people/program"));

    private static final DescribedPredicate<JavaClass> SCREENS = selfOrEnclosing(
            simpleNameEndingWith("View").or(simpleNameEndingWith("Page")).or(simpleNameEndingWith("Dialog"))
                    .as("are Views, Pages or Dialogs"));

    /** Undoable edits: they run inside a store transaction and take a Sql. */
    private static final DescribedPredicate<JavaClass> EDIT_COMMAND = selfOrEnclosing(
            simpleNameEndingWith("Command").and(JavaClass.Predicates.assignableTo("dev.throughline.edit.Command"))
                    .as("are edit Commands"));

    private static final DescribedPredicate<JavaClass> MAY_USE_JDBC = selfOrEnclosing(
            resideInAnyPackage("..store..", "..edit..").or(simpleNameEndingWith("Repository"))
                    .as("are in store or edit, or are Repositories")).or(EDIT_COMMAND);

    @ArchTest
    static final ArchRule modelsServicesAndDataDoNotUseJavaFxControls = noClasses()
            .that(HEADLESS)
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("they must run and be tested without a screen (view models may use javafx.beans and"
                    + " javafx.collections)");

    @ArchTest
    static final ArchRule jdbcStaysInTheStoreRepositoriesAndCommands = noClasses()
            .that(DescribedPredicate.not(MAY_USE_JDBC).as("are outside store and edit and are neither Repositories nor edit Commands"))
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("SQL belongs in the store, the repositories and the undoable commands that take a Sql");

    @ArchTest
    static final ArchRule screensAndUiNeverTouchJdbc = noClasses()
            .that(SCREENS.or(resideInAnyPackage("..ui..")))
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("screens reach data through services, off the FX thread");

    @ArchTest
    static final ArchRule screensDoNotUseRepositories = noClasses()
            .that(SCREENS)
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .because("screens go through services, which make edits undoable");

    @ArchTest
    static final ArchRule onlyMainUsesTheCli = noClasses()
            .that().resideOutsideOfPackage("dev.throughline.cli..")
            .and().doNotHaveFullyQualifiedName(Main.class.getName())
            .should().dependOnClassesThat().resideInAPackage("dev.throughline.cli..")
            .because("the command line is an entry point, not a library");

    @ArchTest
    static final ArchRule noGlobalMutableState = fields()
            .that().arePublic().and().areStatic()
            .should().beFinal()
            .because("there are no global singletons: state lives in a Workspace passed explicitly");
}
