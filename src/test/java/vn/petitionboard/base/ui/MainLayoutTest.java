package vn.petitionboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a phone's header shows of the user's name. */
class MainLayoutTest {

    @Test
    void a_phone_shows_the_given_name_the_last_word_of_a_vietnamese_name() {
        assertThat(MainLayout.givenName("Hoàng Văn Lực")).isEqualTo("Lực");
        assertThat(MainLayout.givenName(" Phạm Thị Minh Hồng ")).isEqualTo("Hồng");
        assertThat(MainLayout.givenName("quantri")).isEqualTo("quantri");
        assertThat(MainLayout.givenName(null)).isEmpty();
    }
}
