package vn.petitionboard.notification.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.petitionboard.base.db.DatabaseFailure;
import vn.petitionboard.base.db.WriteConflict;
import vn.petitionboard.security.UserId;

/**
 * Reads the notification outbox and mails what is due (docs/decisions/0023-mail-notifications.md). Each poll claims a
 * batch in a transaction of its own, never the user's: SELECT … FOR UPDATE SKIP LOCKED, then DAILY_DIGEST rows are
 * routed to the digest, the rest that get no mail (OFF, no address, disabled) are SKIPPED, and the IMMEDIATE ones are
 * marked SENDING, and that commits before any mail goes out. Only then are they mailed, each marked SENT, or PENDING
 * again with a later next attempt, in a second transaction. So a claim that fails to commit sends nothing: on a Galera
 * cluster, where the row locks of two app instances on two nodes do not see each other, the claim that loses
 * certification is rolled back and mails nothing (docs/decisions/0032-galera-safe-code.md).
 */
@Component
public class MailSender {

    static final int BATCH = 20;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LAST_RETRY = Duration.ofHours(1);
    /** How long a claim holds: far beyond a batch's SMTP time (10 s timeouts a mail), short enough after a crash. */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(10);
    static final int SETTLE_ATTEMPTS = 5;
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
        Batch batch;
        try {
            batch = claim.execute(status -> claimBatch(now));
        } catch (RuntimeException e) {
            if (!WriteConflict.isRetryable(e)) {
                throw e;
            }
            log.info("Another mail sender claimed the same rows first; this poll leaves them: {}",
                    DatabaseFailure.rootMessage(e));
            return 0;
        }
        if (batch == null || batch.handled() == 0) {
            return 0;
        }
        List<Long> sent = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (Claimed claimed : batch.toMail()) {
            Optional<Failure> failure = trySend(claimed.to(), claimed.row(), now);
            if (failure.isPresent()) {
                failures.add(failure.get());
            } else {
                sent.add(claimed.row().id());
            }
        }
        settle(sent, failures, now);
        return batch.handled();
    }

    /**
     * Marks the mailed rows SENT and the failed ones PENDING again. Run again on a write conflict (on Galera, a user
     * marking one of these notifications read on another node at the same moment): left SENDING, a mailed row would
     * be mailed again when its lease runs out. Setting a state twice does no harm.
     */
    private void settle(List<Long> sent, List<Failure> failures, LocalDateTime now) {
        WriteConflict.retried(SETTLE_ATTEMPTS, () -> claim.execute(status -> {
            outbox.mark(sent, MailState.SENT, now);
            failures.forEach(f -> outbox.failed(f.id(), f.attempts(), f.nextAttempt()));
            return null;
        }));
    }

    /** A row claimed for mailing, with its recipient. */
    private record Claimed(OutboxRow row, Recipient to) {
    }

    /** What a claim took: the rows to mail now, and how many rows it handled in all. */
    private record Batch(List<Claimed> toMail, int handled) {
    }

    private record Failure(long id, int attempts, LocalDateTime nextAttempt) {
    }

    private Batch claimBatch(LocalDateTime now) {
        List<OutboxRow> rows = outbox.claimDue(now, BATCH);
        if (rows.isEmpty()) {
            return new Batch(List.of(), 0);
        }
        Map<UserId, Recipient> recipients = outbox.recipients(rows.stream().map(OutboxRow::recipient).toList());
        List<Claimed> toMail = new ArrayList<>();
        List<Long> toDigest = new ArrayList<>();
        List<Long> skipped = new ArrayList<>();
        for (OutboxRow row : rows) {
            Recipient to = recipients.get(row.recipient());
            if (to == null || !to.reachable()) {
                skipped.add(row.id());
            } else if (to.delivery() == MailDelivery.DAILY_DIGEST) {
                toDigest.add(row.id());
            } else {
                toMail.add(new Claimed(row, to));
            }
        }
        outbox.markSending(toMail.stream().map(c -> c.row().id()).toList(), now.plus(CLAIM_LEASE));
        outbox.mark(toDigest, MailState.DIGEST, null);
        outbox.mark(skipped, MailState.SKIPPED, null);
        return new Batch(toMail, rows.size());
    }

    private Optional<Failure> trySend(Recipient to, OutboxRow row, LocalDateTime now) {
        try {
            postman.send(to.email(), composer.single(to, row), "notification-" + row.id());
            return Optional.empty();
        } catch (Exception e) {
            int attempts = row.attempts() + 1;
            LocalDateTime next = now.plus(backOff(attempts));
            log.warn("Mail for notification {} failed (attempt {}), next at {}: {}", row.id(), attempts, next,
                    e.toString());
            return Optional.of(new Failure(row.id(), attempts, next));
        }
    }

    /** 30 s after the first failure, doubling each time, at most an hour. */
    static Duration backOff(int attempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait;
    }
}
