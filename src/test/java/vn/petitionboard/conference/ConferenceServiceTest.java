package vn.petitionboard.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.IntegrationTest;

/** Conferences of the demo ward (2019 and 2020), changes rolled back after each test. */
@IntegrationTest
@Transactional
class ConferenceServiceTest {

    @Autowired
    ConferenceService conferences;

    ConferenceForm form(String title) {
        return new ConferenceForm(ConferenceKind.VOTER_CONTACT, title, LocalDate.of(2021, 6, 1),
                "Nhà văn hóa tổ 5", "Hoàng Văn Lực", null, null, 40, null);
    }

    @Test
    @WithUserDetails("vanthu")
    void the_clerk_records_a_conference_and_it_lists_first_as_the_newest() {
        SaveResult saved = conferences.create(form("Tiếp xúc cử tri giữa năm 2021"));
        assertThat(saved).isInstanceOf(SaveResult.Saved.class);
        assertThat(conferences.list(0, 10)).extracting(ConferenceSummary::heldOn)
                .containsExactly(LocalDate.of(2021, 6, 1), LocalDate.of(2020, 10, 12), LocalDate.of(2019, 10, 15));
        assertThat(conferences.count()).isEqualTo(3);
    }

    @Test
    @WithUserDetails("vanthu")
    void an_edit_with_a_stale_version_is_a_conflict_and_a_fresh_one_saves() {
        ConferenceId id = ((SaveResult.Saved) conferences.create(form("Hội nghị A"))).id();
        assertThat(conferences.update(id, 0, form("Hội nghị A (sửa)"))).isEqualTo(new SaveResult.Saved(id, 1));
        assertThat(conferences.update(id, 0, form("Hội nghị A (sửa lần 2)"))).isInstanceOf(SaveResult.Conflict.class);
        assertThat(conferences.find(id)).get().extracting(ConferenceSummary::title).isEqualTo("Hội nghị A (sửa)");
    }

    @Test
    @WithUserDetails("vanthu")
    void required_fields_and_limits_are_checked_by_the_service() {
        SaveResult result = conferences.create(new ConferenceForm(null, " ", null, "x".repeat(301), null, null,
                null, -1, null));
        assertThat(result).isInstanceOfSatisfying(SaveResult.Invalid.class, invalid -> assertThat(invalid.errors())
                .containsOnlyKeys("kind", "title", "heldOn", "venue", "delegateCount"));
    }

    @Test
    @WithUserDetails("diachinh")
    void an_officer_sees_only_how_many_of_their_own_departments_petitions_a_conference_has() {
        assertThat(conferences.list(0, 10)).extracting(ConferenceSummary::petitionCount).containsExactly(2, 2);
    }

    @Test
    @WithUserDetails("chutich")
    void the_chair_sees_every_petition_of_a_conference_counted() {
        assertThat(conferences.list(0, 10)).extracting(ConferenceSummary::petitionCount).containsExactly(11, 6);
    }

    @Test
    @WithUserDetails("chutich")
    void leaders_read_conferences_but_only_the_clerk_records_them() {
        assertThat(conferences.count()).isEqualTo(2);
        assertThatThrownBy(() -> conferences.create(form("Không được"))).isInstanceOf(AccessDeniedException.class);
    }
}
