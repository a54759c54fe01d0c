package vn.petitionboard.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.APP_USER;
import static vn.petitionboard.jooq.Tables.NOTIFICATION;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.SCHEDULED_RUN;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.petition.PetitionCommands;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestMailServer;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;
import vn.petitionboard.support.Today;

/** The daily digest: one mail per DAILY_DIGEST user grouping their notifications, once a day however many run it. */
@IntegrationTest
class DailyDigestTest {

    @Autowired
    TestWards wards;

    @Autowired
    TestPetitions petitions;

    @Autowired
    PetitionWorkflowService workflow;

    @Autowired
    MailSender sender;

    @Autowired
    DailyDigest digest;

    @Autowired
    SignIn signIn;

    @Autowired
    DSLContext dsl;

    Ward ward;
    String address;
    /** A day of this test's own: the day's run is claimed once per database, and other tests claim other days. */
    LocalDate day;

    @BeforeEach
    void digestUser() {
        ward = wards.create();
        address = ward.landOfficer() + "@test.example.vn";
        dsl.update(APP_USER).set(APP_USER.EMAIL, address).set(APP_USER.MAIL_DELIVERY, MailDelivery.DAILY_DIGEST.name())
                .where(APP_USER.USERNAME.eq(ward.landOfficer())).execute();
        day = LocalDate.of(2100, 1, 1).plusDays(2 * (System.nanoTime() % 30_000));
    }

    @Test
    void three_notifications_make_one_mail_sent_once_though_two_instances_start_the_run() throws Exception {
        List<PetitionId> ids = List.of(assigned(), assigned(), assigned());
        route();
        assertThat(TestMailServer.to(address)).isEmpty();
        LocalDateTime at = day.atTime(7, 30);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> one = instances.submit(() -> runAfter(start, at));
            Future<Integer> two = instances.submit(() -> runAfter(start, at.plusSeconds(1)));
            start.countDown();
            // Other tests' digest users may be mailed in the same run; the instance that lost the claim sent nothing.
            assertThat(Math.min(one.get(), two.get())).isZero();
            assertThat(Math.max(one.get(), two.get())).isPositive();
        } finally {
            instances.shutdown();
        }

        List<MimeMessage> mails = TestMailServer.to(address);
        assertThat(mails).hasSize(1);
        String body = mails.getFirst().getContent().toString();
        for (PetitionId id : ids) {
            assertThat(body).contains(codeOf(id));
        }
        assertThat(mails.getFirst().getSubject()).contains("3 thông báo");
        assertThat(dsl.fetchCount(SCHEDULED_RUN, SCHEDULED_RUN.JOB_NAME.eq(DailyDigest.JOB)
                .and(SCHEDULED_RUN.RUN_DATE.eq(day)))).isEqualTo(1);
        assertThat(dsl.fetchCount(NOTIFICATION, NOTIFICATION.PETITION_ID.in(ids)
                .and(NOTIFICATION.MAIL_STATE.eq(MailState.SENT.name())))).isEqualTo(3);
    }

    @Test
    void a_notification_after_the_days_digest_waits_for_the_next_day() throws Exception {
        assigned();
        route();
        assertThat(digest.runIfDue(day.atTime(7, 30))).isEqualTo(1);
        PetitionId later = assigned();
        route();

        assertThat(digest.runIfDue(day.atTime(18, 0))).as("the same day again").isZero();
        assertThat(TestMailServer.to(address)).hasSize(1);

        assertThat(digest.runIfDue(day.plusDays(1).atTime(7, 30))).isEqualTo(1);
        List<MimeMessage> mails = TestMailServer.to(address);
        assertThat(mails).hasSize(2);
        assertThat(mails.getLast().getContent().toString()).contains(codeOf(later));
        assertThat(mails.getLast().getSubject()).contains("1 thông báo");
    }

    @Test
    void a_digest_that_could_not_be_mailed_keeps_its_rows_for_the_next_day() throws Exception {
        PetitionId id = assigned();
        route();
        TestMailServer.stop();
        try {
            digest.runIfDue(day.atTime(7, 30));
        } finally {
            TestMailServer.start();
        }
        assertThat(TestMailServer.to(address)).isEmpty();
        // Claimed (SENDING) before the attempt, handed back to the digest after it failed.
        assertThat(dsl.select(NOTIFICATION.MAIL_STATE).from(NOTIFICATION).where(NOTIFICATION.PETITION_ID.eq(id))
                .fetchSingle(NOTIFICATION.MAIL_STATE)).isEqualTo(MailState.DIGEST.name());

        assertThat(digest.runIfDue(day.plusDays(1).atTime(7, 30))).isPositive();
        assertThat(TestMailServer.to(address)).hasSize(1);
        assertThat(dsl.select(NOTIFICATION.MAIL_STATE).from(NOTIFICATION).where(NOTIFICATION.PETITION_ID.eq(id))
                .fetchSingle(NOTIFICATION.MAIL_STATE)).isEqualTo(MailState.SENT.name());
    }

    void route() {
        while (sender.poll() > 0) {
            // the immediate sender routes them to the digest
        }
    }

    @Test
    void before_the_set_time_nothing_is_sent_and_the_day_is_not_taken() throws Exception {
        assigned();

        assertThat(digest.runIfDue(day.atTime(LocalTime.of(7, 29)))).isZero();

        assertThat(TestMailServer.to(address)).isEmpty();
        assertThat(dsl.fetchCount(SCHEDULED_RUN, SCHEDULED_RUN.RUN_DATE.eq(day))).isZero();
    }

    int runAfter(CountDownLatch start, LocalDateTime at) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return digest.runIfDue(at);
    }

    PetitionId assigned() throws Exception {
        PetitionId id = petitions.received(ward, "Cấp giấy chứng nhận " + System.nanoTime()).id();
        assertThat(signIn.as(ward.chair(), () -> workflow.assign(new PetitionCommands.Assign(id, 0,
                ward.landDepartment(), Today.date().plusDays(20), "Giao xử lý."))).isDone()).isTrue();
        return id;
    }

    String codeOf(PetitionId id) {
        return dsl.select(PETITION.CODE).from(PETITION).where(PETITION.ID.eq(id)).fetchSingle(PETITION.CODE);
    }
}
