package vn.petitionboard.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import fixtures.cycles.alpha.AlphaService;
import fixtures.cycles.base.SharedShell;
import org.junit.jupiter.api.Test;

/**
 * base is the shared kernel every feature may use, so it uses no feature: not a view, not security, not the generated
 * jOOQ classes (which carry the features' typed ids). The shell finds the views through their @Menu entries and the
 * user through base.ui.ShellUser (docs/decisions/0007-feature-dependencies.md).
 */
class SharedKernelRulesTest {

    static final ArchRule BASE_USES_NO_FEATURE = baseUsesNoFeature("vn.petitionboard");

    /** Anything under root outside base counts as a feature, so a new feature is covered without naming it here. */
    static ArchRule baseUsesNoFeature(String root) {
        String base = root + ".base..";
        return classes().that().resideInAPackage(base)
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(root + "..").or(resideInAPackage(base)))
                .because("every feature may use base, so base using a feature makes a cycle");
    }

    @Test
    void the_rule_looks_at_real_classes_of_base() {
        assertThat(PackageCyclesTest.APP.stream().filter(c -> c.getPackageName().startsWith("vn.petitionboard.base")))
                .as("classes in base").hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void base_uses_no_feature() {
        BASE_USES_NO_FEATURE.check(PackageCyclesTest.APP);
    }

    @Test
    void the_rule_catches_base_naming_a_feature() {
        JavaClasses broken = new ClassFileImporter().importClasses(SharedShell.class, AlphaService.class);
        assertThat(baseUsesNoFeature("fixtures.cycles").evaluate(broken).getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains(SharedShell.class.getName())
                        .contains(AlphaService.class.getName()));
    }
}
