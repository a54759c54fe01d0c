package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.petitionboard.jooq.Tables.DELEGATE;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_HISTORY;
import static vn.petitionboard.jooq.Tables.PETITION_REQUESTER;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.conference.DelegateId;
import vn.petitionboard.petition.CommandResult.Conflict;
import vn.petitionboard.petition.CommandResult.Done;
import vn.petitionboard.petition.CommandResult.Refused;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestPetitions.Captured;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/** Merging duplicates on a ward of its own, as its leaders, clerk and officer, through the real services. */
@IntegrationTest
class PetitionMergeServiceTest {

    @Autowired
    TestWards wards;
    @Autowired
    TestPetitions petitions;
    @Autowired
    PetitionMergeService merges;
    @Autowired
    PetitionIntakeService intake;
    @Autowired
    PetitionQueryService queries;
    @Autowired
    PetitionSearchService search;
    @Autowired
    SignIn signIn;
    @Autowired
    PetitionWorkflowService workflow;
    @Autowired
    vn.petitionboard.board.BoardService board;
    @Autowired
    vn.petitionboard.dashboard.DashboardService dashboard;
    @Autowired
    DueDeadlinesQuery deadlines;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;
    @Autowired
    DSLContext dsl;

    Ward ward;
    Captured older;
    Captured newer;

    @BeforeEach
    void twoDuplicates() throws Exception {
        ward = wards.create();
        older = petitions.received(ward, "Đèn chiếu sáng ngõ 143 Ngọc Lâm hỏng", "Nguyễn Văn Bình");
        newer = petitions.received(ward, "Ngõ 143 Ngọc Lâm tối vì đèn hỏng", "Trần Thị Hoa");
    }

    private CommandResult merge(String user, Captured survivor, int survivorVersion, Captured merged,
            int mergedVersion) throws Exception {
        return signIn.as(user, () -> merges.merge(new MergeCommand(survivor.id(), survivorVersion, merged.id(),
                mergedVersion)));
    }

    private List<String> requesters(Captured petition) {
        return dsl.select(DELEGATE.FULL_NAME).from(PETITION_REQUESTER).join(DELEGATE)
                .on(DELEGATE.ID.eq(PETITION_REQUESTER.DELEGATE_ID))
                .where(PETITION_REQUESTER.PETITION_ID.eq(petition.id())).orderBy(PETITION_REQUESTER.POSITION)
                .fetch(DELEGATE.FULL_NAME);
    }

    private PetitionState state(Captured petition) {
        return dsl.select(PETITION.STATE).from(PETITION).where(PETITION.ID.eq(petition.id())).fetchOne(PETITION.STATE);
    }

    @Test
    void the_chair_merges_a_duplicate_keeping_every_requester_once_and_both_histories() throws Exception {
        // The newer one was also raised by the older one's delegate: after the merge that delegate is there once.
        DelegateId binh = dsl.select(PETITION_REQUESTER.DELEGATE_ID).from(PETITION_REQUESTER)
                .where(PETITION_REQUESTER.PETITION_ID.eq(older.id())).fetchSingle(PETITION_REQUESTER.DELEGATE_ID);
        assertThat(signIn.as(ward.clerk(), () -> intake.addRequester(new IntakeCommands.AddRequester(newer.id(), 0,
                IntakeCommands.Requester.existing(binh)))).isDone()).isTrue();

        CommandResult result = merge(ward.chair(), older, 0, newer, 1);

        assertThat(result).isEqualTo(new Done(older.id(), PetitionState.RECEIVED, 1));
        assertThat(requesters(older)).containsExactly("Nguyễn Văn Bình", "Trần Thị Hoa");
        assertThat(requesters(newer)).as("who raised the merged one stays its history")
                .containsExactly("Trần Thị Hoa", "Nguyễn Văn Bình");
        assertThat(state(newer)).isEqualTo(PetitionState.MERGED);
        assertThat(dsl.select(PETITION.MERGED_INTO_ID).from(PETITION).where(PETITION.ID.eq(newer.id()))
                .fetchOne(PETITION.MERGED_INTO_ID)).isEqualTo(older.id());
        assertThat(dsl.select(PETITION_HISTORY.DETAILS).from(PETITION_HISTORY)
                .where(PETITION_HISTORY.PETITION_ID.eq(newer.id()))
                .and(PETITION_HISTORY.EVENT_TYPE.eq(HistoryEvent.MERGED_INTO)).fetchSingle(PETITION_HISTORY.DETAILS))
                .isEqualTo("Đã gộp vào " + older.code());

        PetitionDetails survivor = signIn.as(ward.front(), () -> queries.findDetails(older.id())).orElseThrow();
        assertThat(survivor.history()).extracting(PetitionDetails.HistoryEntry::eventType,
                PetitionDetails.HistoryEntry::mergedCode).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(HistoryEvent.RECEIVED, null),
                        org.assertj.core.groups.Tuple.tuple(HistoryEvent.RECEIVED, newer.code()),
                        org.assertj.core.groups.Tuple.tuple(HistoryEvent.REQUESTER_ADDED, newer.code()),
                        org.assertj.core.groups.Tuple.tuple(HistoryEvent.MERGED_INTO, newer.code()),
                        org.assertj.core.groups.Tuple.tuple(HistoryEvent.MERGED_FROM, null));
        assertThat(survivor.history().getLast().details())
                .isEqualTo("Đã gộp " + newer.code() + " vào kiến nghị này (thêm 1 người kiến nghị)");
        assertThat(signIn.as(ward.front(), () -> queries.findDetails(newer.id()))).as("merged: not a page of its own")
                .isEmpty();
        assertThat(signIn.as(ward.front(), () -> queries.mergedInto(newer.id())))
                .contains(new MergedPetition(newer.id(), newer.code(), older.id(), older.code()));
        assertThat(signIn.as(ward.front(), () -> search.page(PetitionListFilter.all(), 0, 10)))
                .as("the list counts one petition").extracting(PetitionListRow::code).containsExactly(older.code());
        assertThat(signIn.as(ward.front(), () -> search.page(PetitionListFilter.all().withText(newer.code()), 0, 10)))
                .as("the merged code finds the survivor").extracting(PetitionListRow::code)
                .containsExactly(older.code());
    }

    @Test
    void the_merged_petition_is_counted_nowhere_board_overview_reminders_or_suggestions() throws Exception {
        // Assigned with a deadline first, so that it would be due (a reminder) and in a column with its department.
        assertThat(signIn.as(ward.chair(), () -> workflow.assign(new PetitionCommands.Assign(newer.id(), 0,
                ward.landDepartment(), vn.petitionboard.support.Today.date().plusDays(2), "Kiểm tra đèn.")))
                .isDone()).isTrue();
        assertThat(merge(ward.chair(), older, 0, newer, 1).isDone()).isTrue();

        assertThat(signIn.as(ward.chair(), () -> board.counts(vn.petitionboard.board.BoardFilter.allDomains())))
                .as("the board").containsEntry(PetitionState.RECEIVED, 1).containsEntry(PetitionState.ASSIGNED, 0);
        var figures = signIn.as(ward.chair(), () -> dashboard.load(
                vn.petitionboard.dashboard.DashboardFilter.stillOpen())).figures();
        assertThat(figures.total()).as("the overview").isEqualTo(1);
        assertThat(figures.open()).isEqualTo(1);
        assertThat(deadlines.dueBy(ward.unit(), vn.petitionboard.support.Today.date().plusDays(30)))
                .as("the reminders").isEmpty();
        assertThat(signIn.as(ward.landOfficer(), () -> search.page(PetitionListFilter.all(), 0, 10)))
                .as("the department's list").isEmpty();
        assertThat(signIn.as(ward.clerk(), () -> intake.likelyDuplicates("Đèn ngõ 143 Ngọc Lâm hỏng",
                "Ngõ 143 Ngọc Lâm tối vì đèn hỏng", 5))).as("the suggestions at capture")
                .extracting(LikelyDuplicate::code).containsExactly(older.code());
    }

    @Test
    void the_clerk_may_merge_and_the_newer_code_may_carry_on() throws Exception {
        assertThat(merge(ward.clerk(), newer, 0, older, 0).isDone()).isTrue();
        assertThat(state(older)).isEqualTo(PetitionState.MERGED);
        assertThat(requesters(newer)).containsExactly("Trần Thị Hoa", "Nguyễn Văn Bình");
    }

    @Test
    void a_petition_merged_into_one_merged_later_leads_to_the_last_survivor() throws Exception {
        Captured third = petitions.received(ward, "Đèn ngõ 143 hỏng lần nữa", "Lê Văn Cường");
        assertThat(merge(ward.chair(), newer, 0, third, 0).isDone()).isTrue();
        assertThat(merge(ward.chair(), older, 0, newer, 1).isDone()).isTrue();

        assertThat(signIn.as(ward.chair(), () -> queries.mergedInto(third.id())).map(MergedPetition::survivor))
                .contains(older.id());
        assertThat(requesters(older)).containsExactly("Nguyễn Văn Bình", "Trần Thị Hoa", "Lê Văn Cường");
        assertThat(merge(ward.chair(), older, 1, third, 1)).isEqualTo(
                Refused.of("merge.refused.alreadyMerged", third.code(), older.code()));
    }

    @Test
    void a_stale_version_of_either_petition_is_a_conflict_and_nothing_is_written() throws Exception {
        assertThat(merge(ward.chair(), older, 0, newer, 5)).isInstanceOf(Conflict.class);
        assertThat(merge(ward.chair(), older, 3, newer, 0)).isInstanceOf(Conflict.class);
        assertThat(state(newer)).isEqualTo(PetitionState.RECEIVED);
        assertThat(dsl.select(PETITION.VERSION).from(PETITION).where(PETITION.ID.in(older.id(), newer.id()))
                .fetch(PETITION.VERSION)).as("neither row written").containsOnly(0);
        assertThat(requesters(older)).containsExactly("Nguyễn Văn Bình");
        assertThat(dsl.fetchCount(PETITION_HISTORY, PETITION_HISTORY.PETITION_ID.in(older.id(), newer.id())))
                .isEqualTo(2);
    }

    @Test
    void a_petition_changed_between_the_merges_two_writes_leaves_nothing_of_the_merge() throws Exception {
        // The merge reads both rows at version 0 (the snapshot this transaction took), then someone assigns the
        // one with the higher id before the merge writes it: the first row was already written and must not stay.
        Captured second = newer.id().value() > older.id().value() ? newer : older;
        Captured first = second == newer ? older : newer;
        assertThatThrownBy(() -> signIn.as(ward.chair(), () -> transaction.execute(status -> {
            dsl.selectFrom(PETITION).where(PETITION.ID.in(older.id(), newer.id())).fetch();
            Thread assign = Thread.ofPlatform().start(() -> {
                try {
                    signIn.as(ward.chair(), () -> workflow.assign(new PetitionCommands.Assign(second.id(), 0,
                            ward.landDepartment(), vn.petitionboard.support.Today.date().plusDays(5), "Giao.")));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                assign.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            assertThat(merges.merge(new MergeCommand(first.id(), 0, second.id(), 0))).isInstanceOf(Conflict.class);
            return null;
        }))).isInstanceOf(org.springframework.transaction.UnexpectedRollbackException.class);

        assertThat(state(second)).isEqualTo(PetitionState.ASSIGNED);
        assertThat(dsl.select(PETITION.VERSION).from(PETITION).where(PETITION.ID.eq(first.id()))
                .fetchOne(PETITION.VERSION)).as("the first row's write rolled back").isZero();
        assertThat(requesters(first)).hasSize(1);
    }

    @Test
    void a_petition_is_not_merged_with_itself() throws Exception {
        assertThat(merge(ward.chair(), older, 0, older, 0)).isEqualTo(Refused.of("merge.refused.same"));
    }

    @Test
    void another_units_petition_does_not_exist_for_the_merge() throws Exception {
        Ward other = wards.create();
        Captured elsewhere = petitions.received(other, "Đèn chiếu sáng ngõ 143 hỏng", "Phạm Thị Dung");

        assertThat(merge(ward.chair(), older, 0, elsewhere, 0)).isEqualTo(Refused.of("petition.notFound"));
        assertThat(merge(ward.chair(), elsewhere, 0, older, 0)).isEqualTo(Refused.of("petition.notFound"));
        assertThat(state(elsewhere)).isEqualTo(PetitionState.RECEIVED);
    }

    @Test
    void resolved_and_escalated_petitions_are_not_merged() throws Exception {
        // Put there directly: the state is what this check reads, the way there is the workflow's tests'.
        for (PetitionState closed : List.of(PetitionState.RESOLVED, PetitionState.ESCALATED)) {
            dsl.update(PETITION).set(PETITION.STATE, closed).where(PETITION.ID.eq(newer.id())).execute();
            assertThat(merge(ward.chair(), older, 0, newer, 0)).as(closed.name()).isEqualTo(
                    Refused.of("merge.refused.state", newer.code(), "state." + closed.name()));
            assertThat(merge(ward.chair(), newer, 0, older, 0)).as(closed.name() + " as survivor").isEqualTo(
                    Refused.of("merge.refused.state", newer.code(), "state." + closed.name()));
        }
        assertThat(requesters(older)).containsExactly("Nguyễn Văn Bình");
    }

    @Test
    void officers_and_the_front_may_not_merge() {
        for (String user : List.of(ward.landOfficer(), ward.front(), ward.admin())) {
            assertThatThrownBy(() -> merge(user, older, 0, newer, 0)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(state(newer)).isEqualTo(PetitionState.RECEIVED);
    }
}
