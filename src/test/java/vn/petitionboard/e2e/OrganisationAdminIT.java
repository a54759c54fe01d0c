package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.DOMAIN;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PUBLIC_HOLIDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.admin.AdminResult;
import vn.petitionboard.admin.DomainAdminService;
import vn.petitionboard.admin.DomainCommands;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;
import vn.petitionboard.support.Today;

/**
 * The administrator's reference data in the browser, in a ward of the test's own: a new department, a domain renamed
 * and found by its new name in the clerk's list search, a holiday whose open deadlines are shown before saving, and a
 * department with open petitions that cannot be taken out of use. The domain and the holiday are the installation's:
 * both are undone afterwards.
 */
@IntegrationTest
class OrganisationAdminIT extends BrowserTest {

    @Autowired
    TestWards wards;
    @Autowired
    TestPetitions petitions;
    @Autowired
    DomainAdminService domains;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext dsl;

    private DomainId domain;
    private LocalDate holiday;

    @AfterEach
    void undoInstallationWideChanges() {
        if (domain != null) {
            dsl.update(DOMAIN).set(DOMAIN.ACTIVE, false).where(DOMAIN.ID.eq(domain)).execute();
        }
        if (holiday != null) {
            dsl.deleteFrom(PUBLIC_HOLIDAY).where(PUBLIC_HOLIDAY.HOLIDAY_DATE.eq(holiday)).execute();
        }
    }

    @Test
    void the_admin_keeps_the_reference_data_and_the_clerk_finds_a_petition_by_its_renamed_domain() throws Exception {
        Ward ward = wards.create();
        TestPetitions.Captured petition = petitions.inProgress(ward, "Lấn chiếm vỉa hè ngõ 12");
        holiday = freeWednesday();
        dsl.update(PETITION).set(PETITION.DEADLINE, holiday).where(PETITION.ID.eq(petition.id())).execute();
        domain = domainOf(ward, petition, "Quảng cáo rao vặt " + ward.suffix());

        LoginPage.open(driver, baseUrl()).loginAsAdmin(ward.admin(), TestWards.PASSWORD);
        ReferenceListPage departments = ReferenceListPage.open(driver, baseUrl(), "department")
                .add("Văn hóa – Xã hội");
        assertThat(departments.cellTexts()).contains("Văn hóa – Xã hội", "Địa chính – Xây dựng");
        String refusal = departments.deactivate(ward.landDepartment().value());
        assertThat(refusal).isEqualTo("Không thể ngừng dùng bộ phận \"Địa chính – Xây dựng\": bộ phận còn 1 kiến nghị"
                + " chưa giải quyết xong. Hãy giao lại các kiến nghị này cho bộ phận khác trước.");
        departments.screenshotsAtBothWidths("admin-departments-refusal");

        ReferenceListPage renamed = ReferenceListPage.open(driver, baseUrl(), "domain")
                .rename(domain.value(), "Cây xanh đô thị " + ward.suffix());
        assertThat(renamed.cellTexts()).contains("Cây xanh đô thị " + ward.suffix());
        renamed.screenshotsAtBothWidths("admin-domains");

        HolidaysPage holidays = HolidaysPage.open(driver, baseUrl()).pickDate(holiday);
        assertThat(holidays.impact()).contains("Có 1 kiến nghị đang xử lý có hạn đúng ngày "
                + holiday.format(AppPage.DAY));
        assertThat(holidays.impactLines()).containsExactly(petition.code() + " · Lấn chiếm vỉa hè ngõ 12 · hạn "
                + holiday.format(AppPage.DAY));
        holidays.screenshotsAtBothWidths("admin-holiday-impact");
        assertThat(holidays.add("Ngày nghỉ bù Tết").cellTexts(holiday)).contains("Ngày nghỉ bù Tết");
        holidays.logout();

        BoardPage board = LoginPage.open(driver, baseUrl()).loginAs(ward.clerk(), TestWards.PASSWORD);
        assertThat(board.userName()).isEqualTo("Văn thư Thử");
        assertThat(PetitionListPage.open(driver, baseUrl(), null).searchFor("cay xanh do thi " + ward.suffix())
                .codes()).containsExactly(petition.code());
        assertThat(PetitionListPage.open(driver, baseUrl(), null).searchFor("quang cao rao vat " + ward.suffix())
                .codes()).isEmpty();
    }

    /** A Wednesday years ahead without a holiday, past the seeded calendar. */
    private LocalDate freeWednesday() {
        LocalDate day = Today.date().plusYears(4).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        while (dsl.fetchExists(PUBLIC_HOLIDAY, PUBLIC_HOLIDAY.HOLIDAY_DATE.eq(day))) {
            day = day.plusWeeks(1);
        }
        return day;
    }

    /** A new domain holding the petition, named through the service so that the search knows its name. */
    private DomainId domainOf(Ward ward, TestPetitions.Captured petition, String name) throws Exception {
        DomainId id = dsl.insertInto(DOMAIN).set(DOMAIN.CODE, "IT-" + ward.suffix()).set(DOMAIN.NAME, "Tạm " + ward.suffix())
                .returningResult(DOMAIN.ID).fetchOne(DOMAIN.ID);
        dsl.update(PETITION).set(PETITION.DOMAIN_ID, id).where(PETITION.ID.eq(petition.id())).execute();
        AdminResult renamed = signIn.as(ward.admin(), () -> domains.rename(new DomainCommands.Rename(id, 0, name)));
        assertThat(renamed).isEqualTo(new AdminResult.Saved());
        return id;
    }
}
