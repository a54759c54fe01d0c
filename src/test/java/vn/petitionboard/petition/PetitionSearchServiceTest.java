package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.CommandResult.Created;
import vn.petitionboard.petition.CommandResult.Done;
import vn.petitionboard.petition.IntakeCommands.Requester;

/**
 * The petition list and its diacritics-insensitive search on the demo ward (0100-demo-data.sql). The search covers
 * code, title, content, domain name and delegates' names; captures are rolled back after each test.
 */
@IntegrationTest
@Transactional
class PetitionSearchServiceTest {

    private static final DomainId LAND = new DomainId(2);
    private static final DomainId SITE_CLEARANCE = new DomainId(5);
    private static final DomainId ENVIRONMENT = new DomainId(4);
    private static final ConferenceId CONFERENCE_2019 = new ConferenceId(1);
    private static final ConferenceId CONFERENCE_2020 = new ConferenceId(2);
    private static final ExcelLabels LABELS = new ExcelLabels("Kiến nghị",
            List.of("Mã", "Tiêu đề", "Lĩnh vực", "Bộ phận", "Trạng thái", "Hạn xử lý", "Ngày hội nghị", "Hội nghị",
                    "Nội dung", "Người kiến nghị"),
            state -> "state:" + state.name(), "Danh sách kiến nghị", "Trang");

    @Autowired
    PetitionSearchService search;

    @Autowired
    PetitionIntakeService intake;

    @Test
    @WithUserDetails("chutich")
    void land_petitions_are_found_with_and_without_diacritics_and_in_any_case() {
        List<String> land = List.of("KN-2020-003", "KN-2020-002", "KN-2019-005", "KN-2019-001");
        assertThat(codes("dat dai")).containsExactlyElementsOf(land);
        assertThat(codes("đất đai")).containsExactlyElementsOf(land);
        assertThat(codes("ĐẤT ĐAI")).containsExactlyElementsOf(land);
        assertThat(codes("  Dat   DAI ")).containsExactlyElementsOf(land);
        assertThat(search.count(text("dat dai"))).isEqualTo(4);
        assertThat(search.total(text("dat dai"))).as("under the search's maximum: exact")
                .isEqualTo(ListTotal.exactly(4));
        assertThat(search.total(PetitionListFilter.all())).isEqualTo(ListTotal.exactly(search.count(
                PetitionListFilter.all())));
    }

    @Test
    @WithUserDetails("chutich")
    void site_clearance_is_found_typed_without_diacritics_even_half_typed() {
        List<String> clearance = List.of("KN-2020-009", "KN-2020-008", "KN-2019-004");
        assertThat(codes("giai phong mat bang")).containsExactlyElementsOf(clearance);
        assertThat(codes("giải phóng mặt bằng")).containsExactlyElementsOf(clearance);
        assertThat(codes("giai phong mat b")).containsExactlyElementsOf(clearance);
        // Words from the content only: KN-2020-008's "đẩy nhanh tiến độ giải phóng mặt bằng".
        assertThat(codes("day nhanh tien do")).containsExactly("KN-2020-008");
    }

    @Test
    @WithUserDetails("chutich")
    void a_delegate_is_found_by_name_without_diacritics() {
        assertThat(codes("tran thi lan")).containsExactly("KN-2020-007", "KN-2020-004");
        assertThat(codes("Đặng Quốc Toàn")).containsExactly("KN-2019-003");
        assertThat(codes("dang quoc toan")).containsExactly("KN-2019-003");
    }

    @Test
    @WithUserDetails("chutich")
    void a_code_is_found_whole_or_in_lower_case() {
        assertThat(codes("KN-2020-004")).containsExactly("KN-2020-004");
        assertThat(codes("kn 2020 004")).containsExactly("KN-2020-004");
        assertThat(codes("KN-2019")).hasSize(6);
    }

    @Test
    @WithUserDetails("chutich")
    void no_match_gives_an_empty_list_and_a_zero_count() {
        assertThat(codes("khong co kien nghi nao nhu the")).isEmpty();
        assertThat(search.count(text("xyzw"))).isZero();
        // Words must all be there: "đất" alone is in several petitions, "camera" in one other.
        assertThat(codes("dat camera")).isEmpty();
    }

    @Test
    @WithUserDetails("chutich")
    void the_list_holds_every_petition_resolved_ones_too_newest_code_first() {
        List<PetitionListRow> all = search.page(PetitionListFilter.all(), 0, 100);
        assertThat(all).hasSize(17);
        assertThat(search.count(PetitionListFilter.all())).isEqualTo(17);
        assertThat(all.getFirst().code()).isEqualTo("KN-2020-011");
        assertThat(all.getLast().code()).isEqualTo("KN-2019-001");
        assertThat(all).extracting(PetitionListRow::state).contains(PetitionState.RESOLVED);
        assertThat(search.page(PetitionListFilter.all(), 15, 10)).extracting(PetitionListRow::code)
                .containsExactly("KN-2019-002", "KN-2019-001");
    }

    @Test
    @WithUserDetails("chutich")
    void filters_narrow_by_year_conference_domain_state_escalation_and_overdue() {
        var all = PetitionListFilter.all();
        assertThat(codes(all.withYear(2019))).hasSize(6).allMatch(c -> c.startsWith("KN-2019-"));
        assertThat(codes(all.withConference(CONFERENCE_2020))).hasSize(11);
        assertThat(codes(all.withConference(CONFERENCE_2019).withYear(2020))).isEmpty();
        assertThat(codes(all.withDomain(SITE_CLEARANCE))).containsExactly("KN-2020-009", "KN-2020-008",
                "KN-2019-004");
        assertThat(codes(all.withState(PetitionState.RESOLVED))).containsExactly("KN-2020-011", "KN-2019-003",
                "KN-2019-002", "KN-2019-001");
        assertThat(codes(all.withEscalated(true))).containsExactly("KN-2020-009", "KN-2020-008", "KN-2019-004");
        assertThat(codes(all.withDomain(ENVIRONMENT).withText("muong"))).containsExactly("KN-2020-007",
                "KN-2019-002");
    }

    @Test
    @WithUserDetails("chutich")
    void the_overdue_filter_is_the_same_rule_as_the_red_deadline() {
        LocalDate today = search.today();
        List<String> expected = search.page(PetitionListFilter.all(), 0, 100).stream()
                .filter(row -> row.isOverdue(today)).map(PetitionListRow::code).toList();
        assertThat(expected).contains("KN-2020-004").doesNotContain("KN-2019-004", "KN-2019-001");
        assertThat(codes(PetitionListFilter.all().withOverdue(true))).containsExactlyElementsOf(expected);
    }

    @Test
    @WithUserDetails("diachinh")
    void an_officer_never_sees_another_departments_petition_in_the_list_search_or_export() throws IOException {
        assertThat(codes(PetitionListFilter.all())).containsExactly("KN-2020-003", "KN-2020-002", "KN-2019-005",
                "KN-2019-001");
        assertThat(search.count(PetitionListFilter.all())).isEqualTo(4);
        assertThat(codes("KN-2020-004")).isEmpty();
        assertThat(codes("tran thi lan")).isEmpty();
        assertThat(codes("lan chiem via he")).isEmpty();
        assertThat(search.count(text("ngo 143"))).isZero();
        assertThat(codes("dat dai")).hasSize(4);
        try (var workbook = export(PetitionListFilter.all())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            List<String> exported = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                exported.add(sheet.getRow(i).getCell(0).getStringCellValue());
            }
            assertThat(exported).doesNotContain("KN-2020-004").containsExactly("KN-2020-003", "KN-2020-002",
                    "KN-2019-005", "KN-2019-001");
        }
        try (var workbook = export(text("KN-2020-004"))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    @Test
    @WithUserDetails("chutich")
    void the_export_is_the_current_filtered_list_with_bold_headers_and_real_dates() throws IOException {
        try (var workbook = export(PetitionListFilter.all().withDomain(LAND))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Kiến nghị");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Mã");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Hạn xử lý");
            assertThat(header.getLastCellNum()).isEqualTo((short) 10);
            assertThat(header.getCell(9).getStringCellValue()).isEqualTo("Người kiến nghị");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(4);

            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("KN-2020-003");
            assertThat(first.getCell(1).getStringCellValue())
                    .isEqualTo("Hướng dẫn thủ tục cấp GCN cho đất giao trái thẩm quyền");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Đất đai & GCN QSDĐ");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("state:IN_PROGRESS");
            var deadline = first.getCell(5);
            assertThat(deadline.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
            assertThat(deadline.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 1, 29));
            assertThat(deadline.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(first.getCell(6).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2020, 10, 12));
            assertThat(first.getCell(8).getStringCellValue()).as("the content")
                    .startsWith("Nhiều hộ sử dụng đất được giao trái thẩm quyền trước năm 1993 chưa biết thủ tục.");
            assertThat(first.getCell(9).getStringCellValue()).as("who raised it")
                    .isEqualTo("Cao Thị Bích (Tổ dân phố số 2)");
        }
    }

    @Test
    @WithUserDetails("vanthu")
    void every_write_of_searchable_text_keeps_the_search_up_to_date() {
        CommandResult captured = intake.capture(new IntakeCommands.Capture(CONFERENCE_2020, ENVIRONMENT, null,
                "Đề nghị nạo vét cống thoát nước ngõ 88 trước mùa bão.", true,
                List.of(Requester.newDelegate("Phan Văn Mới", null, "Tổ dân phố số 6", null)), false, null, null));
        assertThat(captured).isInstanceOf(Created.class);
        PetitionId id = ((Created) captured).id();
        assertThat(codes("cong thoat nuoc ngo 88")).containsExactly("KN-2020-012");
        assertThat(codes("phan van moi")).containsExactly("KN-2020-012");

        CommandResult edited = intake.edit(new IntakeCommands.Edit(id, 0, ENVIRONMENT, "Cây xanh đổ ngõ 88",
                "Cây xà cừ ở ngõ 88 nghiêng, có nguy cơ đổ khi mưa bão.", true));
        assertThat(edited).isInstanceOf(Done.class);
        assertThat(codes("cong thoat nuoc ngo 88")).isEmpty();
        assertThat(codes("cay xa cu")).containsExactly("KN-2020-012");

        CommandResult added = intake.addRequester(new IntakeCommands.AddRequester(id, ((Done) edited).version(),
                Requester.newDelegate("Lưu Thị Đào", null, null, null)));
        assertThat(added).isInstanceOf(Done.class);
        assertThat(codes("luu thi dao")).containsExactly("KN-2020-012");
    }

    @Test
    @WithUserDetails("quantri")
    void the_administrator_may_not_list_petitions() {
        assertThatThrownBy(() -> search.page(PetitionListFilter.all(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> search.exportXlsx(PetitionListFilter.all(), LABELS, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private XSSFWorkbook export(PetitionListFilter filter) throws IOException {
        var out = new ByteArrayOutputStream();
        search.exportXlsx(filter, LABELS, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static PetitionListFilter text(String text) {
        return PetitionListFilter.all().withText(text);
    }

    private List<String> codes(String text) {
        return codes(text(text));
    }

    private List<String> codes(PetitionListFilter filter) {
        return search.page(filter, 0, 100).stream().map(PetitionListRow::code).toList();
    }
}
