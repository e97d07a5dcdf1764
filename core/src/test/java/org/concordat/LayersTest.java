package org.concordat;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.concordat.archfixture.internal.base.FixtureCheck;
import org.concordat.archfixture.internal.store.FixtureStore;
import org.concordat.archfixture.plan.FixturePlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of core, read from its compiled main classes (docs/architecture.md):
 *
 * <ol>
 *   <li>the foundations ({@code internal.base}) import nothing of Concordat;
 *   <li>the domain packages import only the foundations, the SPI and each other;
 *   <li>the built-in backends ({@code internal.store}, {@code internal.render}, {@code
 *       internal.notify}) import only the SPI and the foundations;
 *   <li>no two packages depend on each other, however indirectly.
 * </ol>
 *
 * Each rule is built for a root package, so that it runs once on core ({@code org.concordat}) and
 * once on a fixture ({@code org.concordat.archfixture}, test classes that cross every rule), where
 * it must report the crossing: a rule that cannot fail proves nothing.
 */
class LayersTest {
    /** The domain packages, under the root; each with its subpackages. */
    static final List<String> DOMAIN = List.of(
            "agreement",
            "calendar",
            "ctf",
            "evaluation",
            "event",
            "gias",
            "io",
            "money",
            "monitoring",
            "partnership",
            "plan",
            "report",
            "rules",
            "school");

    /** The built-in backends, under {@code ROOT.internal}. */
    static final List<String> BACKENDS = List.of("store", "render", "notify");

    private static final String CORE = "org.concordat";
    private static final String FIXTURE = "org.concordat.archfixture";

    private static JavaClasses core;
    private static JavaClasses fixture;

    @BeforeAll
    static void importClasses() throws URISyntaxException {
        // Core's main classes only, from the directory (or jar) they were loaded from: the tests
        // and fixtures, patched into the same module, are left out.
        Path main = Path.of(Concordat.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        core = new ClassFileImporter().importPath(main);
        fixture = new ClassFileImporter().importClasses(FixtureCheck.class, FixturePlan.class, FixtureStore.class);
    }

    /** The foundations import the JDK and annotations only: nothing of Concordat above them. */
    static ArchRule foundationsStandAlone(String root) {
        return classes()
                .that()
                .resideInAPackage(root + ".internal.base..")
                .should()
                .onlyDependOnClassesThat(
                        or(resideOutsideOfPackage("org.concordat.."), resideInAnyPackage(root + ".internal.base..")))
                .because("every domain package uses the foundations, so they may use none of them");
    }

    /** The domain imports the foundations, the SPI, the JDK and libraries, and itself. */
    static ArchRule domainUsesOnlyFoundations(String root) {
        String[] domain = Stream.concat(
                        DOMAIN.stream().map(p -> root + "." + p + ".."),
                        Stream.of(root + ".internal.base..", "org.concordat.spi.."))
                .toArray(String[]::new);
        return classes()
                .that()
                .resideInAnyPackage(
                        DOMAIN.stream().map(p -> root + "." + p + "..").toArray(String[]::new))
                .should()
                .onlyDependOnClassesThat(or(resideOutsideOfPackage("org.concordat.."), resideInAnyPackage(domain)))
                .because("the domain sits below the facade and the built-in backends, on the foundations");
    }

    /** Each built-in backend imports the SPI, the foundations, the JDK and libraries, and itself. */
    static List<ArchRule> backendsUseOnlyTheSpi(String root) {
        return BACKENDS.stream()
                .map(b -> classes()
                        .that()
                        .resideInAPackage(root + ".internal." + b + "..")
                        .should()
                        .onlyDependOnClassesThat(or(
                                resideOutsideOfPackage("org.concordat.."),
                                resideInAnyPackage(
                                        "org.concordat.spi..",
                                        root + ".internal.base..",
                                        root + ".internal." + b + "..")))
                        .because("a built-in backend is a backend like any other: it knows the SPI, not the domain")
                        .allowEmptyShould(root.equals(FIXTURE) && !b.equals("store")))
                .toList();
    }

    /** No package depends on another that depends back on it. */
    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    @Test
    void the_main_classes_of_every_layer_were_imported() {
        assertThat(core.contain("org.concordat.internal.base.Checks")).isTrue();
        assertThat(core.contain("org.concordat.plan.PartnershipPlan")).isTrue();
        assertThat(core.contain("org.concordat.evaluation.pupils.PupilCsv")).isTrue();
        assertThat(core.contain("org.concordat.internal.store.FileRecordStore")).isTrue();
        assertThat(core.contain("org.concordat.internal.render.HtmlRenderer")).isTrue();
        assertThat(core.contain("org.concordat.internal.notify.LogNotifier")).isTrue();
        assertThat(core.contain(FixturePlan.class.getName())).isFalse();
        assertThat(core.contain(LayersTest.class.getName())).isFalse();
    }

    @Test
    void the_foundations_import_nothing_of_concordat() {
        foundationsStandAlone(CORE).check(core);
    }

    @Test
    void the_domain_imports_only_the_foundations_the_spi_and_itself() {
        domainUsesOnlyFoundations(CORE).check(core);
    }

    @Test
    void the_built_in_backends_import_only_the_spi_and_the_foundations() {
        backendsUseOnlyTheSpi(CORE).forEach(rule -> rule.check(core));
    }

    @Test
    void no_package_of_core_is_in_a_cycle() {
        noCycles(CORE).check(core);
    }

    @Test
    void the_foundation_rule_reports_a_foundation_using_the_domain() {
        EvaluationResult result = foundationsStandAlone(FIXTURE).evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains(FixtureCheck.class.getName()) && d.contains(FixturePlan.class.getName()));
    }

    @Test
    void the_domain_rule_reports_a_domain_type_using_a_backend() {
        EvaluationResult result = domainUsesOnlyFoundations(FIXTURE).evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains(FixturePlan.class.getName()) && d.contains(FixtureStore.class.getName()));
    }

    @Test
    void the_backend_rule_reports_a_backend_using_the_domain() {
        List<String> details = backendsUseOnlyTheSpi(FIXTURE).stream()
                .map(rule -> rule.evaluate(fixture))
                .flatMap(r -> r.getFailureReport().getDetails().stream())
                .toList();

        assertThat(details)
                .anyMatch(d -> d.contains(FixtureStore.class.getName()) && d.contains(FixturePlan.class.getName()));
    }

    @Test
    void the_cycle_rule_reports_two_packages_using_each_other() {
        EvaluationResult result = noCycles(FIXTURE).evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString())
                .contains("Cycle detected")
                .contains(FixturePlan.class.getName())
                .contains(FixtureStore.class.getName());
    }
}
