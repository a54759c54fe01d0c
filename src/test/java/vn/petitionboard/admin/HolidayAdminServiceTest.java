package vn.petitionboard.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.petitionboard.jooq.Tables.AUDIT_LOG;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PUBLIC_HOLIDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.base.text.FieldError;
import vn.petitionboard.petition.OpenDeadline;
import vn.petitionboard.security.audit.AuditAction;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.Today;
import vn.petitionboard.support.TestWards;

/**
 * The administrator's holiday commands against the real database. The calendar is the installation's: each test's
 * days lie years ahead, past the seeded holidays, and are removed afterwards so no other test's deadline moves.
 */
@IntegrationTest
class HolidayAdminServiceTest {

    @Autowired
    HolidayAdminService holidays;
    @Autowired
    TestWards wards;
    @Autowired
    TestPetitions petitions;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext dsl;

    private TestWards.Ward ward;
    private final List<LocalDate> days = new ArrayList<>();

    @BeforeEach
    void newWard() {
        ward = wards.create();
    }

    @AfterEach
    void removeTestDays() {
        dsl.deleteFrom(PUBLIC_HOLIDAY).where(PUBLIC_HOLIDAY.HOLIDAY_DATE.in(days)).execute();
    }

    private <T> T asAdmin(Callable<T> action) throws Exception {
        return signIn.as(ward.admin(), action);
    }

    /** A Tuesday years ahead that no seeded holiday or other test uses. */
    private LocalDate freeDay(int yearsAhead) {
        LocalDate day = Today.date().plusYears(yearsAhead).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        while (dsl.fetchExists(PUBLIC_HOLIDAY, PUBLIC_HOLIDAY.HOLIDAY_DATE.eq(day))) {
            day = day.plusWeeks(1);
        }
        days.add(day);
        return day;
    }

    private String deadlineOn(LocalDate day, String title) throws Exception {
        var petition = petitions.inProgress(ward, title);
        dsl.update(PETITION).set(PETITION.DEADLINE, day).where(PETITION.ID.eq(petition.id())).execute();
        return petition.code();
    }

    @Test
    void before_saving_the_admin_sees_the_open_deadlines_on_the_day_and_the_entry_names_them() throws Exception {
        LocalDate day = freeDay(8);
        String onDay = deadlineOn(day, "Lấn chiếm vỉa hè ngõ 12");
        deadlineOn(day.plusDays(7), "Cấp giấy chứng nhận chậm");

        HolidayImpact impact = asAdmin(() -> holidays.impact(day));

        assertThat(impact.onDate()).extracting(OpenDeadline::code, OpenDeadline::deadline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(onDay, day));
        assertThat(impact.after()).isEqualTo(1);

        assertThat(asAdmin(() -> holidays.add(day, "Ngày nghỉ bù Tết Nguyên đán"))).isEqualTo(new AdminResult.Saved());
        assertThat(asAdmin(() -> holidays.holidays(day.getYear()))).contains(new Holiday(day,
                "Ngày nghỉ bù Tết Nguyên đán"));
        assertThat(dsl.fetchValue(PETITION.DEADLINE, PETITION.CODE.eq(onDay).and(PETITION.UNIT_ID.eq(ward.unit()))))
                .as("a stored deadline is not moved").isEqualTo(day);
        var audit = dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.UNIT_ID.eq(ward.unit()))
                .orderBy(AUDIT_LOG.ID.desc()).limit(1).fetchOne();
        assertThat(audit.get(AUDIT_LOG.ACTION)).isEqualTo(AuditAction.HOLIDAY_ADDED);
        assertThat(audit.get(AUDIT_LOG.AFTER_STATE)).contains(day.toString()).contains("Ngày nghỉ bù Tết Nguyên đán")
                .contains("\"openDeadlinesOnDate\":\"" + onDay + "\"");
    }

    @Test
    void a_date_that_already_has_a_holiday_is_refused_and_keeps_its_name() throws Exception {
        LocalDate day = freeDay(9);
        asAdmin(() -> holidays.add(day, "Tết Nguyên đán (mùng 1)"));

        AdminResult again = asAdmin(() -> holidays.add(day, "Ngày khác"));

        assertThat(again).isEqualTo(new AdminResult.Invalid(Map.of(HolidayFields.DATE, FieldError.of(
                "admin.holiday.dateTaken", vn.petitionboard.base.i18n.Formats.date(day), "Tết Nguyên đán (mùng 1)"))));
        assertThat(dsl.fetchValue(PUBLIC_HOLIDAY.NAME, PUBLIC_HOLIDAY.HOLIDAY_DATE.eq(day)))
                .isEqualTo("Tết Nguyên đán (mùng 1)");
    }

    @Test
    void bad_input_is_refused_and_nothing_is_written() throws Exception {
        int count = dsl.fetchCount(PUBLIC_HOLIDAY);
        LocalDate day = freeDay(7);

        assertThat(asAdmin(() -> holidays.add(null, " "))).isInstanceOfSatisfying(AdminResult.Invalid.class,
                invalid -> assertThat(invalid.errors())
                        .containsEntry(HolidayFields.DATE, FieldError.of("validation.required"))
                        .containsEntry(HolidayFields.NAME, FieldError.of("validation.required")));
        assertThat(asAdmin(() -> holidays.add(day, "<img src=x onerror=alert(1)>")))
                .isEqualTo(new AdminResult.Invalid(Map.of(HolidayFields.NAME, FieldError.of("admin.name.markup"))));
        assertThat(asAdmin(() -> holidays.add(Today.date().plusYears(30), "Quá xa")))
                .isInstanceOfSatisfying(AdminResult.Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsOnlyKeys(HolidayFields.DATE));
        assertThat(asAdmin(() -> holidays.add(LocalDate.of(1999, 12, 31), "Quá sớm")))
                .isInstanceOfSatisfying(AdminResult.Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsOnlyKeys(HolidayFields.DATE));

        assertThat(dsl.fetchCount(PUBLIC_HOLIDAY)).isEqualTo(count);
    }

    @Test
    void a_removed_day_is_gone_audited_and_cannot_be_removed_twice() throws Exception {
        LocalDate day = freeDay(6);
        asAdmin(() -> holidays.add(day, "Ngày nghỉ thử"));

        assertThat(asAdmin(() -> holidays.remove(day))).isEqualTo(new AdminResult.Saved());
        assertThat(asAdmin(() -> holidays.remove(day))).isEqualTo(AdminResult.Refused.of("admin.holiday.notFound"));

        assertThat(dsl.fetchExists(PUBLIC_HOLIDAY, PUBLIC_HOLIDAY.HOLIDAY_DATE.eq(day))).isFalse();
        var audit = dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.UNIT_ID.eq(ward.unit()))
                .orderBy(AUDIT_LOG.ID.desc()).limit(1).fetchOne();
        assertThat(audit.get(AUDIT_LOG.ACTION)).isEqualTo(AuditAction.HOLIDAY_REMOVED);
        assertThat(audit.get(AUDIT_LOG.BEFORE_STATE)).contains("Ngày nghỉ thử");
    }

    @Test
    void every_other_role_is_refused() throws Exception {
        LocalDate day = freeDay(5);
        for (String user : Set.of(ward.chair(), ward.clerk(), ward.landOfficer(), ward.front())) {
            assertThatThrownBy(() -> signIn.as(user, () -> holidays.add(day, "Nghỉ"))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signIn.as(user, () -> holidays.remove(LocalDate.of(2026, 9, 2)))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signIn.as(user, () -> holidays.impact(day))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(dsl.fetchExists(PUBLIC_HOLIDAY, PUBLIC_HOLIDAY.HOLIDAY_DATE.eq(day))).isFalse();
        assertThat(dsl.fetchExists(PUBLIC_HOLIDAY, PUBLIC_HOLIDAY.HOLIDAY_DATE.eq(LocalDate.of(2026, 9, 2)))).isTrue();
    }
}
