package org.concordat.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.concordat.examples.archfixture.BackendReachingIntoCore;
import org.concordat.examples.archfixture.ForbiddenInternalImport;
import org.concordat.examples.archfixture.SpiReachingIntoCore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency arrows of DESIGN.md, checked on the compiled main classes of every module: spi
 * depends on the JDK only, core imports no backend, backends import no core, and an {@code
 * ..internal..} package is used only by the module that owns it.
 */
class ArchitectureTest {
    /** The root package of each module under backends/; add a backend here when it is added. */
    static final List<String> BACKEND_ROOTS =
            List.of("org.concordat.postgres", "org.concordat.mail", "org.concordat.webhook", "org.concordat.pdf");

    /**
     * The root package of each exporter under backends/: modules that read plans, so they may use
     * core's API (never its internals), as DESIGN.md allows for backends/ical.
     */
    static final List<String> EXPORTER_ROOTS = List.of("org.concordat.ical");

    /** Packages of modules other than core, each the root of its module. */
    private static final List<String> NON_CORE_ROOTS = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(
                            "org.concordat.spi",
                            "org.concordat.testkit",
                            "org.concordat.cli",
                            "org.concordat.examples",
                            "org.concordat.benchmarks"),
                    java.util.stream.Stream.concat(BACKEND_ROOTS.stream(), EXPORTER_ROOTS.stream()))
            .toList();

    static final ArchRule SPI_DEPENDS_ON_THE_JDK_ONLY = classes()
            .that()
            .resideInAPackage("org.concordat.spi..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("org.concordat.spi..", "java..")
            .because("the SPI must not change when the domain grows, nor drag a library into backends");

    static final ArchRule CORE_IMPORTS_NO_BACKEND = noClasses()
            .that(inModule("core"))
            .should()
            .dependOnClassesThat(inABackend())
            .because("core works with the embedded defaults and finds backends through ServiceLoader");

    static final ArchRule BACKENDS_IMPORT_NO_CORE = backendsImportNoCore(inABackend());

    /** The backend rule for the classes {@code backends} picks (a fixture can stand in for them). */
    static ArchRule backendsImportNoCore(DescribedPredicate<JavaClass> backends) {
        return noClasses()
                .that(backends)
                .should()
                .dependOnClassesThat(inModule("core"))
                .because("a backend depends on the SPI only");
    }

    static final ArchRule INTERNAL_PACKAGES_STAY_IN_THEIR_MODULE = classes()
            .should(useNoInternalPackageOfAnotherModule())
            .because("only API packages are exported; internals may change at any time");

    private static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() {
        mainClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.concordat");
    }

    @Test
    void main_classes_of_every_module_were_imported() {
        assertThat(mainClasses.containPackage("org.concordat.spi")).isTrue();
        assertThat(mainClasses.containPackage("org.concordat.internal")).isTrue();
        // Core's foundations and built-in backends, so the internal rule has internals to guard.
        assertThat(mainClasses.contain("org.concordat.internal.base.Checks")).isTrue();
        assertThat(mainClasses.contain("org.concordat.internal.store.FileRecordStore"))
                .isTrue();
        for (String backend : BACKEND_ROOTS) {
            assertThat(mainClasses.containPackage(backend)).as(backend).isTrue();
        }
        for (String exporter : EXPORTER_ROOTS) {
            assertThat(mainClasses.containPackage(exporter)).as(exporter).isTrue();
        }
    }

    @Test
    void spi_depends_on_the_jdk_only() {
        SPI_DEPENDS_ON_THE_JDK_ONLY.check(mainClasses);
    }

    @Test
    void core_imports_no_backend() {
        CORE_IMPORTS_NO_BACKEND.check(mainClasses);
    }

    @Test
    void backends_import_no_core() {
        BACKENDS_IMPORT_NO_CORE.check(mainClasses);
    }

    @Test
    void the_backend_rule_catches_a_backend_importing_core() {
        JavaClasses offender = new ClassFileImporter().importClasses(BackendReachingIntoCore.class);
        ArchRule rule = backendsImportNoCore(DescribedPredicate.describe(
                "are the fixture backend", c -> c.isEquivalentTo(BackendReachingIntoCore.class)));

        var result = rule.evaluate(offender);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString())
                .contains(BackendReachingIntoCore.class.getName())
                .contains("org.concordat.io.Plans");
    }

    @Test
    void the_rules_see_the_real_backend_classes_as_a_backend() {
        assertThat(mainClasses.get("org.concordat.postgres.PostgresRecordStoreProvider"))
                .matches(c -> inABackend().test(c));
        assertThat(moduleOf("org.concordat.postgres.internal")).isEqualTo("postgres");
        assertThat(mainClasses.get("org.concordat.mail.SmtpNotifierProvider"))
                .matches(c -> inABackend().test(c));
        assertThat(moduleOf("org.concordat.mail.internal")).isEqualTo("mail");
        assertThat(mainClasses.get("org.concordat.webhook.WebhookNotifierProvider"))
                .matches(c -> inABackend().test(c));
        assertThat(moduleOf("org.concordat.webhook.internal")).isEqualTo("webhook");
        assertThat(mainClasses.get("org.concordat.pdf.PdfRendererProvider"))
                .matches(c -> inABackend().test(c));
        assertThat(mainClasses.get("org.concordat.ical.CalendarExport"))
                .matches(c -> !inABackend().test(c));
        assertThat(moduleOf("org.concordat.ical.internal")).isEqualTo("ical");
    }

    @Test
    void internal_packages_are_used_only_by_their_own_module() {
        INTERNAL_PACKAGES_STAY_IN_THEIR_MODULE.check(mainClasses);
    }

    @Test
    void the_internal_rule_catches_a_forbidden_import() {
        JavaClasses offender = new ClassFileImporter().importClasses(ForbiddenInternalImport.class);

        var result = INTERNAL_PACKAGES_STAY_IN_THEIR_MODULE.evaluate(offender);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString())
                .contains(ForbiddenInternalImport.class.getName())
                .contains("org.concordat.internal.base.Checks");
    }

    @Test
    void the_spi_rule_catches_a_dependency_on_another_library() {
        JavaClasses offender = new ClassFileImporter().importClasses(SpiReachingIntoCore.class);
        ArchRule rule = classes()
                .that()
                .haveSimpleName(SpiReachingIntoCore.class.getSimpleName())
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("org.concordat.spi..", "java..");

        assertThat(rule.evaluate(offender).hasViolation()).isTrue();
    }

    /** The module a class belongs to, by its package: the first matching root, else core. */
    static String moduleOf(String packageName) {
        for (String root : NON_CORE_ROOTS) {
            if (packageName.equals(root) || packageName.startsWith(root + ".")) {
                return root.substring("org.concordat.".length());
            }
        }
        return packageName.startsWith("org.concordat") ? "core" : "external";
    }

    private static DescribedPredicate<JavaClass> inABackend() {
        return DescribedPredicate.describe(
                "are in a backend module " + BACKEND_ROOTS,
                c -> BACKEND_ROOTS.contains("org.concordat." + moduleOf(c.getPackageName())));
    }

    private static DescribedPredicate<JavaClass> inModule(String module) {
        return DescribedPredicate.describe(
                "are in module " + module, c -> moduleOf(c.getPackageName()).equals(module));
    }

    private static boolean isInternal(String packageName) {
        return packageName.contains(".internal.") || packageName.endsWith(".internal");
    }

    private static ArchCondition<JavaClass> useNoInternalPackageOfAnotherModule() {
        return new ArchCondition<>("use no internal package of another module") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String from = moduleOf(item.getPackageName());
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    String targetPackage = dependency.getTargetClass().getPackageName();
                    if (targetPackage.startsWith("org.concordat")
                            && isInternal(targetPackage)
                            && !moduleOf(targetPackage).equals(from)) {
                        events.add(SimpleConditionEvent.violated(
                                dependency,
                                dependency.getDescription() + " (internal to " + moduleOf(targetPackage) + ")"));
                    }
                }
            }
        };
    }
}
