package vn.petitionboard.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import fixtures.cycles.alpha.AlphaService;
import fixtures.cycles.beta.BetaService;
import org.junit.jupiter.api.Test;

/**
 * The feature packages (base, board, conference, …, each with its sub-packages) depend on each other one way only
 * (docs/decisions/0007-feature-dependencies.md). The generated jOOQ package sees every feature's typed ids and is
 * left out.
 */
class PackageCyclesTest {

    static final ArchRule FEATURES_FORM_NO_CYCLE = featuresFreeOfCycles("vn.petitionboard");

    static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.petitionboard");

    /** One slice per top-level package under root; the same rule checks the app and the broken fixture. */
    static ArchRule featuresFreeOfCycles(String root) {
        String generated = root + ".jooq..";
        return slices().matching(root + ".(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage(generated), alwaysTrue())
                .ignoreDependency(alwaysTrue(), resideInAPackage(generated))
                .because("a cycle leaves no package that can be read, tested or changed on its own");
    }

    @Test
    void the_rule_looks_at_the_real_features() {
        assertThat(APP.stream().map(c -> c.getPackageName().split("\\.")).filter(p -> p.length > 2)
                .map(p -> p[2]).distinct())
                .as("top-level packages found").contains("base", "board", "conference", "dashboard", "followup",
                        "organisation", "petition", "report", "review", "security");
    }

    @Test
    void the_features_depend_on_each_other_one_way_only() {
        FEATURES_FORM_NO_CYCLE.check(APP);
    }

    @Test
    void the_rule_catches_two_packages_that_use_each_other() {
        JavaClasses broken = new ClassFileImporter().importClasses(AlphaService.class, BetaService.class);
        assertThat(featuresFreeOfCycles("fixtures.cycles").evaluate(broken).getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).startsWith("Cycle detected: alpha ->").contains("beta ->"));
    }
}
