package vn.petitionboard.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.petitionboard.jooq.Tables.APP_USER;
import static vn.petitionboard.jooq.Tables.NOTIFICATION;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.USER_ROLE;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.petition.AssignmentCommands;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.DirectionService;
import vn.petitionboard.petition.PetitionCommands;
import vn.petitionboard.petition.PetitionCommands.EscalationTarget;
import vn.petitionboard.petition.HistoryEvent;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionMoved;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.petition.EscalationService;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.security.Role;
import vn.petitionboard.security.UserId;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;
import vn.petitionboard.support.Today;

/**
 * Who is told of each change, through the real commands as the ward's users, on a ward of its own (its rows commit,
 * so the rollback test sees what a real transaction leaves).
 */
@IntegrationTest
class NotificationServiceTest {

    @Autowired
    TestWards wards;

    @Autowired
    TestPetitions petitions;

    @Autowired
    PetitionWorkflowService workflow;

    @Autowired
    EscalationService escalations;

    @Autowired
    DirectionService direction;

    @Autowired
    NotificationService notifications;

    @Autowired
    SignIn signIn;

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    PetitionNotifier notifier;

    @Autowired
    Clock clock;

    Ward ward;
    Ward otherWard;
    String secondLandOfficer;

    @BeforeEach
    void twoWards() {
        ward = wards.create();
        otherWard = wards.create();
        secondLandOfficer = extraUser(ward, ward.landDepartment(), "diachinh2_", Role.DEPARTMENT_OFFICER);
    }

    @Test
    void chair_assigns_and_exactly_the_officers_of_that_department_are_told() throws Exception {
        PetitionId id = assigned(ward);

        assertThat(kindsOf(id)).containsExactlyInAnyOrder(
                told(ward.landOfficer(), NotificationKind.ASSIGNED), told(secondLandOfficer, NotificationKind.ASSIGNED));
        assertThat(countFor(ward.urbanOfficer())).as("the other department's officer").isZero();
        assertThat(countFor(ward.chair())).as("the chair who acted").isZero();
        assertThat(countFor(ward.front())).isZero();
        assertThat(countFor(otherWard.landOfficer())).as("the same department of another ward").isZero();
    }

    @Test
    void the_officer_answers_and_the_front_reviewers_are_told() throws Exception {
        PetitionId id = inProgress(ward);

        CommandResult answered = signIn.as(ward.landOfficer(), () -> workflow.answer(
                new PetitionCommands.Answer(id, 2, "Đã cấp giấy chứng nhận.", null, null, List.of())));

        assertThat(answered.isDone()).isTrue();
        assertThat(kindsOf(id, NotificationKind.ANSWER_TO_REVIEW))
                .containsExactly(told(ward.front(), NotificationKind.ANSWER_TO_REVIEW));
        assertThat(countFor(otherWard.front())).isZero();
    }

    @Test
    void the_front_returns_an_answer_and_the_department_is_told() throws Exception {
        PetitionId id = answered(ward);

        CommandResult returned = signIn.as(ward.front(), () -> workflow.returnAnswer(
                new PetitionCommands.Return(id, 3, "Chưa trả lời đủ ý.", Today.date().plusDays(10))));

        assertThat(returned.isDone()).isTrue();
        assertThat(kindsOf(id, NotificationKind.RETURNED)).containsExactlyInAnyOrder(
                told(ward.landOfficer(), NotificationKind.RETURNED), told(secondLandOfficer, NotificationKind.RETURNED));
        assertThat(countFor(ward.urbanOfficer())).isZero();
    }

    @Test
    void a_leader_sends_an_answer_back_and_the_department_is_told() throws Exception {
        PetitionId id = answered(ward);

        CommandResult sent = signIn.as(ward.chair(), () -> workflow.sendBack(
                new PetitionCommands.SendBack(id, 3, "Bổ sung văn bản.", Today.date().plusDays(10))));

        assertThat(sent.isDone()).isTrue();
        assertThat(kindsOf(id, NotificationKind.SENT_BACK)).containsExactlyInAnyOrder(
                told(ward.landOfficer(), NotificationKind.SENT_BACK), told(secondLandOfficer, NotificationKind.SENT_BACK));
    }

    @Test
    void a_reassignment_tells_the_old_department_it_went_away_and_the_new_one_it_arrived() throws Exception {
        PetitionId id = inProgress(ward);
        clear();

        CommandResult moved = signIn.as(ward.chair(), () -> direction.reassign(
                new AssignmentCommands.Reassign(id, 2, ward.urbanDepartment(), "Thuộc lĩnh vực hạ tầng.")));

        assertThat(moved.isDone()).isTrue();
        assertThat(kindsOf(id)).containsExactlyInAnyOrder(
                told(ward.landOfficer(), NotificationKind.REASSIGNED_AWAY),
                told(secondLandOfficer, NotificationKind.REASSIGNED_AWAY),
                told(ward.urbanOfficer(), NotificationKind.ASSIGNED));
    }

    @Test
    void the_higher_level_replies_and_the_other_leaders_and_the_front_are_told() throws Exception {
        String secretary = extraUser(ward, null, "bithu_", Role.PARTY_SECRETARY);
        PetitionId id = inProgress(ward);
        assertThat(signIn.as(ward.chair(), () -> escalations.escalate(new PetitionCommands.Escalate(id, 2,
                EscalationTarget.AGENCY, "Sở Tài nguyên và Môi trường", "12/UBND", Today.date(), null))).isDone())
                .isTrue();
        clear();

        CommandResult replied = signIn.as(ward.chair(), () -> escalations.recordReply(
                new PetitionCommands.RecordReply(id, 3, "Sở đã trả lời.", "45/STNMT", Today.date())));

        assertThat(replied.isDone()).isTrue();
        assertThat(kindsOf(id)).containsExactlyInAnyOrder(
                told(secretary, NotificationKind.HIGHER_LEVEL_REPLIED),
                told(ward.front(), NotificationKind.ANSWER_TO_REVIEW));
    }

    @Test
    void the_same_change_delivered_twice_tells_each_person_once() throws Exception {
        PetitionId id = captured(ward);
        PetitionMoved change = new PetitionMoved(id, Long.MAX_VALUE - System.nanoTime() % 1_000_000, ward.unit(),
                "KN-0000-000", "Thử gửi lại", HistoryEvent.ASSIGNED, PetitionState.RECEIVED, PetitionState.ASSIGNED,
                ward.landDepartment(), null, wards.idOf(ward.chair()), "Chủ tịch Thử", LocalDateTime.now(clock));

        notifier.on(change);
        notifier.on(change);

        assertThat(kindsOf(id)).containsExactlyInAnyOrder(
                told(ward.landOfficer(), NotificationKind.ASSIGNED), told(secondLandOfficer, NotificationKind.ASSIGNED));
    }

    @Test
    void a_command_rolled_back_leaves_no_notification() throws Exception {
        PetitionId id = captured(ward);

        assertThatThrownBy(() -> signIn.as(ward.chair(), () -> transaction.execute(status -> {
            CommandResult result = workflow.assign(assign(id));
            assertThat(result.isDone()).isTrue();
            assertThat(dsl.fetchCount(NOTIFICATION, NOTIFICATION.PETITION_ID.eq(id))).as("written with it").isPositive();
            throw new IllegalStateException("a later step of the same transaction fails");
        }))).isInstanceOf(IllegalStateException.class);

        assertThat(dsl.fetchCount(NOTIFICATION, NOTIFICATION.PETITION_ID.eq(id))).isZero();
        assertThat(dsl.select(PETITION.VERSION).from(PETITION).where(PETITION.ID.eq(id)).fetchOne(PETITION.VERSION))
                .as("the change itself rolled back too").isZero();
    }

    @Test
    void the_list_is_newest_first_and_marking_read_lowers_the_count() throws Exception {
        PetitionId first = assigned(ward);
        PetitionId second = assigned(ward);

        List<NotificationItem> items = signIn.as(ward.landOfficer(), () -> notifications.page(0, 10));
        assertThat(items).extracting(NotificationItem::petition).containsExactly(second, first);
        assertThat(items.getFirst().text().key()).isEqualTo("notification.assigned");
        assertThat(items.getFirst().text().args()).contains("Chủ tịch Thử");
        assertThat(signIn.as(ward.landOfficer(), notifications::unreadCount)).isEqualTo(2);

        assertThat(signIn.as(ward.landOfficer(), () -> notifications.markRead(items.getFirst().id()))).isTrue();
        assertThat(signIn.as(ward.landOfficer(), notifications::unreadCount)).isEqualTo(1);
        assertThat(signIn.as(ward.landOfficer(), () -> notifications.page(0, 10)))
                .extracting(NotificationItem::read).containsExactly(true, false);

        assertThat(signIn.as(ward.landOfficer(), notifications::markAllRead)).isEqualTo(1);
        assertThat(signIn.as(ward.landOfficer(), notifications::unreadCount)).isZero();
    }

    @Test
    void marking_another_users_notification_read_is_refused_and_changes_nothing() throws Exception {
        PetitionId id = assigned(ward);
        NotificationId theirs = signIn.as(ward.landOfficer(), () -> notifications.page(0, 1)).getFirst().id();

        assertThat(signIn.as(secondLandOfficer, () -> notifications.markRead(theirs))).isFalse();
        assertThat(signIn.as(ward.urbanOfficer(), () -> notifications.markRead(theirs))).isFalse();
        assertThat(signIn.as(ward.urbanOfficer(), notifications::markAllRead)).isZero();

        assertThat(signIn.as(ward.landOfficer(), notifications::unreadCount)).isEqualTo(1);
        assertThat(dsl.fetchCount(NOTIFICATION, NOTIFICATION.PETITION_ID.eq(id).and(NOTIFICATION.READ_AT.isNotNull())))
                .isZero();
    }

    @Test
    void nobody_signed_in_may_read_notifications() {
        assertThatThrownBy(() -> notifications.unreadCount())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    PetitionId captured(Ward w) throws Exception {
        return petitions.received(w, "Cấp giấy chứng nhận " + System.nanoTime()).id();
    }

    PetitionCommands.Assign assign(PetitionId id) {
        return new PetitionCommands.Assign(id, 0, ward.landDepartment(), Today.date().plusDays(20), "Giao xử lý.");
    }

    PetitionId assigned(Ward w) throws Exception {
        PetitionId id = captured(w);
        assertThat(signIn.as(w.chair(), () -> workflow.assign(assign(id))).isDone()).isTrue();
        return id;
    }

    PetitionId inProgress(Ward w) throws Exception {
        return petitions.inProgress(w, "Cấp giấy chứng nhận " + System.nanoTime()).id();
    }

    /** Answered by the land officer: version 3. */
    PetitionId answered(Ward w) throws Exception {
        PetitionId id = inProgress(w);
        assertThat(signIn.as(w.landOfficer(), () -> workflow.answer(
                new PetitionCommands.Answer(id, 2, "Đã giải quyết.", null, null, List.of()))).isDone()).isTrue();
        return id;
    }

    record Told(String username, NotificationKind kind) {
    }

    Told told(String username, NotificationKind kind) {
        return new Told(username, kind);
    }

    List<Told> kindsOf(PetitionId id) {
        return dsl.select(APP_USER.USERNAME, NOTIFICATION.KIND).from(NOTIFICATION)
                .join(APP_USER).on(APP_USER.ID.eq(NOTIFICATION.USER_ID))
                .where(NOTIFICATION.PETITION_ID.eq(id))
                .fetch(r -> new Told(r.value1(), r.value2()));
    }

    List<Told> kindsOf(PetitionId id, NotificationKind kind) {
        return kindsOf(id).stream().filter(t -> t.kind() == kind).toList();
    }

    int countFor(String username) {
        return dsl.fetchCount(NOTIFICATION, NOTIFICATION.USER_ID.eq(wards.idOf(username)));
    }

    /** Forget what the steps before the one under test told (this ward only). */
    void clear() {
        dsl.deleteFrom(NOTIFICATION).where(NOTIFICATION.UNIT_ID.eq(ward.unit())).execute();
    }

    String extraUser(Ward w, DepartmentId department, String prefix, Role role) {
        String username = prefix + w.suffix();
        UserId id = dsl.insertInto(APP_USER).set(APP_USER.UNIT_ID, w.unit()).set(APP_USER.DEPARTMENT_ID, department)
                .set(APP_USER.USERNAME, username).set(APP_USER.PASSWORD_HASH, "-")
                .set(APP_USER.FULL_NAME, "Người dùng " + username).returningResult(APP_USER.ID).fetchOne(APP_USER.ID);
        dsl.insertInto(USER_ROLE).set(USER_ROLE.USER_ID, id).set(USER_ROLE.ROLE, role).execute();
        return username;
    }
}
