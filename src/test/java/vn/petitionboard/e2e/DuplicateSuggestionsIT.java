package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.PETITION;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestPetitions.Captured;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/**
 * While the clerk types a petition, an open one of the ward with the same words is suggested; the clerk adds the
 * delegate being typed to it instead of recording it twice. A ward of its own, the existing petition recorded through
 * the services.
 */
class DuplicateSuggestionsIT extends BrowserTest {

    private static final String EXISTING = "Sửa đèn chiếu sáng ngõ 143 Ngọc Lâm";

    @Autowired
    private TestWards wards;
    @Autowired
    private TestPetitions petitions;
    @Autowired
    private DSLContext dsl;

    @Test
    void the_clerk_adds_the_delegate_to_the_suggested_petition_instead_of_a_new_one() throws Exception {
        Ward ward = wards.create();
        Captured existing = petitions.received(ward, EXISTING);

        LoginPage.open(driver, baseUrl()).loginAs(ward.clerk(), TestWards.PASSWORD);
        driver.get(baseUrl() + "/conferences/" + ward.conference().value() + "/capture");
        CapturePage capture = new CapturePage(driver, baseUrl());
        assertThat(capture.duplicatesShown()).as("nothing typed, nothing suggested").isFalse();

        capture.newDelegate("Trần Thị Hoa", "Tổ 5").title("Đèn chiếu sáng ngõ 143 bị hỏng");

        assertThat(capture.duplicateCodes()).containsExactly(existing.code());
        assertThat(capture.duplicate(existing.code())).contains(EXISTING, "Mới tiếp nhận", "1 người kiến nghị",
                "Thêm người kiến nghị vào " + existing.code());
        assertThat(capture.duplicateLink(existing.code())).isEqualTo("petitions/" + existing.id().value() + " _blank");
        assertThat(Axe.seriousViolations(driver)).as("the capture page with a suggestion").isEmpty();
        capture.duplicatesScreenshots("capture-duplicates");

        assertThat(capture.attachWithKeyboard(existing.code()))
                .isEqualTo("Đã thêm người kiến nghị vào " + existing.code());
        assertThat(capture.typedTitle()).as("ready for the next speaker").isEmpty();
        assertThat(capture.duplicatesShown()).isFalse();
        assertThat(dsl.fetchCount(PETITION, PETITION.UNIT_ID.eq(ward.unit()))).as("no new petition").isEqualTo(1);

        PetitionPage page = PetitionPage.open(driver, baseUrl(), existing.id().value());
        assertThat(page.requesterNames()).containsExactly("Nguyễn Văn Bình", "Trần Thị Hoa");
    }
}
