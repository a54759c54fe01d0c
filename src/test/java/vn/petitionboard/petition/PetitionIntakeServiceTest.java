package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.petitionboard.jooq.Tables.DELEGATE;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_HISTORY;
import static vn.petitionboard.jooq.Tables.PETITION_REQUESTER;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.conference.DelegateId;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.CommandResult.Created;
import vn.petitionboard.petition.CommandResult.Invalid;
import vn.petitionboard.petition.IntakeCommands.Requester;

/** Intake on the demo ward, rolled back after each test. The 2020 conference's last code is KN-2020-011. */
@IntegrationTest
@Transactional
class PetitionIntakeServiceTest {

    static final ConferenceId CONFERENCE_2020 = new ConferenceId(2);
    static final DomainId ENVIRONMENT = new DomainId(4);
    static final DelegateId TRAN_THI_LAN = new DelegateId(2);

    @Autowired
    PetitionIntakeService intake;

    @Autowired
    DSLContext dsl;

    IntakeCommands.Capture capture(List<Requester> requesters, boolean onTheSpot, String answer, String speaker) {
        return new IntakeCommands.Capture(CONFERENCE_2020, ENVIRONMENT, null,
                "Đề nghị lắp thêm thùng rác công cộng ở đầu ngõ 143, vì rác thường bị đổ bừa bãi ra vỉa hè.", true,
                requesters, onTheSpot, answer, speaker);
    }

    @Test
    @WithUserDetails("vanthu")
    void the_clerk_records_a_petition_with_the_next_code_of_the_conference_year_and_a_derived_title() {
        CommandResult result = intake.capture(capture(List.of(Requester.existing(TRAN_THI_LAN),
                Requester.newDelegate("Phan Văn Mới", "Hội Cựu chiến binh phường", "Tổ dân phố số 6", null)),
                false, null, null));

        assertThat(result).isInstanceOfSatisfying(Created.class, c -> assertThat(c.code()).isEqualTo("KN-2020-012"));
        PetitionId id = ((Created) result).id();
        var row = dsl.selectFrom(PETITION).where(PETITION.ID.eq(id)).fetchOne();
        assertThat(row.getState()).isEqualTo(PetitionState.RECEIVED);
        assertThat(row.getTitle()).startsWith("Đề nghị lắp thêm thùng rác").endsWith("…");
        assertThat(dsl.fetchCount(PETITION_REQUESTER, PETITION_REQUESTER.PETITION_ID.eq(id))).isEqualTo(2);
        assertThat(dsl.fetchExists(DELEGATE, DELEGATE.FULL_NAME.eq("Phan Văn Mới"))).isTrue();
        assertThat(dsl.select(PETITION_HISTORY.EVENT_TYPE).from(PETITION_HISTORY)
                .where(PETITION_HISTORY.PETITION_ID.eq(id)).fetch(PETITION_HISTORY.EVENT_TYPE))
                .containsExactly(HistoryEvent.RECEIVED);
    }

    @Test
    @WithUserDetails("vanthu")
    void a_petition_answered_on_the_spot_is_recorded_as_answered_with_the_leader_who_answered() {
        CommandResult result = intake.capture(capture(List.of(Requester.existing(TRAN_THI_LAN)), true,
                "Phường sẽ bố trí thùng rác trong tuần tới.", "Hoàng Văn Lực – Chủ tịch UBND phường"));
        PetitionId id = ((Created) result).id();
        assertThat(dsl.select(PETITION.STATE).from(PETITION).where(PETITION.ID.eq(id)).fetchOne(PETITION.STATE))
                .isEqualTo(PetitionState.ANSWERED);
        assertThat(dsl.select(PETITION_HISTORY.EVENT_TYPE).from(PETITION_HISTORY)
                .where(PETITION_HISTORY.PETITION_ID.eq(id)).orderBy(PETITION_HISTORY.ID)
                .fetch(PETITION_HISTORY.EVENT_TYPE)).containsExactly(HistoryEvent.RECEIVED,
                        HistoryEvent.ANSWERED_ON_THE_SPOT);
    }

    @Test
    @WithUserDetails("vanthu")
    void missing_content_delegate_and_answer_are_reported_at_their_fields_and_nothing_is_written() {
        int before = dsl.fetchCount(PETITION);
        CommandResult result = intake.capture(new IntakeCommands.Capture(CONFERENCE_2020, ENVIRONMENT, null, " ",
                true, List.of(Requester.newDelegate("", null, null, null)), true, "", ""));
        assertThat(result).isInstanceOfSatisfying(Invalid.class, i -> assertThat(i.errors())
                .containsOnlyKeys("content", "delegateName", "answer", "speakerName"));
        assertThat(dsl.fetchCount(PETITION)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("vanthu")
    void content_and_delegate_of_only_invisible_characters_are_empty_and_nothing_is_written() {
        int before = dsl.fetchCount(PETITION);
        CommandResult result = intake.capture(new IntakeCommands.Capture(CONFERENCE_2020, ENVIRONMENT,
                "\u200B\u200B", "\u200B\u2060\uFEFF\u00A0", true,
                List.of(Requester.newDelegate("\u200B\u202E\u3164", null, null, null)), false, null, null));
        assertThat(result).isInstanceOfSatisfying(Invalid.class, i -> {
            assertThat(i.errors()).containsOnlyKeys("content", "delegateName");
            assertThat(i.errors().values()).allSatisfy(e -> assertThat(e.messageKey())
                    .isEqualTo("validation.required"));
        });
        assertThat(dsl.fetchCount(PETITION)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("vanthu")
    void bidi_controls_are_removed_from_a_new_delegates_name() {
        CommandResult result = intake.capture(new IntakeCommands.Capture(CONFERENCE_2020, ENVIRONMENT, null,
                "Đề nghị sửa đèn chiếu sáng ngõ 12.", true,
                List.of(Requester.newDelegate("Lê\u202E Văn\u2066 Bình\u200F", null, null, null)), false, null,
                null));
        assertThat(result).isInstanceOf(Created.class);
        assertThat(dsl.fetchExists(DELEGATE, DELEGATE.FULL_NAME.eq("Lê Văn Bình"))).isTrue();
    }

    @Test
    @WithUserDetails("vanthu")
    void the_clerk_edits_a_petition_until_it_is_assigned() {
        PetitionId received = new PetitionId(13);
        PetitionId assigned = new PetitionId(8);
        assertThat(intake.edit(new IntakeCommands.Edit(received, 0, ENVIRONMENT, "Mùi hôi mương tổ 8",
                "Nội dung đã sửa", true)).isDone()).isTrue();
        assertThat(intake.edit(new IntakeCommands.Edit(assigned, 0, ENVIRONMENT, "Sửa", "Sửa", true)))
                .isInstanceOfSatisfying(CommandResult.Refused.class,
                        r -> assertThat(r.messageKey()).isEqualTo("intake.refused.notEditable"));
    }

    @Test
    @WithUserDetails("vanthu")
    void a_second_delegate_raising_the_same_issue_is_added_once() {
        PetitionId received = new PetitionId(13);
        assertThat(intake.addRequester(new IntakeCommands.AddRequester(received, 0,
                Requester.existing(new DelegateId(12)))).isDone()).isTrue();
        assertThat(intake.addRequester(new IntakeCommands.AddRequester(received, 1,
                Requester.existing(new DelegateId(12))))).isInstanceOf(CommandResult.Refused.class);
        assertThat(dsl.select(PETITION.VERSION).from(PETITION).where(PETITION.ID.eq(received))
                .fetchOne(PETITION.VERSION)).as("a refusal writes nothing").isEqualTo(1);
    }

    @Test
    @WithUserDetails("hatang")
    void only_the_clerk_records_petitions() {
        assertThatThrownBy(() -> intake.capture(capture(List.of(Requester.existing(TRAN_THI_LAN)), false, null,
                null))).isInstanceOf(AccessDeniedException.class);
    }
}
