package vn.petitionboard.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.petitionboard.board.DomainLane;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.PetitionState;

/** A lane's header as markup: the words a person reads, every one of them escaped. */
class LaneSummaryTest {

    @Test
    void the_header_names_the_domain_its_totals_and_each_columns_count() {
        Element summary = parse(lane("Đất đai & GCN QSDĐ", 0, 1, 2, 0, 0, 2));

        assertThat(summary.select(".lane-name").text()).isEqualTo("Đất đai & GCN QSDĐ");
        assertThat(summary.select(".lane-total").text()).isEqualTo("3 chưa giải quyết");
        assertThat(summary.select(".lane-overdue").text()).isEqualTo("2 quá hạn");
        assertThat(summary.select(".lane-count").eachText()).containsExactly("Mới tiếp nhận 0", "Đã giao 1",
                "Đang xử lý 2", "Chuyển cấp trên 0", "Đã trả lời 0");
        assertThat(summary.select(".lane-count.is-zero").eachAttr("data-state"))
                .containsExactly("RECEIVED", "ESCALATED", "ANSWERED");
        assertThat(summary.text()).as("what a screen reader hears as the toggle's name, word after word")
                .isEqualTo("Đất đai & GCN QSDĐ 3 chưa giải quyết 2 quá hạn Mới tiếp nhận 0 Đã giao 1 Đang xử lý 2 "
                        + "Chuyển cấp trên 0 Đã trả lời 0");
    }

    @Test
    void a_lane_without_overdue_petitions_shows_no_overdue_figure() {
        assertThat(parse(lane("Môi trường", 1, 0, 0, 0, 1, 0)).select(".lane-overdue")).isEmpty();
    }

    @Test
    void a_domain_name_typed_with_html_is_shown_as_typed() {
        Element summary = parse(lane("<img src=x onerror=alert(1)> Đô thị", 1, 0, 0, 0, 0, 0));

        assertThat(summary.select("img")).isEmpty();
        assertThat(summary.select(".lane-name").text()).isEqualTo("<img src=x onerror=alert(1)> Đô thị");
    }

    private static Element parse(DomainLane lane) {
        return Jsoup.parseBodyFragment(LaneSummary.html(lane, CardFaceTest.VIETNAMESE)).body().child(0);
    }

    private static DomainLane lane(String name, int received, int assigned, int inProgress, int escalated,
            int answered, int overdue) {
        Map<PetitionState, Integer> counts = new EnumMap<>(PetitionState.class);
        counts.put(PetitionState.RECEIVED, received);
        counts.put(PetitionState.ASSIGNED, assigned);
        counts.put(PetitionState.IN_PROGRESS, inProgress);
        counts.put(PetitionState.ESCALATED, escalated);
        counts.put(PetitionState.ANSWERED, answered);
        return new DomainLane(new DomainId(2), "DD", name, counts, overdue);
    }
}
