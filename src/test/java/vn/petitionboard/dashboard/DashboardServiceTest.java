package vn.petitionboard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.dashboard.Dashboard.DepartmentRow;
import vn.petitionboard.dashboard.Dashboard.DomainRow;
import vn.petitionboard.dashboard.Dashboard.EscalatedItem;
import vn.petitionboard.dashboard.Dashboard.MonthRow;
import vn.petitionboard.dashboard.Dashboard.YearRow;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestWards;

/**
 * The dashboard's numbers against plain SQL counts on the demo data (db/changelog/changes/0100-demo-data.sql,
 * read-only here). The expected SQL is written out by hand, apart from the service's jOOQ.
 */
@IntegrationTest
class DashboardServiceTest {

    @Autowired
    DashboardService dashboard;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;
    @Autowired
    SignIn signIn;
    @Autowired
    TestWards wards;

    /** Year (null = everything still open), conference id and domain code (null = all), as a leader would choose. */
    record Choice(Integer year, Long conference, String domain) {
        @Override
        public String toString() {
            return (year == null ? "still open" : year.toString()) + (conference == null ? "" : " conference " + conference)
                    + (domain == null ? "" : " domain " + domain);
        }
    }

    static Stream<Choice> filters() {
        return Stream.of(new Choice(null, null, null), new Choice(null, null, "GPMB"), new Choice(null, 1L, null),
                new Choice(2020, null, null), new Choice(2019, null, null), new Choice(2020, null, "MT"),
                new Choice(2020, null, "DD"), new Choice(2019, 1L, null), new Choice(2020, 2L, "TTDT"),
                new Choice(2026, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    @WithUserDetails("chutich")
    void every_figure_matches_a_direct_sql_count(Choice choice) {
        Dashboard result = dashboard.load(filter(choice));
        LocalDate today = LocalDate.now(clock);
        Sql sql = new Sql(choice);

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(result.figures().total()).as("total").isEqualTo(sql.count(""));
        softly.assertThat(result.figures().open()).as("open").isEqualTo(sql.count("and p.state <> 'RESOLVED'"));
        softly.assertThat(result.figures().overdue()).as("overdue").isEqualTo(sql.count(
                "and p.state not in ('RESOLVED', 'ESCALATED', 'ANSWERED') and p.deadline < ?", today));
        softly.assertThat(result.figures().awaitingReview()).as("answered")
                .isEqualTo(sql.count("and p.state = 'ANSWERED'"));
        softly.assertThat(result.figures().resolvedOfTotal()).as("resolved of total")
                .isEqualTo(sql.count("and p.state = 'RESOLVED'"));
        softly.assertThat(result.figures().waitingOnHigherLevel()).as("escalated")
                .isEqualTo(sql.count("and p.state = 'ESCALATED'"));
        List<Integer> durations = sql.durations();
        softly.assertThat(result.figures().medianDaysToResolve().isPresent()).as("median present")
                .isEqualTo(!durations.isEmpty());
        if (!durations.isEmpty()) {
            int n = durations.size();
            double median = n % 2 == 1 ? durations.get(n / 2) : (durations.get(n / 2 - 1) + durations.get(n / 2)) / 2.0;
            softly.assertThat(result.figures().medianDaysToResolve().getAsDouble()).as("median").isEqualTo(median);
        }
        softly.assertThat(domainStates(result.byDomain())).as("domain × state").isEqualTo(sql.domainStates());
        softly.assertThat(departments(result.byDepartment())).as("departments").isEqualTo(sql.departments(today));
        softly.assertThat(result.escalated().stream().map(e -> e.code() + ":" + e.daysWaiting()).toList())
                .as("escalated").containsExactlyInAnyOrderElementsOf(sql.escalated(today));
        if (choice.year() == null) {
            softly.assertThat(result.figures().medianDaysToResolve()).as("no median of open petitions").isEmpty();
            softly.assertThat(result.byMonth()).as("no months").isEmpty();
            softly.assertThat(result.openByYear()).as("open by year received").isEqualTo(sql.openByYear(today));
        } else {
            softly.assertThat(result.openByYear()).as("no age chart for a year").isEmpty();
            softly.assertThat(result.byMonth()).extracting(MonthRow::received).as("received by month")
                    .isEqualTo(sql.receivedByMonth());
            softly.assertThat(result.byMonth()).extracting(MonthRow::resolved).as("resolved by month")
                    .isEqualTo(sql.resolvedByMonth());
        }
        softly.assertAll();
    }

    @Test
    @WithUserDetails("chutich")
    void the_demo_figures_are_not_all_zero_so_the_comparison_means_something() {
        Dashboard y2020 = dashboard.load(DashboardFilter.year(2020));
        Dashboard y2019 = dashboard.load(DashboardFilter.year(2019));

        assertThat(y2020.figures().total()).isEqualTo(11);
        assertThat(y2020.figures().open()).isPositive();
        assertThat(y2020.figures().overdue()).isPositive();
        assertThat(y2020.figures().awaitingReview()).isPositive();
        assertThat(y2020.figures().resolvedOfTotal()).isPositive();
        assertThat(y2019.figures().medianDaysToResolve()).isPresent();
        assertThat(dashboard.load(DashboardFilter.stillOpen()).openByYear()).extracting(YearRow::year)
                .as("open petitions of both years").containsExactly(2019, 2020);
        assertThat(y2020.escalated()).extracting(EscalatedItem::code).isNotEmpty();
        assertThat(y2020.byMonth()).hasSize(12);
    }

    @Test
    @Transactional
    void overdue_counts_late_petitions_the_ward_must_act_on_not_escalated_answered_or_resolved_ones_of_its_own()
            throws Exception {
        TestWards.Ward ward = wards.create();
        LocalDate today = LocalDate.now(clock);
        LocalDate late = today.minusDays(30);
        petition(ward, 1, "IN_PROGRESS", late);
        petition(ward, 2, "ESCALATED", late);
        petition(ward, 3, "RESOLVED", late);
        petition(ward, 4, "ASSIGNED", today.plusDays(5));
        petition(ward, 5, "ANSWERED", late); // the Front has it: the department is not late
        long escalated = dsl.fetchValue("select id from petition where unit_id = ? and code = 'KN-2024-902'",
                ward.unit().value()) instanceof Number n ? n.longValue() : -1;
        dsl.execute("insert into escalation (petition_id, target_kind, agency_name, reference_number, sent_on,"
                + " escalated_by, escalated_at) values (?, 'AGENCY', 'Sở Xây dựng', '12/UBND', ?,"
                + " (select id from app_user where username = ?), now())", escalated, today.minusDays(40),
                ward.chair());

        Dashboard result = signIn.as(ward.chair(), () -> dashboard.load(DashboardFilter.year(2024)));

        assertThat(result.figures().total()).as("only the ward's own petitions").isEqualTo(5);
        assertThat(result.figures().open()).isEqualTo(4);
        assertThat(result.figures().overdue()).as("only KN-2024-901").isEqualTo(1);
        assertThat(result.escalated()).extracting(EscalatedItem::code, EscalatedItem::daysWaiting, EscalatedItem::sentTo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KN-2024-902", 40, "Sở Xây dựng"));
    }

    private void petition(TestWards.Ward ward, int seq, String state, LocalDate deadline) {
        dsl.execute("insert into petition (unit_id, conference_id, code, code_year, code_seq, title, content,"
                        + " domain_id, state, deadline, state_changed_at, created_at)"
                        + " values (?, ?, ?, 2024, ?, 'Thử', 'Thử', 1, ?, ?, '2024-03-01 09:00:00', '2024-03-01 09:00:00')",
                ward.unit().value(), ward.conference().value(), "KN-2024-" + (900 + seq), 900 + seq, state, deadline);
    }

    @Test
    @WithUserDetails("chutich")
    void everything_still_open_counts_every_year_unlike_the_latest_year_alone() {
        Dashboard stillOpen = dashboard.load(DashboardFilter.stillOpen());
        Dashboard latest = dashboard.load(DashboardFilter.year(2020));

        assertThat(stillOpen.figures().open()).as("2019's open petitions too")
                .isEqualTo(latest.figures().open() + dashboard.load(DashboardFilter.year(2019)).figures().open());
        assertThat(stillOpen.figures().total()).as("only open ones").isEqualTo(stillOpen.figures().open());
        assertThat(stillOpen.escalated().size()).isGreaterThan(latest.escalated().size());
        assertThat(dashboard.years()).containsExactly(2020, 2019);
        assertThat(dashboard.conferences()).extracting(c -> c.heldOn().getYear()).containsExactly(2020, 2019);
    }

    @Test
    void a_department_officer_and_the_clerk_are_denied() {
        for (String username : List.of("diachinh", "vanthu", "quantri")) {
            assertThatThrownBy(() -> signIn.as(username, () -> dashboard.load(DashboardFilter.year(2020))))
                    .as(username).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signIn.as(username, dashboard::years))
                    .as(username).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_party_secretary_and_the_front_reviewer_may_see_it() throws Exception {
        for (String username : List.of("bithu", "mattran")) {
            assertThat(signIn.as(username, () -> dashboard.load(DashboardFilter.year(2020)).figures().total()))
                    .as(username).isEqualTo(11);
        }
    }

    @Test
    void median_of_an_even_list_is_the_mean_of_the_middle_two() {
        assertThat(DashboardService.median(List.of(1, 3, 10, 40)).getAsDouble()).isEqualTo(6.5);
        assertThat(DashboardService.median(List.of(1, 3, 10)).getAsDouble()).isEqualTo(3.0);
        assertThat(DashboardService.median(List.of())).isEmpty();
    }

    private DashboardFilter filter(Choice choice) {
        DashboardFilter filter = choice.year() == null ? DashboardFilter.stillOpen()
                : DashboardFilter.year(choice.year());
        if (choice.conference() != null) {
            filter = filter.withConference(new ConferenceId(choice.conference()));
        }
        if (choice.domain() != null) {
            filter = filter.withDomain(dsl.fetchValue("select id from domain where code = ?", choice.domain())
                    instanceof Number n ? new DomainId(n.longValue()) : null);
        }
        return filter;
    }

    private static Map<String, Integer> domainStates(List<DomainRow> rows) {
        Map<String, Integer> map = new HashMap<>();
        rows.forEach(r -> r.counts().forEach((state, n) -> map.put(r.domainName() + "/" + state.name(), n)));
        return map;
    }

    private static Map<String, String> departments(List<DepartmentRow> rows) {
        Map<String, String> map = new HashMap<>();
        rows.forEach(r -> map.put(String.valueOf(r.departmentName()), r.open() + "/" + r.overdue()));
        return map;
    }

    /** The expected numbers, as plain SQL with bind values over the chairman's unit. */
    private final class Sql {

        private final String where;
        private final List<Object> binds = new ArrayList<>();
        private final String whereAccepted;
        private final List<Object> acceptedBinds = new ArrayList<>();

        Sql(Choice choice) {
            Object unit = dsl.fetchValue("select unit_id from app_user where username = 'chutich'");
            StringBuilder common = new StringBuilder(" p.unit_id = ?");
            List<Object> commonBinds = new ArrayList<>(List.of(unit));
            if (choice.conference() != null) {
                common.append(" and p.conference_id = ?");
                commonBinds.add(choice.conference());
            }
            if (choice.domain() != null) {
                common.append(" and p.domain_id = (select id from domain where code = ?)");
                commonBinds.add(choice.domain());
            }
            binds.addAll(commonBinds);
            if (choice.year() == null) {
                where = " where" + common + " and p.state <> 'RESOLVED' ";
            } else {
                where = " where" + common + " and year(p.created_at) = ? ";
                binds.add(choice.year());
            }
            whereAccepted = " where" + common + " and h.event_type = 'REVIEW_ACCEPTED' and year(h.occurred_at) = ? ";
            acceptedBinds.addAll(commonBinds);
            acceptedBinds.add(choice.year());
        }

        int count(String more, Object... extra) {
            return ((Number) dsl.fetchValue("select count(*) from petition p" + where + more, with(binds, extra)))
                    .intValue();
        }

        List<YearRow> openByYear(LocalDate today) {
            return dsl.fetch("select year(p.created_at), count(*), sum(case when p.state not in"
                            + " ('ESCALATED', 'ANSWERED') and p.deadline < ? then 1 else 0 end) from petition p" + where
                            + " group by year(p.created_at) order by 1", with(List.of(today), binds.toArray()))
                    .map(r -> new YearRow(r.get(0, Integer.class), r.get(1, Integer.class), r.get(2, Integer.class)));
        }

        List<Integer> durations() {
            return dsl.fetch("select datediff((select max(h.occurred_at) from petition_history h"
                            + " where h.petition_id = p.id and h.event_type = 'REVIEW_ACCEPTED'), p.created_at) d"
                            + " from petition p" + where + " and p.state = 'RESOLVED' order by d", binds.toArray())
                    .getValues(0, Integer.class);
        }

        Map<String, Integer> domainStates() {
            Map<String, Integer> map = new HashMap<>();
            dsl.fetch("select d.name, p.state, count(*) from petition p join domain d on d.id = p.domain_id" + where
                            + " group by d.name, p.state", binds.toArray())
                    .forEach(r -> map.put(r.get(0, String.class) + "/" + r.get(1, String.class),
                            r.get(2, Integer.class)));
            return map;
        }

        Map<String, String> departments(LocalDate today) {
            Map<String, String> map = new HashMap<>();
            dsl.fetch("select dep.name, count(*), sum(case when p.state not in ('ESCALATED', 'ANSWERED')"
                            + " and p.deadline < ? then 1 else 0 end)"
                            + " from petition p left join department dep on dep.id = p.department_id" + where
                            + " and p.state <> 'RESOLVED' group by p.department_id, dep.name",
                            with(List.of(today), binds.toArray()))
                    .forEach(r -> map.put(String.valueOf(r.get(0, String.class)),
                            r.get(1, Integer.class) + "/" + r.get(2, Integer.class)));
            return map;
        }

        List<String> escalated(LocalDate today) {
            return dsl.fetch("select p.code, datediff(?, e.sent_on) from petition p"
                            + " join escalation e on e.petition_id = p.id and e.replied_on is null" + where
                            + " and p.state = 'ESCALATED'", with(List.of(today), binds.toArray()))
                    .map(r -> r.get(0, String.class) + ":" + r.get(1, Integer.class));
        }

        List<Integer> receivedByMonth() {
            return byMonth(dsl.fetch("select month(p.created_at), count(*) from petition p" + where
                    + " group by month(p.created_at)", binds.toArray()));
        }

        List<Integer> resolvedByMonth() {
            return byMonth(dsl.fetch("select month(h.occurred_at), count(distinct h.petition_id)"
                    + " from petition_history h join petition p on p.id = h.petition_id" + whereAccepted
                    + " group by month(h.occurred_at)", acceptedBinds.toArray()));
        }

        private static List<Integer> byMonth(org.jooq.Result<org.jooq.Record> rows) {
            Integer[] months = new Integer[12];
            java.util.Arrays.fill(months, 0);
            rows.forEach(r -> months[r.get(0, Integer.class) - 1] = r.get(1, Integer.class));
            return List.of(months);
        }

        private static Object[] with(List<Object> first, Object... then) {
            List<Object> all = new ArrayList<>(first);
            all.addAll(List.of(then));
            return all.toArray();
        }
    }
}
