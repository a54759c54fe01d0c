package vn.petitionboard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fixtures.archrules.AnonymousAdminView;
import fixtures.archrules.UnguardedView;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import vn.petitionboard.security.firstrun.ui.FirstRunView;
import vn.petitionboard.security.ui.LoginView;

/** Every page states who may open it; only the login page (and the first-run page) is open to anonymous visitors. */
class RouteAccessRulesTest {

    static final ArchRule EVERY_ROUTE_DECLARES_ACCESS = classes().that().areAnnotatedWith(Route.class)
            .should().beAnnotatedWith(RolesAllowed.class)
            .orShould().beAnnotatedWith(PermitAll.class)
            .orShould().beAnnotatedWith(AnonymousAllowed.class)
            .orShould().beAnnotatedWith(DenyAll.class)
            .because("a view without an access annotation is either unreachable or an accident");

    static final ArchRule ONLY_LOGIN_IS_ANONYMOUS = classes().that().areAnnotatedWith(Route.class)
            .and().areAnnotatedWith(AnonymousAllowed.class)
            .should().be(LoginView.class).orShould().be(FirstRunView.class)
            .because("everything but the login page (and the first-run page while no account exists) needs a "
                    + "signed-in user");

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.petitionboard");

    @Test
    void the_rules_look_at_real_views() {
        assertThat(APP.stream().filter(c -> c.isAnnotatedWith(Route.class)).count())
                .as("route classes found").isGreaterThanOrEqualTo(5);
    }

    @Test
    void every_route_carries_an_access_annotation() {
        EVERY_ROUTE_DECLARES_ACCESS.check(APP);
    }

    @Test
    void only_the_login_view_is_anonymous() {
        ONLY_LOGIN_IS_ANONYMOUS.check(APP);
    }

    @Test
    void the_rules_catch_a_view_that_breaks_them() {
        JavaClasses broken = new ClassFileImporter().importClasses(UnguardedView.class, AnonymousAdminView.class);
        assertThat(EVERY_ROUTE_DECLARES_ACCESS.evaluate(broken).getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains(UnguardedView.class.getName()));
        assertThat(ONLY_LOGIN_IS_ANONYMOUS.evaluate(broken).getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains(AnonymousAdminView.class.getName()));
    }
}
