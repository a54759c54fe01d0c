package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/**
 * The board by domain, on a ward of its own (a card is moved): seven petitions in three domains, three of them late.
 * The chairman switches from the columns to the lanes, reads each lane's counts, opens a lane with the keyboard and
 * moves a card there with the "Chuyển…" menu; and the same page on a phone.
 */
class DomainBoardIT extends BrowserTest {

    private static final DomainId LAND = new DomainId(2);
    private static final DomainId ENVIRONMENT = new DomainId(4);
    private static final DomainId SITE_CLEARANCE = new DomainId(5);

    @Autowired
    TestWards wards;
    @Autowired
    DSLContext dsl;

    private Ward ward;
    private int seq;
    private String assignedLate;
    private String dueLater;
    private String inProgressLate;
    private String receivedFirst;
    private String receivedSecond;

    @BeforeEach
    void seed() {
        ward = wards.create();
        LocalDate today = LocalDate.now();
        LocalDateTime now = LocalDateTime.now();
        assignedLate = insert(LAND, PetitionState.ASSIGNED, today.minusDays(5), now.minusDays(10));
        // Waiting longest in its column, but not late: the lane lists the late card above it.
        dueLater = insert(LAND, PetitionState.IN_PROGRESS, today.plusDays(10), now.minusDays(20));
        inProgressLate = insert(LAND, PetitionState.IN_PROGRESS, today.minusDays(1), now.minusDays(2));
        receivedFirst = insert(ENVIRONMENT, PetitionState.RECEIVED, null, now.minusDays(3));
        receivedSecond = insert(ENVIRONMENT, PetitionState.RECEIVED, null, now.minusDays(2));
        insert(ENVIRONMENT, PetitionState.ANSWERED, today.minusDays(30), now.minusDays(4));
        insert(SITE_CLEARANCE, PetitionState.ESCALATED, null, now.minusDays(40));
        driver.manage().window().setSize(new Dimension(1440, 1000));
    }

    @Test
    void theChairmanSwitchesToTheLanesReadsTheirCountsAndMovesACardInALaneByKeyboard() {
        BoardPage board = LoginPage.open(driver, baseUrl()).loginAs(ward.chair(), TestWards.PASSWORD);
        assertThat(board.currentView()).isEqualTo("Theo cột");
        assertThat(board.columnCodes("IN_PROGRESS")).as("the board: longest waiting first")
                .containsExactly(dueLater, inProgressLate);

        LanesPage lanes = board.showByDomain();
        assertThat(lanes.currentUrl()).as("the view is in the address").endsWith("/board/by-domain");
        assertThat(lanes.currentView()).isEqualTo("Theo lĩnh vực");
        assertThat(lanes.total()).isEqualTo("7 kiến nghị chưa giải quyết · 2 quá hạn");
        assertThat(lanes.laneOrder()).as("the late domain first, then the domains' order")
                .containsExactly("DD", "MT", "GPMB");
        assertThat(lanes.quietDomains()).isEqualTo(
                "Không có kiến nghị chưa giải quyết: Xây dựng Đảng, Trật tự đô thị, An ninh trật tự, Văn hóa – Xã hội.");
        assertThat(lanes.counts("DD")).isEqualTo(counts(0, 1, 2, 0, 0));
        assertThat(lanes.overdue("DD")).isEqualTo(2);
        assertThat(lanes.counts("MT")).isEqualTo(counts(2, 0, 0, 0, 1));
        assertThat(lanes.overdue("MT")).isZero();
        assertThat(lanes.header("GPMB")).contains("Giải phóng mặt bằng", "1 chưa giải quyết", "Chuyển cấp trên 1");
        assertThat(lanes.isOpen("DD")).as("a lane with late petitions opens by itself").isTrue();
        assertThat(lanes.isOpen("MT")).as("the others wait for a click").isFalse();
        assertThat(lanes.isOpen("GPMB")).isFalse();
        assertThat(lanes.columnCodes("DD", "IN_PROGRESS")).as("in a lane, the late cards first")
                .containsExactly(inProgressLate, dueLater);
        assertThat(lanes.columnCount("DD", "IN_PROGRESS")).isEqualTo(2);
        assertThat(lanes.scrollsSideways()).isFalse();
        lanes.screenshot("lanes-chairman-1440");

        lanes.openByKeyboard("MT");
        assertThat(lanes.columnCodes("MT", "RECEIVED")).containsExactly(receivedFirst, receivedSecond);
        lanes.screenshot("lanes-chairman-environment-open-1440");

        TransitionDialog<LanesPage> assign = lanes.moveByKeyboard("MT", receivedFirst, "ASSIGNED", "ASSIGN");
        assertThat(assign.headerTitle()).isEqualTo("Giao xử lý · " + receivedFirst);
        lanes = assign.select("field-department", "Địa chính – Xây dựng")
                .type("field-instruction", "Kiểm tra mương thoát nước, báo cáo trong tuần.")
                .confirm();

        assertThat(lanes.counts("MT")).as("the lane's header counts the move").isEqualTo(counts(1, 1, 0, 0, 1));
        assertThat(lanes.columnCodes("MT", "RECEIVED")).containsExactly(receivedSecond);
        assertThat(lanes.columnCodes("MT", "ASSIGNED")).containsExactly(receivedFirst);
        assertThat(lanes.columnCount("MT", "ASSIGNED")).isEqualTo(1);
        assertThat(lanes.total()).isEqualTo("7 kiến nghị chưa giải quyết · 2 quá hạn");
        assertThat(lanes.laneOrder()).as("a move does not reorder the lanes").containsExactly("DD", "MT", "GPMB");

        BoardPage back = lanes.showByColumn();
        assertThat(back.currentUrl()).endsWith("/board");
        assertThat(back.columnCodes("ASSIGNED")).contains(receivedFirst, assignedLate);
    }

    @Test
    void onAPhoneTheLanesStackAndAnOpenLaneShowsOneColumnAtATime() {
        driver.manage().window().setSize(new Dimension(390, 844));
        LoginPage.open(driver, baseUrl()).loginAs(ward.chair(), TestWards.PASSWORD);
        LanesPage lanes = LanesPage.open(driver, baseUrl());

        assertThat(lanes.laneOrder()).containsExactly("DD", "MT", "GPMB");
        assertThat(lanes.shownColumns("DD")).as("the first column with cards").containsExactly("ASSIGNED");
        assertThat(lanes.scrollsSideways()).as("the page does not scroll sideways").isFalse();
        lanes.screenshot("lanes-chairman-390");

        lanes.chooseColumn("DD", "Đang xử lý (2)");
        assertThat(lanes.shownColumns("DD")).containsExactly("IN_PROGRESS");
        assertThat(lanes.columnCodes("DD", "IN_PROGRESS")).containsExactly(inProgressLate, dueLater);
        WebElement move = lanes.moveButton(inProgressLate);
        assertThat(lanes.withinWindow(move, false)).as("a card's Chuyển… within the screen's width").isTrue();
        lanes.toggle("MT");
        assertThat(lanes.shownColumns("MT")).containsExactly("RECEIVED");
        assertThat(lanes.scrollsSideways()).isFalse();
        lanes.screenshot("lanes-chairman-environment-open-390");
    }

    @Test
    void anOfficerSeesOnlyTheirDepartmentsLanes() {
        LoginPage.open(driver, baseUrl()).loginAs(ward.landOfficer(), TestWards.PASSWORD);
        LanesPage lanes = LanesPage.open(driver, baseUrl());

        assertThat(lanes.scopeNotice()).contains("Địa chính – Xây dựng");
        assertThat(lanes.laneOrder()).containsExactly("DD");
        assertThat(lanes.counts("DD")).isEqualTo(counts(0, 1, 2, 0, 0));
        assertThat(lanes.total()).isEqualTo("3 kiến nghị chưa giải quyết · 2 quá hạn");
    }

    private String insert(DomainId domain, PetitionState state, LocalDate deadline, LocalDateTime changed) {
        seq++;
        String code = "KN-2026-%03d".formatted(seq);
        boolean atTheWard = state == PetitionState.RECEIVED || state == PetitionState.ESCALATED;
        DepartmentId department = atTheWard ? null
                : domain.equals(LAND) ? ward.landDepartment() : ward.urbanDepartment();
        dsl.insertInto(PETITION)
                .set(PETITION.UNIT_ID, ward.unit()).set(PETITION.CONFERENCE_ID, ward.conference())
                .set(PETITION.CODE, code).set(PETITION.CODE_YEAR, 2026).set(PETITION.CODE_SEQ, seq)
                .set(PETITION.TITLE, "Kiến nghị " + seq + " của tổ dân phố " + (seq + 2))
                .set(PETITION.CONTENT, "Nội dung " + seq).set(PETITION.DOMAIN_ID, domain)
                .set(PETITION.STATE, state).set(PETITION.STATE_CHANGED_AT, changed)
                .set(PETITION.DEPARTMENT_ID, department).set(PETITION.DEADLINE, deadline)
                .execute();
        return code;
    }

    private static Map<String, Integer> counts(int received, int assigned, int inProgress, int escalated,
            int answered) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("RECEIVED", received);
        counts.put("ASSIGNED", assigned);
        counts.put("IN_PROGRESS", inProgress);
        counts.put("ESCALATED", escalated);
        counts.put("ANSWERED", answered);
        return counts;
    }
}
