package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.text.Normalizer;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestPetitions.Captured;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/** Suggestions while the clerk captures: open petitions of their own unit sharing telling words. Rolled back. */
@IntegrationTest
@Transactional
class LikelyDuplicatesTest {

    private static final String LAMP = "Sửa đèn chiếu sáng ngõ 143 Ngọc Lâm";

    @Autowired
    PetitionIntakeService intake;
    @Autowired
    TestWards wards;
    @Autowired
    TestPetitions petitions;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext dsl;

    private List<LikelyDuplicate> suggested(Ward ward, String title, String content) throws Exception {
        return signIn.as(ward.clerk(), () -> intake.likelyDuplicates(title, content, 5));
    }

    @Test
    void an_open_petition_of_the_unit_with_similar_words_is_suggested_with_its_facts() throws Exception {
        Ward ward = wards.create();
        Captured lamp = petitions.received(ward, LAMP);

        List<LikelyDuplicate> found = suggested(ward, "Đèn chiếu sáng ngõ 143 bị hỏng", null);

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(lamp.id());
            assertThat(d.code()).isEqualTo(lamp.code());
            assertThat(d.title()).isEqualTo(LAMP);
            assertThat(d.state()).isEqualTo(PetitionState.RECEIVED);
            assertThat(d.requesterCount()).isEqualTo(1);
            assertThat(d.domainName()).isNotBlank();
            // đèn, chiếu, sáng, ngõ, 143 ("bị" and "hỏng" are common or absent)
            assertThat(d.matchedWords()).isEqualTo(5);
        });
    }

    @Test
    void a_title_typed_without_tones_or_decomposed_still_matches() throws Exception {
        Ward ward = wards.create();
        Captured lamp = petitions.received(ward, LAMP);

        assertThat(suggested(ward, "den chieu sang ngo 143", null)).extracting(LikelyDuplicate::id)
                .containsExactly(lamp.id());
        String decomposed = Normalizer.normalize("Đèn chiếu sáng ở Ngọc Lâm", Normalizer.Form.NFD);
        assertThat(suggested(ward, decomposed, null)).extracting(LikelyDuplicate::id).containsExactly(lamp.id());
    }

    @Test
    void another_wards_and_resolved_petitions_are_never_suggested() throws Exception {
        Ward ward = wards.create();
        Ward other = wards.create();
        petitions.received(other, LAMP);
        Captured resolved = petitions.received(ward, LAMP);
        // Resolution itself is the workflow's business; here only the state matters.
        dsl.update(PETITION).set(PETITION.STATE, PetitionState.RESOLVED).where(PETITION.ID.eq(resolved.id()))
                .execute();

        assertThat(suggested(ward, LAMP, null)).isEmpty();
        assertThat(suggested(other, LAMP, null)).as("the other ward sees its own").hasSize(1);
    }

    @Test
    void one_shared_word_or_only_common_words_suggest_nothing() throws Exception {
        Ward ward = wards.create();
        petitions.received(ward, LAMP);

        assertThat(suggested(ward, "Rác thải ở ngõ chợ", null)).as("only 'ngõ' is shared").isEmpty();
        assertThat(suggested(ward, "Đề nghị phường kiểm tra và trả lời", null)).as("common words only").isEmpty();
    }

    @Test
    void the_everyday_words_of_petitions_make_no_match() throws Exception {
        Ward ward = wards.create();
        petitions.received(ward, "Cấp GCN cho 6 hộ tổ dân phố 12");

        assertThat(suggested(ward, "Bồi thường GPMB dự án đường 40 m qua tổ 20",
                "Đề nghị xem xét lại đơn giá bồi thường cho các hộ gia đình tổ dân phố số 20")).isEmpty();
    }

    @Test
    void the_content_counts_too_and_more_shared_words_come_first() throws Exception {
        Ward ward = wards.create();
        Captured lamp = petitions.received(ward, LAMP);
        Captured street = petitions.received(ward, "Lắp đèn ngõ 50 phố Ngọc Lâm");

        List<LikelyDuplicate> found = suggested(ward, "Đèn hỏng", "Ngõ 143 Ngọc Lâm tối, đèn chiếu sáng không sáng");

        assertThat(found).extracting(LikelyDuplicate::id).containsExactly(lamp.id(), street.id());
        assertThat(found.get(0).matchedWords()).isGreaterThan(found.get(1).matchedWords());
    }

    @Test
    void html_and_over_long_text_are_only_words() throws Exception {
        Ward ward = wards.create();
        Captured lamp = petitions.received(ward, LAMP);

        String html = "<b>đèn</b> <script>alert(1)</script> chiếu sáng " + "x".repeat(50_000);
        assertThat(suggested(ward, html, html)).extracting(LikelyDuplicate::id).containsExactly(lamp.id());
    }

    @Test
    void only_the_clerk_is_offered_suggestions() throws Exception {
        Ward ward = wards.create();
        assertThatThrownBy(() -> signIn.as(ward.chair(), () -> intake.likelyDuplicates(LAMP, null, 5)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
