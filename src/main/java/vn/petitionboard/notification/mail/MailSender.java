package vn.petitionboard.notification.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.petitionboard.security.UserId;

/**
 * Reads the notification outbox and mails what is due (docs/decisions/0023-mail-notifications.md). Each poll claims a
 * batch with SELECT … FOR UPDATE SKIP LOCKED in a transaction of its own, never the user's: IMMEDIATE rows are mailed
 * and marked SENT in that transaction after the server took the mail; DAILY_DIGEST rows are routed to the digest;
 * the rest (OFF, no address, disabled) are SKIPPED. A failed send leaves the row PENDING with a later next attempt.
 */
@Component
public class MailSender {

    static final int BATCH = 20;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LAST_RETRY = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(MailSender.class);

    private final MailOutbox outbox;
    private final MailComposer composer;
    private final Postman postman;
    private final TransactionTemplate claim;
    private final Clock clock;

    MailSender(MailOutbox outbox, MailComposer composer, Postman postman, PlatformTransactionManager transactions,
            Clock clock) {
        this.outbox = outbox;
        this.composer = composer;
        this.postman = postman;
        this.claim = new TransactionTemplate(transactions);
        // Record locks only: no gap locks that would hold up a command inserting a notification meanwhile.
        this.claim.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${petitionboard.mail.poll-millis:5000}",
            initialDelayString = "${petitionboard.mail.poll-millis:5000}")
    void scheduled() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("Mail outbox poll failed: {}", e.toString());
        }
    }

    /** One batch; how many rows it handled (mailed, routed, skipped or failed). */
    public int poll() {
        return poll(LocalDateTime.now(clock));
    }

    /** One batch of the rows due at {@code now}. Does nothing while mail is off, so the rows wait for it. */
    public int poll(LocalDateTime now) {
        if (!postman.on()) {
            return 0;
        }
        Integer handled = claim.execute(status -> sendBatch(now));
        return handled == null ? 0 : handled;
    }

    private int sendBatch(LocalDateTime now) {
        List<OutboxRow> rows = outbox.claimDue(now, BATCH);
        if (rows.isEmpty()) {
            return 0;
        }
        Map<UserId, Recipient> recipients = outbox.recipients(rows.stream().map(OutboxRow::recipient).toList());
        List<Long> sent = new ArrayList<>();
        List<Long> toDigest = new ArrayList<>();
        List<Long> skipped = new ArrayList<>();
        for (OutboxRow row : rows) {
            Recipient to = recipients.get(row.recipient());
            if (to == null || !to.reachable()) {
                skipped.add(row.id());
            } else if (to.delivery() == MailDelivery.DAILY_DIGEST) {
                toDigest.add(row.id());
            } else if (trySend(to, row, now)) {
                sent.add(row.id());
            }
        }
        outbox.mark(sent, MailState.SENT, now);
        outbox.mark(toDigest, MailState.DIGEST, null);
        outbox.mark(skipped, MailState.SKIPPED, null);
        return rows.size();
    }

    private boolean trySend(Recipient to, OutboxRow row, LocalDateTime now) {
        try {
            postman.send(to.email(), composer.single(to, row), "notification-" + row.id());
            return true;
        } catch (Exception e) {
            int attempts = row.attempts() + 1;
            LocalDateTime next = now.plus(backOff(attempts));
            log.warn("Mail for notification {} failed (attempt {}), next at {}: {}", row.id(), attempts, next,
                    e.toString());
            outbox.failed(row.id(), attempts, next);
            return false;
        }
    }

    /** 30 s after the first failure, doubling each time, at most an hour. */
    static Duration backOff(int attempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait;
    }
}
