package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.e2e.DistrictPage.DistrictListPage;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.support.TestPetitionRows;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.District;
import vn.petitionboard.support.TestWards.Ward;

/**
 * The district's chair reads the wards side by side and opens the petitions behind a figure; no one else reaches the
 * page. A district of its own with two wards; the expected figures are counted with plain SQL beside the test.
 */
@IntegrationTest
class DistrictOverviewIT extends BrowserTest {

    private static final DomainId LAND = new DomainId(2);
    private static final DomainId ENVIRONMENT = new DomainId(4);

    @Autowired
    TestWards wards;
    @Autowired
    TestPetitionRows rows;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    private District quan;
    private Ward a;
    private Ward b;
    private LocalDate today;

    @BeforeEach
    void aDistrictWithTwoWards() {
        today = LocalDate.now(clock);
        LocalDate newYear = today.withDayOfYear(1);
        quan = wards.createDistrict();
        a = wards.create(quan.unit());
        b = wards.create(quan.unit());
        rows.insert(a, "Đèn chiếu sáng ngõ 12", PetitionState.RECEIVED, LAND, null, today, null);
        rows.insert(a, "Lấn chiếm vỉa hè phố Thượng Thanh", PetitionState.ASSIGNED, LAND, today.minusDays(4),
                newYear, null);
        rows.insert(a, "Cấp GCN cho hộ tổ 7", PetitionState.IN_PROGRESS, LAND, today.minusDays(1), newYear, null);
        rows.insert(a, "Rác thải tồn đọng tổ 3", PetitionState.IN_PROGRESS, ENVIRONMENT, today.plusDays(9),
                newYear, null);
        rows.insert(a, "Sửa cống thoát nước tổ 5", PetitionState.RESOLVED, ENVIRONMENT, null, newYear,
                min(newYear.plusDays(10)));
        rows.insert(a, "Biển báo giao thông ngõ 9", PetitionState.RESOLVED, LAND, null, newYear,
                min(newYear.plusDays(20)));
        rows.insert(b, "Tiếng ồn quán karaoke", PetitionState.RECEIVED, ENVIRONMENT, null, today, null);
        rows.insert(b, "Cây xanh đổ tổ 2", PetitionState.RESOLVED, ENVIRONMENT, null, newYear,
                min(newYear.plusDays(3)));
    }

    @Test
    void theChairSeesEachWardsFiguresAndOpensTheOverduePetitionsBehindOne() {
        LoginPage.open(driver, baseUrl()).loginAs(quan.chair(), TestWards.PASSWORD);
        DistrictPage district = DistrictPage.open(driver, baseUrl(), "");
        assertThat(district.menu()).anyMatch(entry -> entry.contains("Tổng quan quận"));
        assertThat(district.heading()).isEqualTo("Tổng quan Quận Thử nghiệm " + quan.suffix());
        assertThat(district.rowNames("wards")).containsExactlyInAnyOrder(name(a), name(b));

        String row = "ward-" + a.unit().value();
        assertThat(district.figure("wards", row, "received")).isEqualTo(count(a, ""));
        assertThat(district.figure("wards", row, "open")).isEqualTo(count(a, "and state <> 'RESOLVED'"));
        assertThat(district.figure("wards", row, "overdue")).isEqualTo(overdue(a)).isEqualTo("2");
        assertThat(district.figure("wards", row, "rate")).isEqualTo("33% (2/6)");
        assertThat(district.figure("wards", row, "median")).isEqualTo(median(a) + " ngày");
        assertThat(district.figure("wards", "district", "received")).isEqualTo("8");
        assertThat(district.isLink("wards", "ward-" + b.unit().value(), "overdue")).as("nothing overdue in B")
                .isFalse();
        district.screenshotsAtBothWidths("district-overview");

        DistrictListPage list = district.open("wards", row, "overdue");
        assertThat(list.currentUrl()).contains("ward=" + a.unit().value()).contains("show=overdue");
        assertThat(list.total()).isEqualTo("2 kiến nghị");
        assertThat(list.codes()).containsExactlyInAnyOrderElementsOf(dsl.fetch(
                "select code from petition where unit_id = ? and state in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS')"
                        + " and deadline < ?", a.unit().value(), today).getValues(0, String.class));
        assertThat(list.selected("ward-select")).isEqualTo(name(a));
        assertThat(list.selected("show-select")).isEqualTo("Quá hạn");
        assertThat(list.actionsInRows()).as("read-only rows").isZero();
        list.screenshotsAtBothWidths("district-petitions");
    }

    @Test
    void aWardsChairHasNoDistrictPageAndAnotherDistrictCannotListTheseWards() {
        LoginPage.open(driver, baseUrl()).loginAs(a.chair(), TestWards.PASSWORD);
        driver.get(baseUrl() + "/district");
        NotFoundPage refused = new NotFoundPage(driver, baseUrl());
        assertThat(refused.pageSource()).doesNotContain("table-wards");
        Browser.forgetSession(driver);

        District other = wards.createDistrict();
        LoginPage.open(driver, baseUrl()).loginAs(other.chair(), TestWards.PASSWORD);
        driver.get(baseUrl() + "/district/petitions?year=open&ward=" + a.unit().value() + "&show=all");
        NotFoundPage notTheirs = new NotFoundPage(driver, baseUrl());
        assertThat(notTheirs.title()).isEqualTo("Không tìm thấy phường");
        assertThat(notTheirs.pageSource()).doesNotContain("Đèn chiếu sáng ngõ 12");
    }

    private LocalDate min(LocalDate date) {
        return date.isAfter(today) ? today : date;
    }

    private static String name(Ward ward) {
        return "Phường Thử nghiệm " + ward.suffix();
    }

    private String count(Ward ward, String more) {
        return String.valueOf(dsl.fetchValue("select count(*) from petition where unit_id = ? and year(created_at) = ? "
                + more, ward.unit().value(), today.getYear()));
    }

    private String overdue(Ward ward) {
        return count(ward, "and state in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS') and deadline < '" + today + "'");
    }

    private String median(Ward ward) {
        List<Integer> days = dsl.fetch("select datediff(date(resolved_at), date(created_at)) from petition"
                        + " where unit_id = ? and state = 'RESOLVED' and year(created_at) = ? order by 1",
                ward.unit().value(), today.getYear()).getValues(0, Integer.class);
        double median = (days.get(0) + days.get(1)) / 2.0;
        return median == Math.floor(median) ? Integer.toString((int) median) : Double.toString(median).replace('.', ',');
    }
}
