package vn.petitionboard.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.dashboard.Dashboard.Figures;
import vn.petitionboard.dashboard.DashboardFilter;
import vn.petitionboard.dashboard.DashboardService;
import vn.petitionboard.district.DistrictOverview.DomainRow;
import vn.petitionboard.district.DistrictOverview.WardRow;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestPetitionRows;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.District;
import vn.petitionboard.support.TestWards.Ward;

/**
 * Every figure of the district's overview, per ward, for the district and per domain, against SQL written out by
 * hand (MariaDB's own MEDIAN for the medians), and against each ward's own dashboard; and the list behind each figure
 * against the same hand-written WHERE. A district of its own, three wards (one empty), and another district's ward
 * whose petitions must count nowhere. Rolled back after each test.
 */
@IntegrationTest
@Transactional
class DistrictOverviewTest {

    private static final DomainId LAND = new DomainId(2);
    private static final DomainId URBAN = new DomainId(3);
    private static final DomainId ENVIRONMENT = new DomainId(4);
    private static final DomainId CLEARANCE = new DomainId(5);

    @Autowired
    DistrictService district;
    @Autowired
    DashboardService dashboard;
    @Autowired
    TestWards wards;
    @Autowired
    TestPetitionRows rows;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    private District quan;
    private Ward a;
    private Ward b;
    private Ward empty;
    private LocalDate today;
    private int lastYear;

    @BeforeEach
    void makeTheDistrict() {
        today = LocalDate.now(clock);
        lastYear = today.getYear() - 1;
        int p = lastYear;
        quan = wards.createDistrict();
        a = wards.create(quan.unit());
        b = wards.create(quan.unit());
        empty = wards.create(quan.unit());
        add(a, PetitionState.RECEIVED, LAND, null, LocalDate.of(p, 3, 1), null);
        add(a, PetitionState.ASSIGNED, LAND, today.minusDays(5), LocalDate.of(p, 3, 2), null);
        add(a, PetitionState.IN_PROGRESS, URBAN, today.plusDays(10), LocalDate.of(p, 4, 1), null);
        // Due today: not overdue yet.
        add(a, PetitionState.IN_PROGRESS, URBAN, today, LocalDate.of(p, 4, 3), null);
        add(a, PetitionState.ESCALATED, URBAN, today.minusDays(30), LocalDate.of(p, 4, 2), null);
        add(a, PetitionState.ANSWERED, CLEARANCE, today.minusDays(3), LocalDate.of(p, 5, 1), null);
        add(a, PetitionState.RESOLVED, LAND, null, LocalDate.of(p, 2, 1), LocalDate.of(p, 2, 11));
        add(a, PetitionState.RESOLVED, URBAN, null, LocalDate.of(p, 2, 1), LocalDate.of(p, 3, 3));
        add(a, PetitionState.RESOLVED, LAND, null, LocalDate.of(p, 6, 1), LocalDate.of(p, 6, 4));
        // Written by hand as resolved, without an acceptance: counted as resolved, no days to count.
        add(a, PetitionState.RESOLVED, CLEARANCE, null, LocalDate.of(p, 7, 1), null);
        add(a, PetitionState.RESOLVED, LAND, null, LocalDate.of(p, 8, 1), LocalDate.of(p, 8, 8));
        add(a, PetitionState.IN_PROGRESS, LAND, today.minusDays(1), today, null);
        add(a, PetitionState.RESOLVED, URBAN, null, today, today);
        add(a, PetitionState.RECEIVED, ENVIRONMENT, null, LocalDate.of(p - 1, 5, 5), null);
        add(b, PetitionState.RECEIVED, ENVIRONMENT, null, LocalDate.of(p, 1, 3), null);
        add(b, PetitionState.IN_PROGRESS, ENVIRONMENT, today.minusDays(2), LocalDate.of(p, 1, 4), null);
        add(b, PetitionState.RESOLVED, ENVIRONMENT, null, LocalDate.of(p, 1, 10), LocalDate.of(p, 1, 15));
        add(b, PetitionState.RESOLVED, LAND, null, LocalDate.of(p, 9, 10), LocalDate.of(p, 10, 15));
        District other = wards.createDistrict();
        Ward outside = wards.create(other.unit());
        add(outside, PetitionState.RECEIVED, LAND, today.minusDays(9), LocalDate.of(p, 3, 1), null);
        add(outside, PetitionState.RESOLVED, LAND, null, LocalDate.of(p, 3, 1), LocalDate.of(p, 3, 2));
    }

    private List<Optional<Integer>> choices() {
        return List.of(Optional.of(lastYear), Optional.of(today.getYear()), Optional.empty(),
                Optional.of(lastYear - 1), Optional.of(lastYear - 2));
    }

    @Test
    void every_figure_of_every_ward_the_district_and_each_domain_matches_hand_written_sql() throws Exception {
        for (Optional<Integer> year : choices()) {
            DistrictOverview overview = signIn.as(quan.chair(), () -> district.overview(year));
            SoftAssertions softly = new SoftAssertions();
            softly.assertThat(overview.wards()).extracting(r -> r.ward().id())
                    .as("the district's own wards, every one, by name").containsExactlyInAnyOrder(
                            a.unit(), b.unit(), empty.unit());
            for (WardRow row : overview.wards()) {
                assertFigures(softly, year + " ward " + row.ward().name(), row.figures(), year,
                        "p.unit_id = " + row.ward().id().value());
            }
            assertFigures(softly, year + " district", overview.district(), year,
                    "p.unit_id in (select id from unit where parent_id = " + quan.unit().value() + ")");
            List<Long> domainsWithPetitions = dsl.fetch("select distinct p.domain_id from petition p where "
                    + "p.unit_id in (select id from unit where parent_id = ?) and " + choice(year), quan.unit().value())
                    .getValues(0, Long.class);
            softly.assertThat(overview.domains()).extracting(r -> r.domain().value()).as(year + " domains")
                    .containsExactlyInAnyOrderElementsOf(domainsWithPetitions);
            for (DomainRow row : overview.domains()) {
                assertFigures(softly, year + " domain " + row.name(), row.figures(), year,
                        "p.unit_id in (select id from unit where parent_id = " + quan.unit().value()
                                + ") and p.domain_id = " + row.domain().value());
            }
            softly.assertAll();
        }
    }

    @Test
    void each_wards_row_is_what_its_own_dashboard_shows() throws Exception {
        for (Optional<Integer> year : choices()) {
            DistrictOverview overview = signIn.as(quan.secretary(), () -> district.overview(year));
            DashboardFilter filter = year.map(DashboardFilter::year).orElseGet(DashboardFilter::stillOpen);
            for (Ward ward : List.of(a, b, empty)) {
                Figures own = signIn.as(ward.chair(), () -> dashboard.load(filter).figures());
                Figures inDistrict = overview.wards().stream().filter(r -> r.ward().id().equals(ward.unit()))
                        .findFirst().orElseThrow().figures();
                assertThat(inDistrict).as(year + " " + ward.suffix()).isEqualTo(own);
            }
        }
    }

    @Test
    void a_median_of_an_even_count_is_the_mean_of_the_middle_two() throws Exception {
        DistrictOverview overview = signIn.as(quan.chair(), () -> district.overview(Optional.of(lastYear)));
        // Ward A's days: 3, 7, 10, 30 (the hand-written one has none); ward B's 5 and 35; the district's six.
        assertThat(figuresOf(overview, a).medianDaysToResolve()).isEqualTo(OptionalDouble.of(8.5));
        assertThat(figuresOf(overview, b).medianDaysToResolve()).isEqualTo(OptionalDouble.of(20));
        assertThat(overview.district().medianDaysToResolve()).isEqualTo(OptionalDouble.of(8.5));
        assertThat(overview.district().resolutionRate().getAsDouble()).isEqualTo(7.0 / 15);
    }

    @Test
    void each_figure_opens_exactly_the_petitions_it_counts() throws Exception {
        for (Optional<Integer> year : List.of(Optional.of(lastYear), Optional.<Integer>empty())) {
            for (Behind behind : Behind.values()) {
                List<OversightFilter> filters = new ArrayList<>();
                filters.add(new OversightFilter(year, Optional.empty(), Optional.empty(), behind));
                for (Ward ward : List.of(a, b, empty)) {
                    filters.add(new OversightFilter(year, Optional.of(ward.unit()), Optional.empty(), behind));
                }
                for (DomainId domain : List.of(LAND, URBAN, ENVIRONMENT, CLEARANCE)) {
                    filters.add(new OversightFilter(year, Optional.empty(), Optional.of(domain), behind));
                }
                for (OversightFilter filter : filters) {
                    Set<PetitionId> expected = expectedIds(filter);
                    int count = signIn.as(quan.front(), () -> district.count(filter));
                    List<OversightRow> listed = signIn.as(quan.front(), () -> district.petitions(filter, 0, 100));
                    assertThat(count).as("count of " + filter).isEqualTo(expected.size());
                    assertThat(listed).extracting(OversightRow::id).as("rows of " + filter)
                            .containsExactlyInAnyOrderElementsOf(expected);
                    assertThat(listed).extracting(OversightRow::receivedOn).as("newest first")
                            .isSortedAccordingTo((x, y) -> y.compareTo(x));
                }
            }
        }
    }

    @Test
    void the_list_behind_a_wards_figure_names_the_ward_and_pages() throws Exception {
        OversightFilter open = new OversightFilter(Optional.of(lastYear), Optional.of(a.unit()), Optional.empty(),
                Behind.OPEN);
        List<OversightRow> first = signIn.as(quan.chair(), () -> district.petitions(open, 0, 3));
        List<OversightRow> rest = signIn.as(quan.chair(), () -> district.petitions(open, 3, 3));
        assertThat(first).hasSize(3);
        assertThat(rest).hasSize(3);
        assertThat(Stream.concat(first.stream(), rest.stream()).map(OversightRow::id).distinct()).hasSize(6);
        assertThat(first).extracting(OversightRow::wardName).containsOnly("Phường Thử nghiệm " + a.suffix());
        OversightRow overdue = Stream.concat(first.stream(), rest.stream())
                .filter(r -> r.state() == PetitionState.ASSIGNED).findFirst().orElseThrow();
        assertThat(overdue.overdue()).isTrue();
        assertThat(overdue.domainName()).isEqualTo("Đất đai & GCN QSDĐ");
    }

    private Figures figuresOf(DistrictOverview overview, Ward ward) {
        return overview.wards().stream().filter(r -> r.ward().id().equals(ward.unit())).findFirst().orElseThrow()
                .figures();
    }

    private void assertFigures(SoftAssertions softly, String what, Figures actual, Optional<Integer> year,
            String whose) {
        Record counts = dsl.fetchOne("select count(*),"
                + " coalesce(sum(p.state <> 'RESOLVED'), 0),"
                + " coalesce(sum(p.state not in ('RESOLVED', 'ESCALATED', 'ANSWERED') and p.deadline < ?), 0),"
                + " coalesce(sum(p.state = 'ANSWERED'), 0), coalesce(sum(p.state = 'ESCALATED'), 0),"
                + " coalesce(sum(p.state = 'RESOLVED'), 0)"
                + " from petition p where " + whose + " and " + choice(year), today);
        softly.assertThat(actual.total()).as(what + " total").isEqualTo(counts.get(0, Integer.class));
        softly.assertThat(actual.open()).as(what + " open").isEqualTo(counts.get(1, Integer.class));
        softly.assertThat(actual.overdue()).as(what + " overdue").isEqualTo(counts.get(2, Integer.class));
        softly.assertThat(actual.awaitingReview()).as(what + " awaiting").isEqualTo(counts.get(3, Integer.class));
        softly.assertThat(actual.waitingOnHigherLevel()).as(what + " escalated")
                .isEqualTo(counts.get(4, Integer.class));
        softly.assertThat(actual.resolvedOfTotal()).as(what + " resolved").isEqualTo(counts.get(5, Integer.class));
        OptionalDouble median = OptionalDouble.empty();
        if (year.isPresent()) {
            Double value = dsl.fetchOne("select max(m) from (select median(datediff(date(p.resolved_at),"
                    + " date(p.created_at))) over () as m from petition p where " + whose + " and " + choice(year)
                    + " and p.state = 'RESOLVED' and p.resolved_at is not null) t").get(0, Double.class);
            median = value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
        }
        softly.assertThat(actual.medianDaysToResolve()).as(what + " median").isEqualTo(median);
    }

    /** The choice as plain SQL: received in the year, or still open. */
    private static String choice(Optional<Integer> year) {
        return year.map(y -> "year(p.created_at) = " + y).orElse("p.state <> 'RESOLVED'");
    }

    private Set<PetitionId> expectedIds(OversightFilter filter) {
        StringBuilder where = new StringBuilder("p.unit_id in (select id from unit where parent_id = ")
                .append(quan.unit().value()).append(") and ").append(choice(filter.year()));
        filter.ward().ifPresent(w -> where.append(" and p.unit_id = ").append(w.value()));
        filter.domain().ifPresent(d -> where.append(" and p.domain_id = ").append(d.value()));
        where.append(switch (filter.behind()) {
            case ALL -> "";
            case OPEN -> " and p.state <> 'RESOLVED'";
            case OVERDUE -> " and p.state not in ('RESOLVED', 'ESCALATED', 'ANSWERED') and p.deadline < ?";
            case AWAITING_REVIEW -> " and p.state = 'ANSWERED'";
            case WAITING_ON_HIGHER_LEVEL -> " and p.state = 'ESCALATED'";
            case RESOLVED -> " and p.state = 'RESOLVED'";
        });
        Object[] binds = filter.behind() == Behind.OVERDUE ? new Object[] {today} : new Object[0];
        return new HashSet<>(dsl.fetch("select p.id from petition p where " + where, binds)
                .map(r -> new PetitionId(r.get(0, Long.class))));
    }

    private void add(Ward ward, PetitionState state, DomainId domain, LocalDate deadline, LocalDate received,
            LocalDate resolved) {
        rows.insert(ward, "Kiến nghị " + state + " " + received, state, domain, deadline, received, resolved);
    }
}
