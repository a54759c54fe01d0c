package vn.petitionboard.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.petitionboard.jooq.Tables.DOMAIN;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.petition.PetitionState;

/**
 * The board by domain's read model against the real database: the demo data of 0100-demo-data.sql, and petitions
 * added inside a transaction that is rolled back after the test.
 */
@IntegrationTest
class BoardLanesTest {

    private static final UnitId THUONG_THANH = new UnitId(3);
    private static final DomainId ENVIRONMENT = new DomainId(4);
    private static final DomainId SECURITY = new DomainId(6);

    @Autowired
    BoardService board;

    @Autowired
    DSLContext dsl;

    @Autowired
    Clock clock;

    private int seq;

    @Test
    @WithUserDetails("chutich")
    void each_lane_counts_its_domains_petitions_per_column_and_overdue_as_a_recount_of_the_rows_does() {
        LocalDate today = LocalDate.now(clock);
        Map<DomainId, Map<PetitionState, Integer>> counts = new HashMap<>();
        Map<DomainId, Integer> overdue = new HashMap<>();
        dsl.select(PETITION.DOMAIN_ID, PETITION.STATE, PETITION.DEADLINE).from(PETITION)
                .where(PETITION.UNIT_ID.eq(THUONG_THANH)).fetch().forEach(row -> {
                    if (row.value2().isUnresolved()) {
                        counts.computeIfAbsent(row.value1(), d -> new EnumMap<>(PetitionState.class))
                                .merge(row.value2(), 1, Integer::sum);
                        overdue.merge(row.value1(), row.value2().isOverdue(row.value3(), today) ? 1 : 0,
                                Integer::sum);
                    }
                });

        List<DomainLane> lanes = board.lanes();

        assertThat(lanes).hasSize(7);
        for (DomainLane lane : lanes) {
            for (PetitionState state : PetitionState.UNRESOLVED) {
                assertThat(lane.count(state)).as("%s in %s", lane.code(), state)
                        .isEqualTo(counts.getOrDefault(lane.domain(), Map.of()).getOrDefault(state, 0));
            }
            assertThat(lane.overdue()).as("overdue in %s", lane.code())
                    .isEqualTo(overdue.getOrDefault(lane.domain(), 0));
        }
        assertThat(lanes.stream().mapToInt(DomainLane::total).sum()).as("the lanes add up to the board")
                .isEqualTo(board.counts(BoardFilter.allDomains()).values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(13);
        assertThat(lanes.stream().mapToInt(DomainLane::overdue).sum()).isEqualTo(5);
    }

    @Test
    @WithUserDetails("chutich")
    void lanes_with_overdue_petitions_come_first_then_the_others_each_in_the_domains_order() {
        List<DomainLane> lanes = board.lanes();

        assertThat(lanes).extracting(DomainLane::code)
                .containsExactly("DD", "TTDT", "XDD", "MT", "GPMB", "ANTT", "VHXH");
        assertThat(lanes).extracting(DomainLane::overdue).containsExactly(3, 2, 0, 0, 0, 0, 0);
        DomainLane land = lanes.getFirst();
        assertThat(land.counts()).containsExactly(Map.entry(PetitionState.RECEIVED, 0),
                Map.entry(PetitionState.ASSIGNED, 1), Map.entry(PetitionState.IN_PROGRESS, 2),
                Map.entry(PetitionState.ESCALATED, 0), Map.entry(PetitionState.ANSWERED, 0));
    }

    @Test
    @WithUserDetails("diachinh")
    void an_officer_sees_only_the_own_departments_petitions_in_the_lanes() {
        List<DomainLane> lanes = board.lanes();

        assertThat(lanes).extracting(DomainLane::code)
                .containsExactly("DD", "XDD", "TTDT", "MT", "GPMB", "ANTT", "VHXH");
        assertThat(lanes).extracting(DomainLane::total).containsExactly(3, 0, 0, 0, 0, 0, 0);
        assertThat(lanes.getFirst().overdue()).isEqualTo(3);
    }

    @Test
    @WithUserDetails("hatang")
    void another_officer_sees_the_other_departments_lanes() {
        List<DomainLane> lanes = board.lanes();

        assertThat(lanes.subList(0, 2)).extracting(DomainLane::code).containsExactly("TTDT", "MT");
        assertThat(lanes.subList(0, 2)).extracting(DomainLane::total).containsExactly(2, 1);
        assertThat(lanes.subList(0, 2)).extracting(DomainLane::overdue).containsExactly(2, 0);
        assertThat(lanes.subList(2, lanes.size())).allMatch(DomainLane::isEmpty);
    }

    @Test
    @Transactional
    @WithUserDetails("chutich")
    void an_inactive_domain_keeps_its_lane_while_it_has_unresolved_petitions_and_an_active_one_without_any_is_last() {
        dsl.update(DOMAIN).set(DOMAIN.ACTIVE, false).where(DOMAIN.ID.eq(SECURITY)).execute();
        dsl.insertInto(DOMAIN).set(DOMAIN.CODE, "YT").set(DOMAIN.NAME, "Y tế").set(DOMAIN.SORT_ORDER, 0).execute();
        dsl.insertInto(DOMAIN).set(DOMAIN.CODE, "CU").set(DOMAIN.NAME, "Lĩnh vực cũ").set(DOMAIN.SORT_ORDER, 0)
                .set(DOMAIN.ACTIVE, false).execute();

        List<DomainLane> lanes = board.lanes();

        assertThat(lanes).extracting(DomainLane::code)
                .containsExactly("DD", "TTDT", "XDD", "MT", "GPMB", "ANTT", "VHXH", "YT");
        assertThat(lanes.getLast().total()).isZero();
    }

    @Test
    @Transactional
    @WithUserDetails("chutich")
    void a_lanes_column_lists_the_overdue_first_most_overdue_on_top_then_by_deadline_then_those_without_one() {
        LocalDate today = LocalDate.now(clock);
        LocalDateTime longAgo = LocalDateTime.of(2021, 1, 4, 8, 0);
        String dueLater = insert(PetitionState.IN_PROGRESS, today.plusDays(5), longAgo);
        String mostOverdue = insert(PetitionState.IN_PROGRESS, today.minusDays(10), longAgo.plusDays(30));
        String overdue = insert(PetitionState.IN_PROGRESS, today.minusDays(2), longAgo.plusDays(10));
        String dueTomorrow = insert(PetitionState.IN_PROGRESS, today.plusDays(1), longAgo.plusDays(20));

        BoardFilter lane = BoardFilter.domain(ENVIRONMENT).overdueFirst();
        List<PetitionCard> inProgress = board.column(PetitionState.IN_PROGRESS, lane, Optional.empty()).cards();

        assertThat(inProgress).extracting(PetitionCard::code)
                .containsExactly(mostOverdue, overdue, dueTomorrow, dueLater);
        assertThat(inProgress).extracting(card -> card.isOverdue(today)).containsExactly(true, true, false, false);
        assertThat(board.column(PetitionState.IN_PROGRESS, BoardFilter.domain(ENVIRONMENT), Optional.empty()).cards())
                .as("the board's own order stays longest waiting first").extracting(PetitionCard::code)
                .containsExactly(dueLater, overdue, dueTomorrow, mostOverdue);
    }

    @Test
    @Transactional
    @WithUserDetails("chutich")
    void received_cards_with_a_deadline_come_first_and_pages_cross_to_those_without_one_without_gaps_or_repeats() {
        LocalDate today = LocalDate.now(clock);
        LocalDateTime changed = LocalDateTime.of(2021, 2, 1, 8, 0);
        String undatedFirst = insert(PetitionState.RECEIVED, null, changed);
        // An answer on the spot the Front returned: back to RECEIVED with a new deadline, now past.
        String returnedOverdue = insert(PetitionState.RECEIVED, today.minusDays(3), changed.plusDays(5));
        String undatedSecond = insert(PetitionState.RECEIVED, null, changed.plusDays(1));
        String returnedDue = insert(PetitionState.RECEIVED, today.plusDays(7), changed.plusDays(6));
        BoardFilter lane = BoardFilter.domain(ENVIRONMENT).overdueFirst();
        List<String> expected = List.of(returnedOverdue, returnedDue, "KN-2020-007", undatedFirst, undatedSecond);

        assertThat(board.column(PetitionState.RECEIVED, lane, Optional.empty()).cards())
                .extracting(PetitionCard::code).containsExactlyElementsOf(expected);
        for (int pageSize : new int[] {1, 2, 3}) {
            List<String> paged = new ArrayList<>();
            Optional<BoardCursor> after = Optional.empty();
            do {
                ColumnPage page = board.column(PetitionState.RECEIVED, lane, after, pageSize);
                assertThat(page.cards()).hasSizeLessThanOrEqualTo(pageSize).isNotEmpty();
                page.cards().forEach(card -> paged.add(card.code()));
                after = page.next();
            } while (after.isPresent());
            assertThat(paged).as("pages of %d", pageSize).containsExactlyElementsOf(expected);
        }
    }

    @Test
    @Transactional
    @WithUserDetails("chutich")
    void where_nothing_can_be_overdue_a_lanes_column_keeps_the_boards_order() {
        String answeredLater = insert(PetitionState.ANSWERED, LocalDate.of(2020, 1, 1),
                LocalDateTime.of(2021, 3, 1, 8, 0));

        assertThat(board.column(PetitionState.ANSWERED, BoardFilter.domain(ENVIRONMENT).overdueFirst(),
                Optional.empty()).cards()).extracting(PetitionCard::code)
                .containsExactly("KN-2020-006", answeredLater);
    }

    @Test
    @WithUserDetails("quantri")
    void the_administrator_gets_no_lanes_which_proves_method_security_guards_them() {
        assertThatThrownBy(() -> board.lanes()).isInstanceOf(AccessDeniedException.class);
    }

    /** A petition of the demo ward in the environment lane; its code. */
    private String insert(PetitionState state, LocalDate deadline, LocalDateTime changed) {
        seq++;
        String code = "KN-2031-%03d".formatted(seq);
        dsl.insertInto(PETITION)
                .set(PETITION.UNIT_ID, THUONG_THANH).set(PETITION.CONFERENCE_ID, new ConferenceId(2))
                .set(PETITION.CODE, code).set(PETITION.CODE_YEAR, 2031).set(PETITION.CODE_SEQ, seq)
                .set(PETITION.TITLE, "Kiến nghị thử " + seq).set(PETITION.CONTENT, "Nội dung")
                .set(PETITION.DOMAIN_ID, ENVIRONMENT)
                .set(PETITION.DEPARTMENT_ID, state == PetitionState.RECEIVED ? null : new DepartmentId(3))
                .set(PETITION.STATE, state).set(PETITION.DEADLINE, deadline).set(PETITION.STATE_CHANGED_AT, changed)
                .execute();
        return code;
    }
}
