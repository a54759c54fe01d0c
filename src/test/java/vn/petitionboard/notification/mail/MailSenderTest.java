package vn.petitionboard.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.petitionboard.jooq.Tables.APP_USER;
import static vn.petitionboard.jooq.Tables.NOTIFICATION;
import static vn.petitionboard.jooq.Tables.PETITION;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.PetitionCommands;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestMailServer;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;
import vn.petitionboard.support.Today;

/**
 * The notification outbox mailed through a real SMTP server (GreenMail, TestMailServer): once per notification, only
 * to the users who want it, nothing for a rolled-back change, retried after the server was down, and shared safely by
 * two senders.
 */
@IntegrationTest
class MailSenderTest {

    @Autowired
    TestWards wards;

    @Autowired
    TestPetitions petitions;

    @Autowired
    PetitionWorkflowService workflow;

    @Autowired
    MailSender sender;

    @Autowired
    SignIn signIn;

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    Ward ward;

    @BeforeEach
    void ward() {
        ward = wards.create();
        for (String user : List.of(ward.chair(), ward.landOfficer(), ward.urbanOfficer(), ward.front())) {
            dsl.update(APP_USER).set(APP_USER.EMAIL, address(user)).where(APP_USER.USERNAME.eq(user)).execute();
        }
    }

    @AfterEach
    void serverBack() {
        TestMailServer.start();
    }

    @Test
    void the_chairs_assignment_mails_the_departments_officer_once_and_nobody_else() throws Exception {
        PetitionId id = assigned();

        drain();
        drain();

        List<MimeMessage> mails = TestMailServer.to(address(ward.landOfficer()));
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.getFirst();
        String code = codeOf(id);
        assertThat(mail.getSubject()).isEqualTo("[" + code + "] Được giao cho bộ phận của bạn");
        assertThat(body(mail)).contains(code, "Cấp giấy chứng nhận", "Chủ tịch Thử",
                "https://kiennghi.example.vn/petitions/" + id.value());
        assertThat(mail.getMessageID()).isEqualTo("<notification-" + notificationOf(id) + "@kiennghi.example.vn>");
        assertThat(TestMailServer.to(address(ward.urbanOfficer()))).isEmpty();
        assertThat(TestMailServer.to(address(ward.chair()))).as("the one who acted").isEmpty();
        assertThat(TestMailServer.to(address(ward.front()))).isEmpty();
        assertThat(stateOf(id)).isEqualTo("SENT");
    }

    @Test
    void a_user_who_chose_off_gets_no_mail() throws Exception {
        deliver(ward.landOfficer(), MailDelivery.OFF);
        PetitionId id = assigned();

        drain();

        assertThat(TestMailServer.to(address(ward.landOfficer()))).isEmpty();
        assertThat(stateOf(id)).isEqualTo("SKIPPED");
    }

    @Test
    void a_user_without_an_address_gets_no_mail() throws Exception {
        dsl.update(APP_USER).set(APP_USER.EMAIL, (String) null).where(APP_USER.USERNAME.eq(ward.landOfficer()))
                .execute();
        PetitionId id = assigned();

        drain();

        assertThat(stateOf(id)).isEqualTo("SKIPPED");
    }

    @Test
    void a_rolled_back_command_mails_nothing() throws Exception {
        PetitionId id = captured();

        assertThatThrownBy(() -> signIn.as(ward.chair(), () -> transaction.execute(status -> {
            assertThat(workflow.assign(assign(id)).isDone()).isTrue();
            throw new IllegalStateException("a later step of the same transaction fails");
        }))).isInstanceOf(IllegalStateException.class);
        drain();

        assertThat(TestMailServer.to(address(ward.landOfficer()))).isEmpty();
    }

    @Test
    void while_the_server_is_down_the_command_succeeds_and_the_mail_goes_once_after_the_back_off() throws Exception {
        TestMailServer.stop();
        PetitionId id = assigned();
        LocalDateTime now = LocalDateTime.now(clock);

        drain(now);

        var row = dsl.selectFrom(NOTIFICATION).where(NOTIFICATION.PETITION_ID.eq(id)).fetchSingle();
        assertThat(row.getMailState()).isEqualTo("PENDING");
        assertThat(row.getMailAttempts()).isEqualTo(1);
        // 30 s later; the database keeps whole seconds here.
        assertThat(row.getMailNextAttemptAt()).isBetween(now.plusSeconds(29), now.plusSeconds(30));

        TestMailServer.start();
        drain(now.plusSeconds(10));
        assertThat(TestMailServer.to(address(ward.landOfficer()))).as("not before the back-off").isEmpty();

        drain(now.plusSeconds(31));
        drain(now.plusMinutes(5));
        assertThat(TestMailServer.to(address(ward.landOfficer()))).hasSize(1);
    }

    @Test
    void the_back_off_doubles_up_to_an_hour() {
        assertThat(MailSender.backOff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(MailSender.backOff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailSender.backOff(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailSender.backOff(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(MailSender.backOff(8)).isEqualTo(Duration.ofHours(1));
        assertThat(MailSender.backOff(40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void two_senders_polling_at_once_mail_each_notification_once() throws Exception {
        List<PetitionId> ids = List.of(assigned(), assigned(), assigned(), assigned(), assigned());
        CountDownLatch start = new CountDownLatch(1);
        Runnable poll = () -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sender.poll();
        };

        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<?> one = instances.submit(poll);
            Future<?> two = instances.submit(poll);
            start.countDown();
            one.get();
            two.get();
        } finally {
            instances.shutdown();
        }
        drain();

        List<MimeMessage> mails = TestMailServer.to(address(ward.landOfficer()));
        assertThat(mails).hasSize(ids.size());
        assertThat(mails.stream().map(MailSenderTest::subject).distinct()).hasSize(ids.size());
    }

    @Test
    void a_row_another_sender_claimed_is_left_to_it_until_its_claim_lapses() throws Exception {
        PetitionId id = assigned();
        LocalDateTime now = LocalDateTime.now(clock);
        // What another instance's committed claim leaves (on a Galera cluster its row locks are not seen here).
        dsl.update(NOTIFICATION).set(NOTIFICATION.MAIL_STATE, "SENDING")
                .set(NOTIFICATION.MAIL_NEXT_ATTEMPT_AT, now.plus(MailSender.CLAIM_LEASE))
                .where(NOTIFICATION.PETITION_ID.eq(id)).execute();

        drain(now);
        drain(now.plus(MailSender.CLAIM_LEASE).minusSeconds(1));
        assertThat(TestMailServer.to(address(ward.landOfficer()))).as("while the other sender holds it").isEmpty();
        assertThat(stateOf(id)).isEqualTo("SENDING");

        // That sender stopped before it settled the row: once its claim lapses, the mail goes, once.
        drain(now.plus(MailSender.CLAIM_LEASE).plusSeconds(1));
        drain(now.plus(MailSender.CLAIM_LEASE).plusMinutes(1));
        assertThat(TestMailServer.to(address(ward.landOfficer()))).hasSize(1);
        assertThat(stateOf(id)).isEqualTo("SENT");
    }

    void drain() {
        drain(LocalDateTime.now(clock));
    }

    void drain(LocalDateTime now) {
        for (int i = 0; i < 100 && sender.poll(now) > 0; i++) {
            // the next batch
        }
    }

    void deliver(String username, MailDelivery delivery) {
        dsl.update(APP_USER).set(APP_USER.MAIL_DELIVERY, delivery.name()).where(APP_USER.USERNAME.eq(username))
                .execute();
    }

    PetitionId captured() throws Exception {
        return petitions.received(ward, "Cấp giấy chứng nhận " + System.nanoTime()).id();
    }

    PetitionCommands.Assign assign(PetitionId id) {
        return new PetitionCommands.Assign(id, 0, ward.landDepartment(), Today.date().plusDays(20), "Giao xử lý.");
    }

    PetitionId assigned() throws Exception {
        PetitionId id = captured();
        CommandResult result = signIn.as(ward.chair(), () -> workflow.assign(assign(id)));
        assertThat(result.isDone()).isTrue();
        return id;
    }

    String codeOf(PetitionId id) {
        return dsl.select(PETITION.CODE).from(PETITION).where(PETITION.ID.eq(id)).fetchSingle(PETITION.CODE);
    }

    String stateOf(PetitionId id) {
        return dsl.select(NOTIFICATION.MAIL_STATE).from(NOTIFICATION).where(NOTIFICATION.PETITION_ID.eq(id))
                .fetchSingle(NOTIFICATION.MAIL_STATE);
    }

    long notificationOf(PetitionId id) {
        return dsl.select(NOTIFICATION.ID).from(NOTIFICATION).where(NOTIFICATION.PETITION_ID.eq(id))
                .fetchSingle(NOTIFICATION.ID).value();
    }

    static String address(String username) {
        return username + "@test.example.vn";
    }

    static String body(MimeMessage mail) throws Exception {
        return mail.getContent().toString();
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
