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
    void theChairmanSeesTheLatestYearWithItsChartsAndFiguresThatMatchTheDatabase() {
        DashboardPage dashboard = openAs("chutich", "");
        dashboard.screenshot("dashboard-chairman");

        assertThat(dashboard.selected("year-select")).as("defaults to the latest year with petitions").isEqualTo("2020");
        assertThat(dashboard.note()).contains("2020");
        for (String chart : DashboardPage.CHARTS) {
            assertThat(dashboard.svgCount(chart)).as("svg of " + chart).isEqualTo(1);
            assertThat(dashboard.svgShapes(chart)).as("shapes drawn in " + chart).isGreaterThan(5);
        }
        assertThat(dashboard.figure("open")).isEqualTo(Integer.toString(unresolved(2020, null)));
        assertThat(dashboard.figure("overdue")).isEqualTo(Integer.toString(overdue(2020)));

        List<List<String>> months = dashboard.openTable("month");
        dashboard.screenshot("dashboard-chairman-month-table");
        assertThat(months).hasSize(12);
        assertThat(months.get(9)).as("October 2020: the conference's petitions")
                .containsExactly("Tháng 10", Integer.toString(receivedIn(2020, 10)),
                        Integer.toString(acceptedIn(2020, 10)));
    }

    @Test
    void switchingTheYearAndTheDomainUpdatesTheFiguresAndTheUrl() {
        DashboardPage dashboard = openAs("chutich", "");
        String open2020 = dashboard.figure("open");

        DashboardPage y2019 = dashboard.choose("year-select", "2019");
        assertThat(y2019.figure("open")).isEqualTo(Integer.toString(unresolved(2019, null)))
                .isNotEqualTo(open2020);
        assertThat(y2019.currentUrl()).endsWith("/dashboard?year=2019");

        DashboardPage environment = y2019.choose("year-select", "2020").choose("domain-select", "Môi trường");
        assertThat(environment.figure("open")).isEqualTo(Integer.toString(unresolved(2020, "MT")))
                .isNotEqualTo(open2020);
        assertThat(environment.currentUrl()).endsWith("/dashboard?year=2020&domain=MT");
    }

    @Test
    void theFiltersInTheUrlAreApplied() {
        DashboardPage dashboard = openAs("chutich", "?year=2019&domain=DD");

        assertThat(dashboard.selected("year-select")).isEqualTo("2019");
        assertThat(dashboard.selected("domain-select")).isEqualTo("Đất đai & GCN QSDĐ");
        assertThat(dashboard.figure("open")).isEqualTo(Integer.toString(unresolved(2019, "DD")));
    }

    @Test
    void aFrontReviewerCanOpenTheDashboard() {
        DashboardPage dashboard = openAs("mattran", "");

        assertThat(dashboard.figure("awaiting")).isEqualTo(Integer.toString(answered(2020)));
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

    private int unresolved(int year, String domainCode) {
        return count("select count(*) from petition p where p.unit_id = (select unit_id from app_user where username = 'chutich') and year(p.created_at) = ? and p.state <> 'RESOLVED'"
                + (domainCode == null ? " and ? is null" : " and p.domain_id = (select id from domain where code = ?)"),
                year, domainCode);
    }

    private int overdue(int year) {
        return count("select count(*) from petition p where p.unit_id = (select unit_id from app_user where username = 'chutich') and year(p.created_at) = ?"
                + " and p.state not in ('RESOLVED', 'ESCALATED', 'ANSWERED') and p.deadline < ?", year, LocalDate.now(clock));
    }

    private int answered(int year) {
        return count("select count(*) from petition p where p.unit_id = (select unit_id from app_user where username = 'chutich') and year(p.created_at) = ? and p.state = 'ANSWERED'", year);
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
