package vn.petitionboard.security.firstrun;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.APP_USER;
import static vn.petitionboard.jooq.Tables.AUDIT_LOG;
import static vn.petitionboard.jooq.Tables.DOMAIN;
import static vn.petitionboard.jooq.Tables.UNIT;
import static vn.petitionboard.jooq.Tables.USER_ROLE;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.base.db.OwnDatabase;
import vn.petitionboard.security.Role;
import vn.petitionboard.security.audit.AuditAction;

/**
 * A production installation's first start: an empty database without demo data, set up once by the holder of the
 * code in the log (or from the environment), never a second time, and never with a weak password.
 */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class FirstRunServiceTest {

    private static final String PASSWORD = "mây trắng bay qua Long Biên";

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.empty(registry, "firstrun");
    }

    @Autowired
    private FirstRunService firstRun;
    @Autowired
    private FirstRunAtStartup atStartup;
    @Autowired
    private SetupCode setupCode;
    @Autowired
    private DSLContext dsl;
    @Autowired
    private PasswordEncoder encoder;

    private String code;

    /** Each test starts from a database as Liquibase leaves it in production: no unit, no account, no domain. */
    @BeforeEach
    void emptyAgain() {
        dsl.deleteFrom(AUDIT_LOG).execute();
        dsl.deleteFrom(USER_ROLE).execute();
        dsl.deleteFrom(APP_USER).execute();
        for (String kind : new String[] {"WARD", "DISTRICT", "CITY"}) {
            dsl.deleteFrom(UNIT).where(UNIT.KIND.eq(kind)).execute();
        }
        dsl.deleteFrom(DOMAIN).execute();
        code = setupCode.draw();
    }

    @Test
    void the_holder_of_the_code_sets_up_the_ward_under_its_district_and_city_with_an_administrator() {
        assertThat(firstRun.pending()).isTrue();

        FirstRunResult result = firstRun.complete(form(code, "Phường Thượng Thanh", PASSWORD, PASSWORD));

        assertThat(result).isEqualTo(new FirstRunResult.Done("quantri"));
        var ward = dsl.selectFrom(UNIT).where(UNIT.KIND.eq("WARD")).fetchOne();
        var district = dsl.selectFrom(UNIT).where(UNIT.ID.eq(ward.getParentId())).fetchOne();
        var city = dsl.selectFrom(UNIT).where(UNIT.ID.eq(district.getParentId())).fetchOne();
        assertThat(ward.getName()).isEqualTo("Phường Thượng Thanh");
        assertThat(ward.getCode()).isEqualTo("PTT");
        assertThat(district.getName()).isEqualTo("Quận Long Biên");
        assertThat(city.getName()).isEqualTo("Thành phố Hà Nội");
        assertThat(city.getParentId()).isNull();
        var admin = dsl.selectFrom(APP_USER).fetchOne();
        assertThat(admin.getUsername()).isEqualTo("quantri");
        assertThat(admin.getUnitId()).isEqualTo(ward.getId());
        assertThat(admin.getMustChangePassword()).as("they chose the password themselves").isFalse();
        assertThat(encoder.matches(PASSWORD, admin.getPasswordHash())).isTrue();
        assertThat(dsl.select(USER_ROLE.ROLE).from(USER_ROLE).fetch(USER_ROLE.ROLE)).containsExactly(Role.ADMIN);
        assertThat(dsl.fetchCount(DOMAIN)).as("the common domains, to be renamed later").isEqualTo(7);
        var entry = dsl.selectFrom(AUDIT_LOG).fetchOne();
        assertThat(entry.getAction()).isEqualTo(AuditAction.FIRST_RUN_COMPLETED);
        assertThat(entry.getActorUsername()).isEqualTo("quantri");
        assertThat(entry.getAfterState()).contains("Phường Thượng Thanh").doesNotContain(PASSWORD);
        assertThat(firstRun.pending()).isFalse();
    }

    @Test
    void it_happens_once_even_for_the_holder_of_the_code() {
        assertThat(firstRun.complete(form(code, "Phường Thượng Thanh", PASSWORD, PASSWORD)))
                .isInstanceOf(FirstRunResult.Done.class);

        FirstRunResult again = firstRun.complete(form(code, "Phường Chiếm Quyền", PASSWORD, PASSWORD));

        assertThat(again).isEqualTo(new FirstRunResult.AlreadyDone());
        assertThat(dsl.fetchCount(APP_USER)).isEqualTo(1);
        assertThat(dsl.fetchCount(UNIT, UNIT.NAME.eq("Phường Chiếm Quyền"))).isZero();
        assertThat(setupCode.matches(code)).as("the code opens nothing any more").isFalse();
    }

    @Test
    void a_wrong_code_a_weak_password_or_no_ward_writes_nothing_and_says_why() {
        FirstRunResult wrongCode = firstRun.complete(form("AAAA-BBBB-CCCC-DDDD", "Phường Thượng Thanh", PASSWORD,
                PASSWORD));
        FirstRunResult weak = firstRun.complete(form(code, "Phường Thượng Thanh", "123456789012", "123456789012"));
        FirstRunResult mismatch = firstRun.complete(form(code, "Phường Thượng Thanh", PASSWORD, PASSWORD + "!"));
        FirstRunResult noWard = firstRun.complete(form(code, " \u200B ", PASSWORD, PASSWORD));
        FirstRunResult longWard = firstRun.complete(form(code, "P".repeat(201), PASSWORD, PASSWORD));

        assertThat(errors(wrongCode)).containsKey(FirstRunForm.SETUP_CODE);
        assertThat(errors(weak)).containsOnlyKeys(FirstRunForm.PASSWORD);
        assertThat(errors(mismatch)).containsOnlyKeys(FirstRunForm.CONFIRMATION);
        assertThat(errors(noWard)).containsOnlyKeys(FirstRunForm.WARD);
        assertThat(errors(longWard).get(FirstRunForm.WARD).messageKey()).isEqualTo("validation.tooLong");
        assertThat(dsl.fetchCount(APP_USER) + dsl.fetchCount(UNIT) + dsl.fetchCount(DOMAIN)).isZero();
        assertThat(firstRun.pending()).isTrue();
    }

    @Test
    void decomposed_vietnamese_is_stored_composed_and_a_ward_alone_needs_no_district() {
        String decomposed = java.text.Normalizer.normalize("Xã Đông Hưng", java.text.Normalizer.Form.NFD);

        firstRun.complete(new FirstRunForm(code, null, "  ", decomposed, null, PASSWORD, PASSWORD));

        var ward = dsl.selectFrom(UNIT).fetchOne();
        assertThat(ward.getName()).isEqualTo("Xã Đông Hưng").hasSize(12);
        assertThat(ward.getParentId()).isNull();
        assertThat(dsl.fetchOne(APP_USER).getFullName()).isEqualTo("Quản trị hệ thống");
    }

    @Test
    void a_start_without_accounts_prints_a_code_once_or_sets_up_from_the_environment(CapturedOutput output) {
        atStartup.onStart();
        String printed = setupCode.current().orElseThrow();
        assertThat(output.getOut()).contains(printed).contains("/setup");
        assertThat(firstRun.pending()).isTrue();

        FirstRunResult fromEnvironment = firstRun.completeFromEnvironment(
                new FirstRunForm(null, null, "Quận Long Biên", "Phường Việt Hưng", null, PASSWORD, PASSWORD));
        assertThat(fromEnvironment).isInstanceOf(FirstRunResult.Done.class);

        int before = output.getOut().length();
        atStartup.onStart();
        assertThat(output.getOut().substring(before)).as("a start with accounts prints nothing")
                .doesNotContain("set-up code");
        assertThat(output.getOut()).doesNotContain(PASSWORD);
    }

    private static FirstRunForm form(String code, String ward, String password, String confirmation) {
        return new FirstRunForm(code, "Thành phố Hà Nội", "Quận Long Biên", ward, "Nguyễn Văn Quản", password,
                confirmation);
    }

    private static java.util.Map<String, vn.petitionboard.base.text.FieldError> errors(FirstRunResult result) {
        assertThat(result).isInstanceOf(FirstRunResult.Invalid.class);
        return ((FirstRunResult.Invalid) result).errors();
    }
}
