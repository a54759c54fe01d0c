package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestPetitions.Captured;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/**
 * Two delegates raised the same issue and the clerk recorded it twice; on the newer one's page the clerk merges it
 * into the older one. A ward of its own, the petitions recorded through the services.
 */
class MergeJourneyIT extends BrowserTest {

    @Autowired
    private TestWards wards;
    @Autowired
    private TestPetitions petitions;

    @Test
    void the_clerk_merges_two_duplicates_raised_by_different_delegates() throws Exception {
        Ward ward = wards.create();
        Captured older = petitions.received(ward, "Sửa đèn chiếu sáng ngõ 143 Ngọc Lâm", "Nguyễn Văn Bình");
        Captured newer = petitions.received(ward, "Đèn ngõ 143 Ngọc Lâm hỏng cả tháng", "Trần Thị Hoa");

        LoginPage.open(driver, baseUrl()).loginAs(ward.clerk(), TestWards.PASSWORD);
        PetitionPage page = PetitionPage.open(driver, baseUrl(), newer.id().value());
        MergeDialogPage dialog = page.merge().pick("ngoc lam", older.code());

        assertThat(dialog.survivorChoices()).containsExactly(newer.code(), older.code() + " (cũ hơn)");
        assertThat(dialog.survivorChosen()).as("the older code carries on unless changed")
                .isEqualTo(older.code() + " (cũ hơn)");
        assertThat(dialog.explanation()).startsWith("Giữ " + older.code() + ". Mọi người kiến nghị của "
                + newer.code() + " được thêm vào " + older.code()).contains("mở " + newer.code() + " sẽ chuyển sang "
                + older.code());
        assertThat(dialog.confirmLabel()).isEqualTo("Gộp vào " + older.code());
        assertThat(Axe.seriousViolations(driver)).as("the merge dialog").isEmpty();
        dialog.screenshots("merge-dialog");

        PetitionPage survivor = dialog.confirm(older.id().value());
        assertThat(survivor.code()).isEqualTo(older.code());
        assertThat(survivor.requesterNames()).containsExactly("Nguyễn Văn Bình", "Trần Thị Hoa");
        assertThat(survivor.historyEvents()).containsExactly("RECEIVED", "RECEIVED", "MERGED_INTO", "MERGED_FROM");
        assertThat(survivor.historyOrigins()).containsExactly("", newer.code(), newer.code(), "");
        assertThat(survivor.historyDetails()).contains("Đã gộp vào " + older.code(),
                "Đã gộp " + newer.code() + " vào kiến nghị này (thêm 1 người kiến nghị)");

        PetitionPage merged = PetitionPage.open(driver, baseUrl(), newer.id().value());
        assertThat(merged.code()).isEqualTo(older.code());
        assertThat(merged.currentUrl()).isEqualTo(baseUrl() + "/petitions/" + older.id().value() + "?merged="
                + newer.id().value());
        assertThat(merged.mergedNotice())
                .isEqualTo("Kiến nghị " + newer.code() + " đã gộp vào " + older.code() + ". Đây là trang của "
                        + older.code() + ".");
        assertThat(Axe.seriousViolations(driver)).as("the merged code's page").isEmpty();
        merged.screenshotsAtBothWidths("merge-redirected");
    }
}
