package vn.petitionboard.notification.mail;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.petitionboard.base.db.WriteConflict;
import vn.petitionboard.notification.ScheduledRuns;
import vn.petitionboard.security.UserId;

/**
 * Once a day, from the set time (Vietnam time, the app's Clock), one mail per user grouping their notifications routed
 * to the digest. The day's run is claimed in scheduled_run first, so with several app instances exactly one runs it.
 * A user whose mail fails keeps their rows for the next day's digest. A user's rows are claimed before their mail goes
 * out, as the sender's are (docs/decisions/0032-galera-safe-code.md).
 */
@Component
public class DailyDigest {

    static final String JOB = "mail-digest";
    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final MailOutbox outbox;
    private final ScheduledRuns runs;
    private final MailComposer composer;
    private final Postman postman;
    private final MailSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DailyDigest(MailOutbox outbox, ScheduledRuns runs, MailComposer composer, Postman postman, MailSettings settings,
            PlatformTransactionManager transactions, Clock clock) {
        this.outbox = outbox;
        this.runs = runs;
        this.composer = composer;
        this.postman = postman;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${petitionboard.mail.digest-check-millis:60000}",
            initialDelayString = "${petitionboard.mail.digest-check-millis:60000}")
    void scheduled() {
        try {
            runIfDue(LocalDateTime.now(clock));
        } catch (RuntimeException e) {
            log.warn("Mail digest failed: {}", e.toString());
        }
    }

    /** How many digests went out: none before the day's time, while mail is off, or when the day's run was taken. */
    public int runIfDue(LocalDateTime now) {
        if (!postman.on() || now.toLocalTime().isBefore(settings.digestAt())) {
            return 0;
        }
        LocalDate day = now.toLocalDate();
        if (!Boolean.TRUE.equals(transaction.execute(status -> runs.claim(JOB, day, now)))) {
            return 0;
        }
        return sendAll(day, now);
    }

    /** One transaction per user: a user's rows are locked only while their own mail goes out. */
    private int sendAll(LocalDate day, LocalDateTime now) {
        List<UserId> users = outbox.digestUsers();
        if (users.isEmpty()) {
            return 0;
        }
        Map<UserId, Recipient> recipients = outbox.recipients(users);
        int sent = 0;
        for (UserId user : users) {
            Recipient to = recipients.get(user);
            if (Boolean.TRUE.equals(transaction.execute(status -> digestFor(user, to, day, now)))) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * The user's rows are claimed (SENDING) in a transaction that commits before the mail goes out, then marked SENT,
     * or DIGEST again for the next day's digest if the mail failed: a commit that fails after the mail went (on Galera,
     * the user marking one of them read on another node) cannot leave them to be mailed again. Both transactions run
     * again on a write conflict; neither has an effect outside the database.
     */
    private boolean digestFor(UserId user, Recipient to, LocalDate day, LocalDateTime now) {
        boolean wantsDigest = to != null && to.delivery() == MailDelivery.DAILY_DIGEST;
        boolean reachable = to != null && to.reachable();
        List<OutboxRow> rows = WriteConflict.retried(MailSender.SETTLE_ATTEMPTS,
                () -> transaction.execute(status -> claim(user, wantsDigest, reachable, now)));
        if (rows == null || rows.isEmpty() || !reachable) {
            return false;
        }
        List<Long> ids = rows.stream().map(OutboxRow::id).toList();
        boolean sent = send(to, rows, day);
        WriteConflict.retried(MailSender.SETTLE_ATTEMPTS, () -> transaction.execute(status -> {
            outbox.mark(ids, sent ? MailState.SENT : MailState.DIGEST, sent ? now : null);
            return null;
        }));
        return sent;
    }

    /** Locks the user's rows and marks them SKIPPED (no mail for this user) or SENDING (until the lease runs out). */
    private List<OutboxRow> claim(UserId user, boolean wantsDigest, boolean reachable, LocalDateTime now) {
        List<OutboxRow> rows = outbox.lockDigestRows(user, wantsDigest);
        List<Long> ids = rows.stream().map(OutboxRow::id).toList();
        if (!reachable) {
            outbox.mark(ids, MailState.SKIPPED, null);
        } else {
            outbox.markSending(ids, now.plus(MailSender.CLAIM_LEASE));
        }
        return rows;
    }

    private boolean send(Recipient to, List<OutboxRow> rows, LocalDate day) {
        try {
            postman.send(to.email(), composer.digest(to, rows, day), "digest-" + to.id().value() + "-" + day);
            return true;
        } catch (Exception e) {
            log.warn("Digest for user {} failed, kept for the next one: {}", to.id().value(), e.toString());
            return false;
        }
    }
}
