package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.petitionboard.jooq.Tables.PETITION_HISTORY;

import java.time.Duration;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.petitionboard.base.db.TestDatabase;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.HistoryEvent;
import vn.petitionboard.petition.IntakeCommands;
import vn.petitionboard.petition.PetitionIntakeService;
import vn.petitionboard.support.CuttableProxy;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestWards;

/**
 * The database goes away for longer than the pool waits for a connection: the app's connections run through a proxy
 * that the test cuts (the shared MariaDB itself is never touched). A sign-in then says the service is unavailable,
 * not that the password is wrong; a dialog's save says in Vietnamese that nothing was saved and keeps what was typed,
 * with its button usable; once the database is back the same save goes through, once.
 */
@TestPropertySource(properties = {
        // The pool's wait for a connection, a client setting, kept short so the test does not wait 30 s each time.
        "spring.datasource.hikari.connection-timeout=2000",
        "spring.datasource.hikari.validation-timeout=1000",
        "spring.liquibase.drop-first=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageIT extends BrowserTest {

    private static final TestDatabase DATABASE = TestDatabase.current();
    private static final CuttableProxy PROXY = CuttableProxy.to(DATABASE.host(), DATABASE.port());
    private static final DomainId ENVIRONMENT = new DomainId(4);
    private static final String ANSWER = "Công ty môi trường thu gom rác tổ 7 từ 19 đến 21 giờ, bắt đầu từ thứ Hai.";
    private static final String SPEAKER = "Chủ tịch Thử";

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE.jdbcUrlVia("127.0.0.1", PROXY.port()));
        registry.add("spring.datasource.username", DATABASE::username);
        registry.add("spring.datasource.password", DATABASE::password);
    }

    @Autowired
    TestWards wards;

    @Autowired
    SignIn signIn;

    @Autowired
    PetitionIntakeService intake;

    @Autowired
    DSLContext dsl;

    @AfterEach
    void databaseBack() {
        restoreDatabase();
    }

    /** Lets connections through again and waits until the pool has one (it retries with a growing pause). */
    private void restoreDatabase() {
        PROXY.restore();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> dsl.selectOne().fetchOne(0, Integer.class) == 1);
    }

    @AfterAll
    static void closeProxy() {
        PROXY.close();
    }

    @Test
    void a_sign_in_during_the_outage_says_the_service_is_unavailable_not_that_the_password_is_wrong() {
        LoginPage login = LoginPage.open(driver, baseUrl());
        PROXY.cut();

        LoginPage refused = login.loginExpectingUnavailable("chutich", "demo@2020");

        assertThat(refused.errorTitle()).isEqualTo("Hệ thống tạm thời gián đoạn");
        assertThat(refused.errorMessage()).isEqualTo("Chưa kiểm tra được tên đăng nhập và mật khẩu vì hệ thống không "
                + "kết nối được cơ sở dữ liệu. Mật khẩu của bạn không bị coi là sai; vui lòng thử lại sau ít phút.");
        refused.screenshot("outage-login-unavailable");

        restoreDatabase();
        BoardPage board = refused.loginAs("chutich", "demo@2020");
        assertThat(board.userName()).isEqualTo("Hoàng Văn Lực");
    }

    @Test
    void a_save_during_the_outage_says_nothing_was_saved_keeps_the_text_and_goes_through_once_the_database_is_back()
            throws Exception {
        TestWards.Ward ward = wards.create();
        CommandResult.Created petition = (CommandResult.Created) signIn.as(ward.clerk(), () -> intake.capture(
                new IntakeCommands.Capture(ward.conference(), ENVIRONMENT, "Lịch thu gom rác tổ 7",
                        "Đề nghị thu gom rác trước 21 giờ.", true,
                        List.of(IntakeCommands.Requester.newDelegate("Phạm Văn Cường", null, "Tổ 7", null)),
                        false, null, null)));
        LoginPage.open(driver, baseUrl()).loginAs(ward.chair(), TestWards.PASSWORD);
        TransitionDialog<PetitionPage> dialog = PetitionPage.open(driver, baseUrl(), petition.id().value())
                .act("ANSWER_ON_THE_SPOT")
                .type("field-content", ANSWER)
                .type("field-speakerName", SPEAKER);

        PROXY.cut();
        dialog.confirmExpectingProblem();

        assertThat(dialog.problem()).isEqualTo("Chưa lưu được: hệ thống tạm thời không kết nối được cơ sở dữ liệu, nên "
                + "chưa có gì được lưu. Nội dung bạn đã nhập vẫn còn; vui lòng thử lại sau ít phút.");
        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.value("field-content")).isEqualTo(ANSWER);
        assertThat(dialog.value("field-speakerName")).isEqualTo(SPEAKER);
        assertThat(dialog.confirmEnabled()).as("the button works again").isTrue();
        dialog.screenshot("outage-dialog-not-saved");

        restoreDatabase();
        PetitionPage saved = dialog.confirm().waitForState("Đã trả lời");
        assertThat(saved.code()).isEqualTo(petition.code());
        assertThat(dsl.fetchCount(PETITION_HISTORY, PETITION_HISTORY.PETITION_ID.eq(petition.id())
                .and(PETITION_HISTORY.EVENT_TYPE.eq(HistoryEvent.ANSWERED_ON_THE_SPOT))))
                .as("the answer is recorded once").isEqualTo(1);
    }

    @Test
    void a_page_opened_during_the_outage_says_the_service_is_unavailable() {
        LoginPage.open(driver, baseUrl()).loginAs("chutich", "demo@2020");
        PROXY.cut();

        driver.get(baseUrl() + "/petitions");

        NotFoundPage errorPage = new NotFoundPage(driver, baseUrl()); // the error views share their layout
        assertThat(errorPage.title()).isEqualTo("Hệ thống tạm thời gián đoạn");
        assertThat(errorPage.pageSource()).contains("Không mở được trang này vì hệ thống không kết nối được cơ sở dữ liệu.");
        errorPage.screenshot("outage-page-unavailable");
    }
}
