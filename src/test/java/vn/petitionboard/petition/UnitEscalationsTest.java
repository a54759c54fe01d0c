package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.ANSWER;
import static vn.petitionboard.jooq.Tables.APP_USER;
import static vn.petitionboard.jooq.Tables.ESCALATION;
import static vn.petitionboard.jooq.Tables.NOTIFICATION;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.notification.NotificationKind;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.PetitionCommands.EscalationTarget;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.District;
import vn.petitionboard.support.TestWards.Ward;
import vn.petitionboard.support.Today;

/**
 * Issue 13, item 2: a ward escalates to its district inside the system; the district receives a petition of its own,
 * works on it with its own departments and answers; the answer comes back to the ward's petition as the higher
 * level's reply. Each unit sees only its own petition of the two.
 */
@IntegrationTest
class UnitEscalationsTest {

    @Autowired
    EscalationService escalations;

    @Autowired
    PetitionWorkflowService workflow;

    @Autowired
    PetitionQueryService queries;

    @Autowired
    PetitionMergeService merges;

    @Autowired
    PetitionIntakeService intake;

    @Autowired
    TestWards testWards;

    @Autowired
    TestPetitions petitions;

    @Autowired
    SignIn signIn;

    @Autowired
    DSLContext dsl;

    private District district;
    private Ward ward;

    @BeforeEach
    void units() {
        district = testWards.createDistrict();
        ward = testWards.create(district.unit());
    }

    @Test
    void the_district_receives_the_petition_in_its_received_column_with_names_but_no_contacts() throws Exception {
        TestPetitions.Captured escalated = petitions.inProgress(ward, "Giải phóng mặt bằng đường 40 m");

        CommandResult result = escalateToDistrict(escalated.id(), 2, "Vượt thẩm quyền phường.");

        assertThat(result.isDone()).isTrue();
        PetitionId copy = linkedPetition(escalated.id());
        var row = dsl.selectFrom(PETITION).where(PETITION.ID.eq(copy)).fetchSingle();
        assertThat(row.getUnitId()).isEqualTo(district.unit());
        assertThat(row.getState()).isEqualTo(PetitionState.RECEIVED);
        assertThat(row.getTitle()).isEqualTo("Giải phóng mặt bằng đường 40 m");
        assertThat(row.getCode()).startsWith("KN-" + Today.date().getYear() + "-");

        PetitionDetails seen = signIn.as(district.chair(), () -> queries.findDetails(copy)).orElseThrow();
        assertThat(seen.requesters()).extracting(PetitionDetails.Requester::fullName).containsExactly("Nguyễn Văn Bình");
        assertThat(seen.requesters()).allSatisfy(r -> assertThat(r.phone()).isNull());
        assertThat(seen.followUp().origin()).hasValueSatisfying(o -> {
            assertThat(o.unitName()).isEqualTo(unitName(ward));
            assertThat(o.code()).isEqualTo(escalated.code());
        });
        assertThat(seen.history()).extracting(PetitionDetails.HistoryEntry::eventType)
                .containsExactly(HistoryEvent.ESCALATION_RECEIVED);
        // Raised at the ward's conference, not the district's: never answered "at the conference" here.
        assertThat(signIn.as(district.chair(), () -> workflow.allowedTransitions(copy)))
                .contains(Transition.ASSIGN).doesNotContain(Transition.ANSWER_ON_THE_SPOT);
        assertThat(signIn.as(district.chair(), () -> workflow.answerOnTheSpot(
                new PetitionCommands.AnswerOnTheSpot(copy, 0, "Trả lời ngay.", null))))
                .isEqualTo(CommandResult.Refused.of("workflow.refused.onTheSpotEscalatedIn"));

        PetitionDetails wardSide = signIn.as(ward.chair(), () -> queries.findDetails(escalated.id())).orElseThrow();
        assertThat(wardSide.state()).isEqualTo(PetitionState.ESCALATED);
        assertThat(wardSide.followUp().escalations()).singleElement()
                .satisfies(e -> assertThat(e.linkedCode()).isEqualTo(row.getCode()));
        assertThat(wardSide.history().getLast().details()).contains(row.getCode());
        assertThat(notified(copy)).containsExactlyInAnyOrder(
                district.chair() + ":" + NotificationKind.ESCALATION_RECEIVED,
                district.secretary() + ":" + NotificationKind.ESCALATION_RECEIVED);
    }

    @Test
    void the_districts_answer_comes_back_to_the_ward_as_the_higher_levels_reply_and_the_clock_resumes()
            throws Exception {
        TestPetitions.Captured escalated = petitions.inProgress(ward, "Cấp giấy chứng nhận cho 12 hộ");
        LocalDate wardDeadline = Today.date().plusDays(20);
        assertThat(escalateToDistrict(escalated.id(), 2, null).isDone()).isTrue();
        PetitionId copy = linkedPetition(escalated.id());
        assertThat(signIn.as(ward.chair(), () -> queries.findDetails(escalated.id())).orElseThrow().deadline())
                .isEqualTo(wardDeadline);

        answerInDistrict(copy, "Quận đã bố trí vốn, thực hiện trong quý II.");

        var wardRow = dsl.selectFrom(PETITION).where(PETITION.ID.eq(escalated.id())).fetchSingle();
        assertThat(wardRow.getState()).isEqualTo(PetitionState.ANSWERED);
        assertThat(wardRow.getPausedDaysLeft()).isNull();
        assertThat(wardRow.getDeadline()).isEqualTo(wardDeadline);
        var answer = dsl.selectFrom(ANSWER).where(ANSWER.PETITION_ID.eq(escalated.id())).fetchSingle();
        assertThat(answer.getKind()).isEqualTo(AnswerKind.HIGHER_LEVEL);
        assertThat(answer.getContent()).isEqualTo("Quận đã bố trí vốn, thực hiện trong quý II.");
        assertThat(dsl.select(ESCALATION.REPLIED_ON).from(ESCALATION)
                .where(ESCALATION.PETITION_ID.eq(escalated.id())).fetchSingle(ESCALATION.REPLIED_ON))
                .isEqualTo(Today.date());
        assertThat(notified(escalated.id())).containsExactlyInAnyOrder(
                ward.landOfficer() + ":" + NotificationKind.ASSIGNED,
                ward.front() + ":" + NotificationKind.ANSWER_TO_REVIEW,
                ward.chair() + ":" + NotificationKind.HIGHER_LEVEL_REPLIED);

        PetitionDetails districtSide = signIn.as(district.chair(), () -> queries.findDetails(copy)).orElseThrow();
        assertThat(districtSide.history()).extracting(PetitionDetails.HistoryEntry::eventType)
                .contains(HistoryEvent.ANSWER_SENT_DOWN);

        // The ward's Front then reviews the district's answer like any other.
        CommandResult accepted = signIn.as(ward.front(), () -> workflow.accept(
                new PetitionCommands.Accept(escalated.id(), wardRow.getVersion())));
        assertThat(accepted.isDone()).isTrue();
    }

    @Test
    void the_ward_cannot_type_in_a_reply_while_a_unit_of_the_system_has_its_petition() throws Exception {
        TestPetitions.Captured escalated = petitions.received(ward, "Ô nhiễm tiếng ồn");
        assertThat(escalateToDistrict(escalated.id(), 0, null).isDone()).isTrue();

        assertThat(signIn.as(ward.chair(), () -> workflow.allowedTransitions(escalated.id())))
                .doesNotContain(Transition.RECORD_REPLY);
        CommandResult typed = signIn.as(ward.chair(), () -> escalations.recordReply(new PetitionCommands.RecordReply(
                escalated.id(), 1, "Đã trả lời.", null, Today.date())));

        assertThat(typed).isEqualTo(CommandResult.Refused.of("workflow.refused.replyInSystem"));
        assertThat(dsl.select(PETITION.STATE).from(PETITION).where(PETITION.ID.eq(escalated.id()))
                .fetchSingle(PETITION.STATE)).isEqualTo(PetitionState.ESCALATED);
    }

    @Test
    void an_agency_outside_the_system_still_needs_its_document_number() throws Exception {
        TestPetitions.Captured escalated = petitions.received(ward, "Tuyến xe buýt");

        CommandResult missing = signIn.as(ward.chair(), () -> escalations.escalate(new PetitionCommands.Escalate(
                escalated.id(), 0, EscalationTarget.AGENCY, "Sở Giao thông vận tải", " ", Today.date(), null)));

        assertThat(missing).isInstanceOfSatisfying(CommandResult.Invalid.class,
                invalid -> assertThat(invalid.errors()).containsKey("referenceNumber"));
        assertThat(dsl.fetchCount(ESCALATION, ESCALATION.PETITION_ID.eq(escalated.id()))).isZero();
    }

    @Test
    void each_unit_sees_and_acts_on_its_own_petition_only() throws Exception {
        TestPetitions.Captured escalated = petitions.received(ward, "Ngập úng tổ 5");
        assertThat(escalateToDistrict(escalated.id(), 0, null).isDone()).isTrue();
        PetitionId copy = linkedPetition(escalated.id());
        Ward otherWard = testWards.create(district.unit());

        for (String wardUser : List.of(ward.chair(), ward.landOfficer(), ward.front(), otherWard.chair())) {
            assertThat(signIn.as(wardUser, () -> queries.findDetails(copy))).as(wardUser).isEmpty();
            assertThat(signIn.as(wardUser, () -> workflow.assign(new PetitionCommands.Assign(copy, 0,
                    ward.landDepartment(), Today.date().plusDays(5), "Giao."))))
                    .as(wardUser).isEqualTo(CommandResult.Refused.of("petition.notFound"));
        }
        // Another ward of the same district, at every level, on the escalating ward's petition.
        for (String neighbour : List.of(otherWard.chair(), otherWard.landOfficer(), otherWard.clerk())) {
            assertThat(signIn.as(neighbour, () -> queries.findDetails(escalated.id()))).as(neighbour).isEmpty();
            assertThat(signIn.as(neighbour, () -> workflow.allowedTransitions(escalated.id()))).as(neighbour).isEmpty();
            assertThat(signIn.as(neighbour, () -> escalations.escalate(new PetitionCommands.Escalate(escalated.id(),
                    1, EscalationTarget.PARENT_UNIT, null, null, null, null))))
                    .as(neighbour).isEqualTo(CommandResult.Refused.of("petition.notFound"));
        }
        for (String districtUser : List.of(district.chair(), district.officer(), district.front())) {
            assertThat(signIn.as(districtUser, () -> queries.findDetails(escalated.id()))).as(districtUser).isEmpty();
            assertThat(signIn.as(districtUser, () -> escalations.recordReply(new PetitionCommands.RecordReply(
                    escalated.id(), 1, "Trả lời.", null, Today.date()))))
                    .as(districtUser).isEqualTo(CommandResult.Refused.of("petition.notFound"));
        }
    }

    @Test
    void a_petition_a_ward_waits_on_is_never_the_one_a_merge_closes() throws Exception {
        TestPetitions.Captured escalated = petitions.received(ward, "Ngập úng tổ 9");
        assertThat(escalateToDistrict(escalated.id(), 0, null).isDone()).isTrue();
        PetitionId copy = linkedPetition(escalated.id());
        CommandResult own = signIn.as(district.clerk(), () -> intake.capture(new IntakeCommands.Capture(
                district.conference(), new DomainId(4), "Ngập úng tổ 9 (cử tri quận)",
                "Đề nghị quận xử lý ngập úng tổ 9.", true,
                List.of(IntakeCommands.Requester.newDelegate("Lê Văn Cử", null, "Tổ 9", null)), false, null, null)));
        PetitionId districtOwn = ((CommandResult.Created) own).id();

        CommandResult closingTheCopy = signIn.as(district.chair(), () -> merges.merge(
                new MergeCommand(districtOwn, 0, copy, 0)));

        assertThat(closingTheCopy).isInstanceOfSatisfying(CommandResult.Refused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("merge.refused.awaitedBelow"));
        assertThat(signIn.as(district.chair(), () -> merges.merge(new MergeCommand(copy, 0, districtOwn, 0))).isDone())
                .as("the copy may survive").isTrue();
    }

    private CommandResult escalateToDistrict(PetitionId id, int version, String note) throws Exception {
        return signIn.as(ward.chair(), () -> escalations.escalate(new PetitionCommands.Escalate(id, version,
                EscalationTarget.PARENT_UNIT, null, null, null, note)));
    }

    /** The district assigns its copy to its department, whose officer starts it and answers. */
    private void answerInDistrict(PetitionId copy, String answer) throws Exception {
        assertThat(signIn.as(district.chair(), () -> workflow.assign(new PetitionCommands.Assign(copy, 0,
                district.department(), Today.date().plusDays(10), "Phòng TNMT tham mưu trả lời.")))
                .isDone()).isTrue();
        assertThat(signIn.as(district.officer(), () -> workflow.start(new PetitionCommands.Start(copy, 1))).isDone())
                .isTrue();
        assertThat(signIn.as(district.officer(), () -> workflow.answer(new PetitionCommands.Answer(copy, 2, answer,
                null, null, List.of()))).isDone()).isTrue();
    }

    private PetitionId linkedPetition(PetitionId escalated) {
        return Optional.ofNullable(dsl.select(ESCALATION.LINKED_PETITION_ID).from(ESCALATION)
                .where(ESCALATION.PETITION_ID.eq(escalated)).fetchOne(ESCALATION.LINKED_PETITION_ID)).orElseThrow();
    }

    private String unitName(Ward ward) {
        return "Phường Thử nghiệm " + ward.suffix();
    }

    /** "username:KIND" of every notification about the petition. */
    private List<String> notified(PetitionId id) {
        return dsl.select(APP_USER.USERNAME, NOTIFICATION.KIND).from(NOTIFICATION)
                .join(APP_USER)
                .on(APP_USER.ID.eq(NOTIFICATION.USER_ID))
                .where(NOTIFICATION.PETITION_ID.eq(id))
                .fetch(r -> r.value1() + ":" + r.value2());
    }
}
