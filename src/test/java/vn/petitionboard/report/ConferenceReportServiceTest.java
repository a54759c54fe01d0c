package vn.petitionboard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestWards;

/**
 * The demo ward's 2020 conference (KN-2020-001…011) plus the 2019 petitions still open: KN-2019-004 (escalated),
 * KN-2019-005 (returned by the Front on 10/09/2020) and KN-2019-006 (answered 25/09/2020); KN-2019-001…003 were
 * resolved by March 2020. Every demo event happened by 20/11/2020, so "today" and 31/12/2020 agree, and 20/10/2020
 * is the day the states differ.
 */
@IntegrationTest
class ConferenceReportServiceTest {

    static final ConferenceId CONFERENCE_2019 = new ConferenceId(1);
    static final ConferenceId CONFERENCE_2020 = new ConferenceId(2);
    static final LocalDate END_OF_2020 = LocalDate.of(2020, 12, 31);
    static final LocalDate MID_OCTOBER_2020 = LocalDate.of(2020, 10, 20);

    @Autowired
    ConferenceReportService reports;
    @Autowired
    TestWards wards;
    @Autowired
    SignIn signIn;

    @Test
    @WithUserDetails("chutich")
    void the_2020_report_lists_its_eleven_petitions_then_the_2019_ones_still_open() {
        ConferenceReport report = reports.report(CONFERENCE_2020, reports.today()).orElseThrow();

        assertThat(report.rows()).extracting(ReportRow::code).containsExactly(
                "KN-2020-001", "KN-2020-002", "KN-2020-003", "KN-2020-004", "KN-2020-005", "KN-2020-006",
                "KN-2020-007", "KN-2020-008", "KN-2020-009", "KN-2020-010", "KN-2020-011",
                "KN-2019-004", "KN-2019-005", "KN-2019-006");
        assertThat(report.conferenceRows()).hasSize(11);
        assertThat(report.earlierRows()).extracting(ReportRow::code, ReportRow::state).containsExactly(
                tuple("KN-2019-004", PetitionState.ESCALATED), tuple("KN-2019-005", PetitionState.IN_PROGRESS),
                tuple("KN-2019-006", PetitionState.ANSWERED));
        assertThat(report.heading().unitName()).isEqualTo("Phường Thượng Thanh");
        assertThat(report.heading().parentUnitName()).isEqualTo("Quận Long Biên");
        assertThat(report.heading().chairName()).isEqualTo("Hoàng Văn Lực");
    }

    @Test
    @WithUserDetails("chutich")
    void states_dates_and_texts_at_the_end_of_2020() {
        Map<String, ReportRow> rows = byCode(reports.report(CONFERENCE_2020, END_OF_2020).orElseThrow());

        assertThat(rows.get("KN-2020-001").state()).isEqualTo(PetitionState.ANSWERED);
        assertThat(rows.get("KN-2020-001").outcome()).startsWith("Trả lời tại hội nghị (Phạm Thị Minh Hồng");
        assertThat(rows.get("KN-2020-002").delegates()).isEqualTo("Lê Văn Hùng, Hoàng Thị Ngọc");
        assertThat(rows.get("KN-2020-002").departmentName()).isEqualTo("Địa chính – Xây dựng");
        assertThat(rows.get("KN-2020-002").deadline()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(rows.get("KN-2020-003").outcome()).startsWith("Đã tổ chức hướng dẫn tại tổ 2 và tổ 4")
                .contains("40%");
        assertThat(rows.get("KN-2020-006").answeredOn()).isEqualTo(LocalDate.of(2020, 11, 5));
        assertThat(rows.get("KN-2020-008").outcome()).startsWith("Đã chuyển UBND quận Long Biên")
                .contains("402/BC-UBND");
        assertThat(rows.get("KN-2020-011").state()).isEqualTo(PetitionState.RESOLVED);
        assertThat(rows.get("KN-2020-011").resolvedOn()).isEqualTo(LocalDate.of(2020, 10, 30));
        // Returned by the Front on 10/09/2020 with a new deadline: the return is the latest word, not the old answer.
        assertThat(rows.get("KN-2019-005").outcome()).startsWith("MTTQ đề nghị tiếp tục giải quyết");
        assertThat(rows.get("KN-2019-005").deadline()).isEqualTo(LocalDate.of(2020, 11, 30));
        assertThat(rows.get("KN-2019-005").answeredOn()).isNull();
    }

    @Test
    @WithUserDetails("chutich")
    void on_20_october_2020_each_petition_is_in_the_state_its_history_gave_it_then() {
        ConferenceReport report = reports.report(CONFERENCE_2020, MID_OCTOBER_2020).orElseThrow();
        Map<String, PetitionState> states = report.rows().stream()
                .collect(Collectors.toMap(ReportRow::code, ReportRow::state));

        assertThat(states).containsEntry("KN-2020-003", PetitionState.ASSIGNED)   // started 26/10
                .containsEntry("KN-2020-006", PetitionState.IN_PROGRESS)           // answered 05/11
                .containsEntry("KN-2020-009", PetitionState.RECEIVED)              // escalated 21/10
                .containsEntry("KN-2020-011", PetitionState.ANSWERED)              // accepted 30/10
                .containsEntry("KN-2020-004", PetitionState.IN_PROGRESS)           // started 20/10 10:00
                .hasSize(14);
        Map<String, ReportRow> rows = byCode(report);
        assertThat(rows.get("KN-2020-004").outcome()).as("progress of 02/11 not yet known")
                .startsWith("Chỉ đạo: Chủ trì cùng Công an phường");
        assertThat(rows.get("KN-2020-006").answeredOn()).isNull();
        assertThat(rows.get("KN-2020-011").resolvedOn()).isNull();
        assertThat(rows.get("KN-2020-009").departmentName()).isNull();
    }

    @Test
    @WithUserDetails("chutich")
    void before_the_conference_only_earlier_petitions_still_open_are_listed() {
        ConferenceReport report = reports.report(CONFERENCE_2020, LocalDate.of(2020, 10, 11)).orElseThrow();

        assertThat(report.conferenceRows()).isEmpty();
        assertThat(report.rows()).extracting(ReportRow::code)
                .containsExactly("KN-2019-004", "KN-2019-005", "KN-2019-006");
    }

    @Test
    @WithUserDetails("chutich")
    void the_2019_report_early_in_2020_shows_the_older_answer_and_deadline() {
        Map<String, ReportRow> rows = byCode(reports.report(CONFERENCE_2019, LocalDate.of(2020, 3, 1))
                .orElseThrow());

        assertThat(rows).hasSize(6);
        assertThat(rows.get("KN-2019-001").state()).isEqualTo(PetitionState.ANSWERED);
        assertThat(rows.get("KN-2019-002").state()).isEqualTo(PetitionState.RESOLVED);
        assertThat(rows.get("KN-2019-005").state()).isEqualTo(PetitionState.IN_PROGRESS);
        assertThat(rows.get("KN-2019-005").deadline()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(rows.get("KN-2019-005").outcome()).startsWith("Đã đo đạc lại hiện trạng thửa đất")
                .contains("60%");
    }

    @Test
    @WithUserDetails("chutich")
    void the_summary_counts_each_domain_by_state() {
        ReportSummary summary = reports.report(CONFERENCE_2020, END_OF_2020).orElseThrow().summary();
        Map<String, ReportSummary.Line> lines = summary.lines().stream()
                .collect(Collectors.toMap(ReportSummary.Line::domainName, l -> l));

        assertThat(summary.lines()).extracting(ReportSummary.Line::domainName).containsExactly("Xây dựng Đảng",
                "Đất đai & GCN QSDĐ", "Trật tự đô thị", "Môi trường", "Giải phóng mặt bằng", "An ninh trật tự",
                "Văn hóa – Xã hội");
        assertThat(lines.get("Xây dựng Đảng").counts()).containsOnly(Map.entry(PetitionState.ANSWERED, 1),
                Map.entry(PetitionState.RESOLVED, 1));
        assertThat(lines.get("Đất đai & GCN QSDĐ").counts()).containsOnly(Map.entry(PetitionState.ASSIGNED, 1),
                Map.entry(PetitionState.IN_PROGRESS, 2));
        assertThat(lines.get("Giải phóng mặt bằng").counts()).containsOnly(Map.entry(PetitionState.ESCALATED, 3));
        assertThat(lines.get("Môi trường").total()).isEqualTo(2);
        assertThat(summary.total().total()).isEqualTo(14);
        assertThat(summary.total().count(PetitionState.RESOLVED)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("mattran")
    void the_front_and_the_clerk_may_read_the_report() {
        assertThat(reports.report(CONFERENCE_2020, END_OF_2020)).isPresent();
        assertThat(reports.conferences()).extracting(ConferenceOption::id)
                .containsExactly(CONFERENCE_2020, CONFERENCE_2019);
    }

    @Test
    @WithUserDetails("diachinh")
    void an_officer_is_denied() {
        assertThatThrownBy(() -> reports.report(CONFERENCE_2020, END_OF_2020))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.docx(CONFERENCE_2020, END_OF_2020))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("quantri")
    void an_administrator_is_denied() {
        assertThatThrownBy(() -> reports.conferences()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @Transactional
    void another_wards_chair_neither_lists_nor_reports_the_demo_conferences() throws Exception {
        TestWards.Ward ward = wards.create();

        signIn.as(ward.chair(), () -> {
            assertThat(reports.conferences()).extracting(ConferenceOption::id).containsExactly(ward.conference());
            assertThat(reports.report(CONFERENCE_2020, END_OF_2020)).isEmpty();
            assertThat(reports.xlsx(CONFERENCE_2020, END_OF_2020)).isEmpty();
            return null;
        });
    }

    static Map<String, ReportRow> byCode(ConferenceReport report) {
        return report.rows().stream().collect(Collectors.toMap(ReportRow::code, r -> r));
    }
}
