package vn.petitionboard.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.APP_USER;
import static vn.petitionboard.jooq.Tables.NOTIFICATION;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PUBLIC_HOLIDAY;
import static vn.petitionboard.jooq.Tables.SCHEDULED_RUN;
import static vn.petitionboard.jooq.Tables.USER_ROLE;

import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.base.i18n.MessageBundleI18NProvider;
import vn.petitionboard.notification.mail.DailyDigest;
import vn.petitionboard.notification.mail.MailSender;
import vn.petitionboard.petition.HistoryArgs;
import vn.petitionboard.petition.HistoryText;
import vn.petitionboard.security.Role;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestMailServer;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/**
 * The daily deadline reminder on a fixed clock: days far in the future (each test its own week, the day's run is
 * claimed once per database), so every other open petition is overdue too, but only this ward's reach its people.
 */
@IntegrationTest
class DeadlineRemindersTest {

    /** A week of its own for each test of the run: the schema is rebuilt at the start of every run. */
    private static final AtomicInteger WEEK = new AtomicInteger();

    @Autowired
    TestWards wards;

    @Autowired
    TestPetitions petitions;

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    NotificationService notifications;

    @Autowired
    MailSender sender;

    @Autowired
    DailyDigest digest;

    @Autowired
    MessageBundleI18NProvider messages;

    @Autowired
    SignIn signIn;

    @Autowired
    DSLContext dsl;

    Ward ward;
    /** A Friday without public holidays around it (no year this far ahead has any, unless a test inserts them). */
    LocalDate friday;
    List<LocalDate> tet = List.of();

    @BeforeEach
    void ward() {
        ward = wards.create();
        friday = LocalDate.of(2200, 1, 1).plusWeeks(WEEK.incrementAndGet())
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }

    @AfterEach
    void removeTet() {
        dsl.deleteFrom(PUBLIC_HOLIDAY).where(PUBLIC_HOLIDAY.HOLIDAY_DATE.in(tet)).execute();
    }

    @Test
    void a_friday_run_counts_three_working_days_past_the_weekend_and_a_saturday_run_does_nothing() throws Exception {
        petitionDue(friday.minusDays(1)); // overdue: the officer has a reminder whatever the count ahead
        String wednesday = petitionDue(friday.plusDays(5));
        String thursday = petitionDue(friday.plusDays(6));

        assertThat(reminders.runIfDue(friday.plusDays(1).atTime(9, 0))).as("Saturday").isZero();
        assertThat(claimed(friday.plusDays(1))).isZero();
        assertThat(reminders.runIfDue(friday.atTime(7, 0))).isPositive();

        HistoryText text = reminderOf(ward.landOfficer(), friday);
        assertThat(text.args()).startsWith("1", "1", "3");
        assertThat(codes(text)).contains(wednesday).doesNotContain(thursday);
    }

    @Test
    void tet_days_do_not_count_and_a_run_on_tet_does_nothing() throws Exception {
        LocalDate tetMonday = LocalDate.of(2400 + WEEK.incrementAndGet(), 2, 1)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        tet = tetMonday.datesUntil(tetMonday.plusDays(5)).toList();
        tet.forEach(day -> dsl.insertInto(PUBLIC_HOLIDAY).set(PUBLIC_HOLIDAY.HOLIDAY_DATE, day)
                .set(PUBLIC_HOLIDAY.NAME, "Tết Nguyên đán").onDuplicateKeyIgnore().execute());
        LocalDate fridayBefore = tetMonday.minusDays(3);
        // Monday to Friday of Tết and two weekends skipped: the third working day is the Wednesday after Tết.
        petitionDue(fridayBefore.minusDays(1));
        String wednesdayAfter = petitionDue(tetMonday.plusDays(9));
        String thursdayAfter = petitionDue(tetMonday.plusDays(10));

        assertThat(reminders.runIfDue(tetMonday.plusDays(1).atTime(9, 0))).as("on Tết").isZero();
        assertThat(claimed(tetMonday.plusDays(1))).isZero();
        assertThat(reminders.runIfDue(fridayBefore.atTime(7, 30))).isPositive();

        assertThat(codes(reminderOf(ward.landOfficer(), fridayBefore))).contains(wednesdayAfter)
                .doesNotContain(thursdayAfter);
    }

    @Test
    void before_the_set_time_nothing_is_written_and_the_day_is_not_taken() throws Exception {
        petitionDue(friday.minusDays(1));

        assertThat(reminders.runIfDue(friday.atTime(6, 59))).isZero();

        assertThat(claimed(friday)).isZero();
        assertThat(rowsOf(ward.landOfficer(), friday)).isZero();
    }

    @Test
    void two_instances_on_the_same_day_write_one_reminder_per_person() throws Exception {
        petitionDue(friday.minusDays(1));
        petitionDue(friday.plusDays(1));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> one = instances.submit(() -> runAfter(start, friday.atTime(7, 0)));
            Future<Integer> two = instances.submit(() -> runAfter(start, friday.atTime(7, 0, 1)));
            start.countDown();
            assertThat(Math.min(one.get(), two.get())).as("the instance that lost the claim").isZero();
            assertThat(Math.max(one.get(), two.get())).isPositive();
        } finally {
            instances.shutdown();
        }
        // The day's run is done: a petition that became due since waits for the next working day.
        Ward later = wards.create();
        setDeadline(petitions.inProgress(later, "Thoát nước " + System.nanoTime()), friday);
        assertThat(reminders.runIfDue(friday.atTime(15, 0))).as("later the same day").isZero();
        assertThat(rowsOf(later.landOfficer(), friday)).isZero();

        assertThat(rowsOf(ward.landOfficer(), friday)).isEqualTo(1);
        assertThat(rowsOf(ward.chair(), friday)).isEqualTo(1);
        assertThat(claimed(friday)).isEqualTo(1);
    }

    @Test
    void nobody_of_another_department_or_ward_and_no_other_role_is_reminded() throws Exception {
        petitionDue(friday.minusDays(2));
        Ward other = wards.create();
        // Codes repeat from ward to ward: the counts tell the two apart (ours overdue, theirs due today).
        setDeadline(petitions.inProgress(other, "Đèn đường hỏng " + System.nanoTime()), friday);

        assertThat(reminders.runIfDue(friday.atTime(8, 0))).isPositive();

        assertThat(rowsOf(ward.urbanOfficer(), friday)).as("officer of another department").isZero();
        assertThat(rowsOf(ward.front(), friday)).isZero();
        assertThat(rowsOf(ward.clerk(), friday)).isZero();
        assertThat(rowsOf(ward.admin(), friday)).isZero();
        assertThat(reminderOf(ward.landOfficer(), friday).args()).startsWith("1", "0");
        assertThat(reminderOf(ward.chair(), friday).args()).startsWith("1", "0");
        assertThat(reminderOf(other.landOfficer(), friday).args()).startsWith("0", "1");
        assertThat(reminderOf(other.chair(), friday).args()).startsWith("0", "1");
    }

    @Test
    void a_leader_who_assigned_and_is_an_officer_of_the_department_too_gets_one_reminder() throws Exception {
        var chair = wards.idOf(ward.chair());
        dsl.update(APP_USER).set(APP_USER.DEPARTMENT_ID, ward.landDepartment()).where(APP_USER.ID.eq(chair)).execute();
        dsl.insertInto(USER_ROLE).set(USER_ROLE.USER_ID, chair).set(USER_ROLE.ROLE, Role.DEPARTMENT_OFFICER).execute();
        String first = petitionDue(friday.minusDays(1));
        String second = petitionDue(friday.plusDays(3));

        assertThat(reminders.runIfDue(friday.atTime(7, 0))).isPositive();

        assertThat(rowsOf(ward.chair(), friday)).isEqualTo(1);
        HistoryText text = reminderOf(ward.chair(), friday);
        assertThat(text.args()).startsWith("1", "1");
        assertThat(codes(text)).contains(first, second);
    }

    @Test
    void one_row_lists_the_overdue_and_the_due_soon_and_opens_the_readers_page() throws Exception {
        String overdue = petitionDue(friday.minusDays(1));
        String dueSoon = petitionDue(friday);

        assertThat(reminders.runIfDue(friday.atTime(7, 0))).isPositive();

        assertThat(rowsOf(ward.landOfficer(), friday)).isEqualTo(1);
        NotificationItem item = signIn.as(ward.landOfficer(), () -> notifications.page(0, 1)).getFirst();
        assertThat(item.kind()).isEqualTo(NotificationKind.DEADLINE_REMINDER);
        assertThat(item.petition()).isNull();
        assertThat(item.route()).isEqualTo("my-work");
        assertThat(signIn.as(ward.chair(), () -> notifications.page(0, 1)).getFirst().route())
                .as("a leader may not open my work").isEqualTo("petitions");
        assertThat(messages.getTranslation(item.text().key(), MessageBundleI18NProvider.VIETNAMESE,
                item.text().arguments()))
                .isEqualTo("Nhắc hạn: 1 kiến nghị quá hạn (" + overdue + "); 1 kiến nghị đến hạn trong 3 ngày làm việc tới ("
                        + dueSoon + ")");
        assertThat(messages.getTranslation(item.text().key(), MessageBundleI18NProvider.ENGLISH,
                item.text().arguments()))
                .isEqualTo("Deadline reminder: 1 petition is overdue (" + overdue
                        + "); 1 is due within the next 3 working days (" + dueSoon + ")");
    }

    @Test
    void an_immediate_user_gets_one_reminder_mail() throws Exception {
        String overdue = petitionDue(friday.minusDays(1));
        TestMailServer.start();
        pollAll(LocalDateTime.now()); // the assignment's notification, before the officer had an address
        String address = ward.landOfficer() + "@test.example.vn";
        dsl.update(APP_USER).set(APP_USER.EMAIL, address).where(APP_USER.USERNAME.eq(ward.landOfficer())).execute();
        LocalDateTime now = friday.atTime(7, 0);

        assertThat(reminders.runIfDue(now)).isPositive();
        pollAll(now);

        List<MimeMessage> mails = TestMailServer.to(address);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("Nhắc hạn xử lý kiến nghị");
        assertThat(mails.getFirst().getContent().toString()).contains(overdue)
                .contains("https://kiennghi.example.vn/my-work");
    }

    @Test
    void a_digest_user_finds_the_reminder_in_the_days_digest() throws Exception {
        String overdue = petitionDue(friday.minusDays(1));
        TestMailServer.start();
        pollAll(LocalDateTime.now());
        String address = ward.landOfficer() + "@test.example.vn";
        dsl.update(APP_USER).set(APP_USER.EMAIL, address).set(APP_USER.MAIL_DELIVERY, "DAILY_DIGEST")
                .where(APP_USER.USERNAME.eq(ward.landOfficer())).execute();

        assertThat(reminders.runIfDue(friday.atTime(7, 0))).isPositive();
        pollAll(friday.atTime(7, 1));
        assertThat(TestMailServer.to(address)).as("routed to the digest").isEmpty();
        assertThat(digest.runIfDue(friday.atTime(7, 30))).isPositive();

        List<MimeMessage> mails = TestMailServer.to(address);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getContent().toString()).contains("Nhắc hạn: 1 kiến nghị quá hạn (" + overdue)
                .contains("https://kiennghi.example.vn/my-work");
    }

    @Test
    void a_disabled_user_is_not_reminded() throws Exception {
        dsl.update(APP_USER).set(APP_USER.ENABLED, false).where(APP_USER.USERNAME.eq(ward.chair())).execute();
        petitionDue(friday.minusDays(1));

        assertThat(reminders.runIfDue(friday.atTime(7, 0))).isPositive();

        assertThat(rowsOf(ward.chair(), friday)).as("the disabled leader who assigned it").isZero();
        assertThat(rowsOf(ward.landOfficer(), friday)).isEqualTo(1);
    }

    void pollAll(LocalDateTime now) {
        while (sender.poll(now) > 0) {
            // every unit's rows, this ward's among them
        }
    }

    String petitionDue(LocalDate deadline) throws Exception {
        return setDeadline(petitions.inProgress(ward, "Sửa đường ngõ " + System.nanoTime()), deadline);
    }

    String setDeadline(TestPetitions.Captured petition, LocalDate deadline) {
        dsl.update(PETITION).set(PETITION.DEADLINE, deadline).where(PETITION.ID.eq(petition.id())).execute();
        return petition.code();
    }

    int runAfter(CountDownLatch start, LocalDateTime at) throws InterruptedException {
        start.await();
        return reminders.runIfDue(at);
    }

    int claimed(LocalDate day) {
        return dsl.fetchCount(SCHEDULED_RUN, SCHEDULED_RUN.JOB_NAME.eq(DeadlineReminders.JOB)
                .and(SCHEDULED_RUN.RUN_DATE.eq(day)));
    }

    int rowsOf(String username, LocalDate day) {
        return dsl.fetchCount(NOTIFICATION, NOTIFICATION.USER_ID.eq(wards.idOf(username))
                .and(NOTIFICATION.EVENT_KEY.eq("reminder-" + day)));
    }

    HistoryText reminderOf(String username, LocalDate day) {
        var row = dsl.select(NOTIFICATION.MESSAGE_KEY, NOTIFICATION.MESSAGE_ARGS).from(NOTIFICATION)
                .where(NOTIFICATION.USER_ID.eq(wards.idOf(username))
                        .and(NOTIFICATION.EVENT_KEY.eq("reminder-" + day)))
                .fetchSingle();
        return HistoryArgs.decode(row.value1(), row.value2()).orElseThrow();
    }

    /** The overdue and the due-soon codes shown. */
    static String codes(HistoryText text) {
        return text.args().get(3) + " | " + text.args().get(4);
    }
}
