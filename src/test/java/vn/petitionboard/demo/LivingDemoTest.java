package vn.petitionboard.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.CONFERENCE;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_CODE_COUNTER;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.base.db.OwnDatabase;
import vn.petitionboard.base.i18n.MessageBundleI18NProvider;
import vn.petitionboard.board.BoardFilter;
import vn.petitionboard.board.BoardService;
import vn.petitionboard.jooq.tables.records.PetitionRecord;
import vn.petitionboard.notification.NotificationService;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.petition.PetitionDetails;
import vn.petitionboard.petition.PetitionQueryService;
import vn.petitionboard.petition.PetitionState;

/**
 * The demo a visitor gets (0100 and 0101 with context living-demo), loaded today into a database of its own: this
 * year's conference looks like a normal working week on whatever day it loads, and every petition's row agrees with
 * its history, so that the board, the petition page and the report tell one story.
 */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LivingDemoTest {

    private static final UnitId WARD = new UnitId(3);
    private static final EnumSet<PetitionState> DUE = EnumSet.of(PetitionState.RECEIVED, PetitionState.ASSIGNED,
            PetitionState.IN_PROGRESS);

    @DynamicPropertySource
    static void livingDemo(DynamicPropertyRegistry registry) {
        OwnDatabase.livingDemo(registry, "livingdemo");
    }

    @Autowired
    private DSLContext dsl;
    @Autowired
    private BoardService board;
    @Autowired
    private PetitionQueryService petitions;
    @Autowired
    private MessageBundleI18NProvider messages;
    @Autowired
    private NotificationService notifications;

    @Test
    void this_years_conference_was_held_on_a_working_day_a_few_weeks_before_the_demo_loaded() {
        LocalDate today = LocalDate.now();
        var conference = latestConference();
        assertThat(ChronoUnit.DAYS.between(conference.getHeldOn(), today)).isBetween(24L, 26L);
        assertThat(conference.getHeldOn().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(conference.getTitle()).endsWith("năm " + conference.getHeldOn().getYear());
        int year = conference.getHeldOn().getYear();
        assertThat(dsl.select(PETITION_CODE_COUNTER.LAST_SEQ).from(PETITION_CODE_COUNTER)
                .where(PETITION_CODE_COUNTER.UNIT_ID.eq(WARD), PETITION_CODE_COUNTER.CODE_YEAR.eq(year)).fetchOne().value1())
                .as("the next petition typed gets the next code").isEqualTo(thisYear().size());
    }

    @Test
    @WithUserDetails("chutich")
    void the_chairman_finds_cards_of_this_year_in_every_column_of_the_board() {
        Map<PetitionState, Integer> counts = board.counts(BoardFilter.allDomains());
        for (PetitionState state : PetitionState.UNRESOLVED) {
            long thisYears = thisYear().stream().filter(p -> p.getState() == state).count();
            assertThat(thisYears).as("this year's cards in %s", state).isPositive();
            assertThat(counts.get(state)).isGreaterThanOrEqualTo((int) thisYears);
        }
        assertThat(thisYear().stream().filter(p -> p.getState() == PetitionState.RESOLVED)).hasSizeGreaterThan(2);
    }

    @Test
    void deadlines_are_mostly_ahead_a_few_overdue_and_none_on_a_weekend() {
        LocalDate today = LocalDate.now();
        List<PetitionRecord> due = thisYear().stream()
                .filter(p -> DUE.contains(p.getState()) && p.getDeadline() != null).toList();
        long overdue = due.stream().filter(p -> p.getDeadline().isBefore(today)).count();
        assertThat(overdue).as("a few overdue").isBetween(1L, 3L);
        assertThat(due.size() - overdue).as("mostly ahead").isGreaterThanOrEqualTo(4 * overdue);
        assertThat(thisYear()).allSatisfy(p -> {
            if (p.getDeadline() != null) {
                assertThat(p.getDeadline().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            }
        });
    }

    @Test
    void the_2019_and_2020_conferences_are_history_mostly_resolved_with_a_few_still_open() {
        var old = dsl.selectFrom(PETITION).where(PETITION.CODE_YEAR.in(2019, 2020)).fetch();
        long resolved = old.stream().filter(p -> p.getState() == PetitionState.RESOLVED).count();
        assertThat(resolved).isGreaterThanOrEqualTo(old.size() * 8L / 10);
        assertThat(old.size() - resolved).as("a few still with the higher level or open").isBetween(1L, 3L);
    }

    @Test
    @WithUserDetails("chutich")
    void every_petition_agrees_with_its_history_and_no_event_lies_in_the_future() {
        LocalDateTime now = LocalDateTime.now();
        for (PetitionRecord row : dsl.selectFrom(PETITION).where(PETITION.UNIT_ID.eq(WARD)).fetch()) {
            PetitionDetails details = petitions.findDetails(row.getId()).orElseThrow();
            var moves = details.history().stream().filter(h -> h.toState() != null).toList();
            assertThat(moves).as(row.getCode()).isNotEmpty();
            assertThat(details.history()).as(row.getCode()).allSatisfy(h -> {
                assertThat(h.occurredAt()).isBefore(now);
                // What the reader's language shows must be what was written in Vietnamese with it.
                h.text().ifPresent(text -> assertThat(messages.getTranslation(text.key(),
                        MessageBundleI18NProvider.VIETNAMESE, text.arguments())).isEqualTo(h.details()));
            });
            var last = details.history().stream().filter(h -> h.toState() != null && h.toState() != h.fromState())
                    .max(java.util.Comparator.comparing(PetitionDetails.HistoryEntry::occurredAt)).orElseThrow();
            assertThat(last.toState()).as("%s ends in its state", row.getCode()).isEqualTo(row.getState());
            assertThat(row.getStateChangedAt()).as(row.getCode()).isEqualTo(last.occurredAt());
            assertThat(row.getResolvedAt() != null).as(row.getCode())
                    .isEqualTo(row.getState() == PetitionState.RESOLVED);
            if (DUE.contains(row.getState()) && row.getState() != PetitionState.RECEIVED) {
                assertThat(row.getDepartmentId()).as(row.getCode()).isNotNull();
                assertThat(row.getDeadline()).as(row.getCode()).isNotNull();
            }
        }
    }

    @Test
    @WithUserDetails("diachinh")
    void the_land_officer_finds_last_weeks_news_unread_in_the_bell() {
        assertThat(notifications.unreadCount()).as("the land officer's unread").isBetween(1, 5);
        assertThat(notifications.page(0, 50)).filteredOn(n -> !n.read()).extracting(n -> n.text().args().getFirst())
                .as("the answer the Front returned last week").contains(code(thisYear(), "KN-%d-010"));
    }

    @Test
    @WithUserDetails("mattran")
    void the_front_is_told_of_every_answer_waiting_for_its_review() {
        List<String> waiting = thisYear().stream().filter(p -> p.getState() == PetitionState.ANSWERED)
                .map(PetitionRecord::getCode).toList();
        assertThat(notifications.page(0, 50)).extracting(n -> n.text().args().getFirst())
                .containsAll(waiting);
        assertThat(notifications.unreadCount()).isPositive();
    }

    private static String code(List<PetitionRecord> petitions, String pattern) {
        return String.format(pattern, petitions.getFirst().getCodeYear());
    }

    private vn.petitionboard.jooq.tables.records.ConferenceRecord latestConference() {
        return dsl.selectFrom(CONFERENCE).where(CONFERENCE.UNIT_ID.eq(WARD)).orderBy(CONFERENCE.HELD_ON.desc())
                .limit(1).fetchOne();
    }

    private List<PetitionRecord> thisYear() {
        return dsl.selectFrom(PETITION).where(PETITION.CONFERENCE_ID.eq(latestConference().getId())).fetch();
    }
}
