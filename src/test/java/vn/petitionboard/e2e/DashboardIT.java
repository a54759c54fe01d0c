package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.IntegrationTest;

/**
 * The leaders' dashboard in the browser, on the demo data (read-only here): the expected figures are counted with
 * plain SQL beside the test, not taken from the service.
 */
@IntegrationTest
class DashboardIT extends BrowserTest {

    private static final String PASSWORD = "demo@2020";

    @Autowired
    DSLContext dsl;

    @Autowired
    Clock clock;

    private DashboardPage openAs(String username, String query) {
        LoginPage.open(driver, baseUrl()).loginAs(username, PASSWORD);
        return DashboardPage.open(driver, baseUrl(), query);
    }

    @Test
    void theChairmanOpensOnEverythingStillOpenOfEveryYear() {
        DashboardPage dashboard = openAs("chutich", "");
        dashboard.screenshot("dashboard-chairman");

        assertThat(dashboard.selected("year-select")).isEqualTo("Tất cả kiến nghị còn mở");
        assertThat(dashboard.note()).contains("bất kỳ năm nào");
        for (String chart : DashboardPage.STILL_OPEN_CHARTS) {
            assertThat(dashboard.svgCount(chart)).as("svg of " + chart).isEqualTo(1);
            assertThat(dashboard.svgShapes(chart)).as("shapes drawn in " + chart).isGreaterThan(5);
        }
        assertThat(dashboard.figure("open")).isEqualTo(Integer.toString(unresolved(null, null)))
                .isNotEqualTo(Integer.toString(unresolved(2020, null)));
        assertThat(dashboard.figure("overdue")).isEqualTo(Integer.toString(overdue(null)));
        assertThat(dashboard.figure("waiting")).isEqualTo(Integer.toString(escalated()));
        assertThat(dashboard.hasFigure("rate")).as("no rate of open petitions").isFalse();

        List<List<String>> years = dashboard.openTable("age");
        assertThat(years).containsExactly(
                List.of("2019", Integer.toString(unresolved(2019, null)), Integer.toString(overdue(2019))),
                List.of("2020", Integer.toString(unresolved(2020, null)), Integer.toString(overdue(2020))));
    }

    @Test
    void aYearShowsItsPetitionsWithTheirOutcomeByMonth() {
        DashboardPage dashboard = openAs("chutich", "").choose("year-select", "Tiếp nhận năm 2020");
        dashboard.screenshot("dashboard-chairman-2020");

        assertThat(dashboard.currentUrl()).endsWith("/dashboard?year=2020");
        assertThat(dashboard.note()).contains("năm 2020");
        for (String chart : DashboardPage.YEAR_CHARTS) {
            assertThat(dashboard.svgCount(chart)).as("svg of " + chart).isEqualTo(1);
        }
        assertThat(dashboard.figure("received")).isEqualTo(Integer.toString(received(2020)));
        assertThat(dashboard.figure("open")).isEqualTo(Integer.toString(unresolved(2020, null)));
        assertThat(dashboard.figure("overdue")).isEqualTo(Integer.toString(overdue(2020)));
        assertThat(dashboard.figureDetail("rate")).as("the rate names what it is a share of")
                .contains((received(2020) - unresolved(2020, null)) + "/" + received(2020)).contains("2020");

        List<List<String>> months = dashboard.openTable("month");
        assertThat(months).hasSize(12);
        assertThat(months.get(9)).as("October 2020: the conference's petitions")
                .containsExactly("Tháng 10", Integer.toString(receivedIn(2020, 10)),
                        Integer.toString(acceptedIn(2020, 10)));
    }

    @Test
    void switchingTheYearAndTheDomainUpdatesTheFiguresAndTheUrl() {
        DashboardPage dashboard = openAs("chutich", "");
        String allOpen = dashboard.figure("open");

        DashboardPage y2019 = dashboard.choose("year-select", "Tiếp nhận năm 2019");
        assertThat(y2019.figure("open")).isEqualTo(Integer.toString(unresolved(2019, null)))
                .isNotEqualTo(allOpen);
        assertThat(y2019.currentUrl()).endsWith("/dashboard?year=2019");

        DashboardPage environment = y2019.choose("year-select", "Tiếp nhận năm 2020")
                .choose("domain-select", "Môi trường");
        assertThat(environment.figure("open")).isEqualTo(Integer.toString(unresolved(2020, "MT")));
        assertThat(environment.currentUrl()).endsWith("/dashboard?year=2020&domain=MT");

        DashboardPage openEnvironment = environment.choose("year-select", "Tất cả kiến nghị còn mở");
        assertThat(openEnvironment.figure("open")).isEqualTo(Integer.toString(unresolved(null, "MT")));
        assertThat(openEnvironment.currentUrl()).endsWith("/dashboard?domain=MT");
    }

    @Test
    void theFiltersInTheUrlAreApplied() {
        DashboardPage dashboard = openAs("chutich", "?year=2019&domain=DD");

        assertThat(dashboard.selected("year-select")).isEqualTo("Tiếp nhận năm 2019");
        assertThat(dashboard.selected("domain-select")).isEqualTo("Đất đai & GCN QSDĐ");
        assertThat(dashboard.figure("open")).isEqualTo(Integer.toString(unresolved(2019, "DD")));
    }

    @Test
    void aFrontReviewerCanOpenTheDashboard() {
        DashboardPage dashboard = openAs("mattran", "");

        assertThat(dashboard.figure("awaiting")).isEqualTo(Integer.toString(answered()));
    }

    @Test
    void anOfficerIsToldTheDashboardIsNotFound() {
        LoginPage.open(driver, baseUrl()).loginAs("diachinh", PASSWORD);
        driver.get(baseUrl() + "/dashboard");
        NotFoundPage notFound = new NotFoundPage(driver, baseUrl());

        assertThat(notFound.title()).isNotBlank();
        assertThat(driver.findElements(org.openqa.selenium.By.id("figure-open"))).isEmpty();
    }

    // Expected numbers, counted directly in the demo data.

    private static final String WARD = "p.unit_id = (select unit_id from app_user where username = 'chutich')";

    /** Unresolved petitions received in the year (null: any year), of the domain (null: all). */
    private int unresolved(Integer year, String domainCode) {
        return count("select count(*) from petition p where " + WARD + " and (? is null or year(p.created_at) = ?)"
                + " and p.state <> 'RESOLVED'"
                + (domainCode == null ? " and ? is null" : " and p.domain_id = (select id from domain where code = ?)"),
                year, year, domainCode);
    }

    private int overdue(Integer year) {
        return count("select count(*) from petition p where " + WARD + " and (? is null or year(p.created_at) = ?)"
                + " and p.state not in ('RESOLVED', 'ESCALATED', 'ANSWERED') and p.deadline < ?", year, year,
                LocalDate.now(clock));
    }

    private int escalated() {
        return count("select count(*) from petition p where " + WARD + " and p.state = 'ESCALATED'");
    }

    private int answered() {
        return count("select count(*) from petition p where " + WARD + " and p.state = 'ANSWERED'");
    }

    private int received(int year) {
        return count("select count(*) from petition p where " + WARD + " and year(p.created_at) = ?", year);
    }

    private int receivedIn(int year, int month) {
        return count("select count(*) from petition p where p.unit_id = (select unit_id from app_user where username = 'chutich') and year(p.created_at) = ? and month(p.created_at) = ?",
                year, month);
    }

    private int acceptedIn(int year, int month) {
        return count("select count(distinct h.petition_id) from petition_history h"
                + " join petition p on p.id = h.petition_id"
                + " where p.unit_id = (select unit_id from app_user where username = 'chutich')"
                + " and h.event_type = 'REVIEW_ACCEPTED' and year(h.occurred_at) = ? and month(h.occurred_at) = ?",
                year, month);
    }

    private int count(String sql, Object... binds) {
        return ((Number) dsl.fetchValue(sql, binds)).intValue();
    }
}
