package vn.petitionboard.notification.mail;

import static vn.petitionboard.jooq.Tables.APP_USER;
import static vn.petitionboard.jooq.Tables.NOTIFICATION;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import vn.petitionboard.notification.NotificationId;
import vn.petitionboard.petition.HistoryArgs;
import vn.petitionboard.petition.HistoryText;
import vn.petitionboard.security.UserId;

/** The mail columns of the notification table, read and written by the sender and the digest only. */
@Repository
class MailOutbox {

    private final DSLContext dsl;

    MailOutbox(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Locks up to {@code limit} rows that are due, oldest first: pending ones, and ones a sender claimed but never
     * settled before its lease ran out (it stopped mid-batch). Rows another instance holds are skipped, not waited
     * for, so two senders on one database server share the work (MariaDB 10.6+, MySQL 8). The locks are the server's
     * own: on a Galera cluster two nodes can each lock the same row; {@link #markSending} makes the claim that commits
     * first the only one.
     */
    List<OutboxRow> claimDue(LocalDateTime now, int limit) {
        return dsl.select().from(NOTIFICATION)
                .where(NOTIFICATION.MAIL_STATE.eq(MailState.PENDING.name())
                        .and(NOTIFICATION.MAIL_NEXT_ATTEMPT_AT.isNull().or(NOTIFICATION.MAIL_NEXT_ATTEMPT_AT.le(now)))
                        .or(NOTIFICATION.MAIL_STATE.eq(MailState.SENDING.name())
                                .and(NOTIFICATION.MAIL_NEXT_ATTEMPT_AT.le(now))))
                .orderBy(NOTIFICATION.ID).limit(limit)
                .forUpdate().skipLocked()
                .fetch(MailOutbox::row);
    }

    /** Who has something for the digest: rows routed to it, or pending for a user who now wants the digest. */
    List<UserId> digestUsers() {
        return dsl.selectDistinct(NOTIFICATION.USER_ID).from(NOTIFICATION)
                .join(APP_USER).on(APP_USER.ID.eq(NOTIFICATION.USER_ID))
                .where(NOTIFICATION.MAIL_STATE.eq(MailState.DIGEST.name())
                        .or(NOTIFICATION.MAIL_STATE.eq(MailState.PENDING.name())
                                .and(APP_USER.MAIL_DELIVERY.eq(MailDelivery.DAILY_DIGEST.name()))))
                .orderBy(NOTIFICATION.USER_ID)
                .fetch(NOTIFICATION.USER_ID);
    }

    /**
     * One user's digest rows, locked until their mail is out (notification rows only: the user's own row stays free
     * for sign-in and edits meanwhile). Pending rows too when the user wants the digest now.
     */
    List<OutboxRow> lockDigestRows(UserId user, boolean withPending) {
        var states = withPending ? List.of(MailState.DIGEST.name(), MailState.PENDING.name())
                : List.of(MailState.DIGEST.name());
        return dsl.select().from(NOTIFICATION)
                .where(NOTIFICATION.USER_ID.eq(user)).and(NOTIFICATION.MAIL_STATE.in(states))
                .orderBy(NOTIFICATION.ID)
                .forUpdate()
                .fetch(MailOutbox::row);
    }

    Map<UserId, Recipient> recipients(Collection<UserId> ids) {
        return dsl.select(APP_USER.ID, APP_USER.FULL_NAME, APP_USER.EMAIL, APP_USER.ENABLED, APP_USER.MAIL_DELIVERY)
                .from(APP_USER).where(APP_USER.ID.in(ids))
                .fetch(r -> new Recipient(r.value1(), r.value2(), r.value3(), Boolean.TRUE.equals(r.value4()),
                        MailDelivery.parse(r.value5())))
                .stream().collect(Collectors.toMap(Recipient::id, Function.identity()));
    }

    void mark(Collection<Long> ids, MailState state, LocalDateTime sentAt) {
        if (!ids.isEmpty()) {
            dsl.update(NOTIFICATION).set(NOTIFICATION.MAIL_STATE, state.name())
                    .set(NOTIFICATION.MAIL_SENT_AT, sentAt)
                    .where(NOTIFICATION.ID.in(ids.stream().map(NotificationId::new).toList())).execute();
        }
    }

    /**
     * Claims rows for this sender until {@code leaseUntil}: once this commits, no other sender takes them before the
     * lease runs out. Two claims of one row on two Galera nodes conflict, and only the first to commit stands.
     */
    void markSending(Collection<Long> ids, LocalDateTime leaseUntil) {
        if (!ids.isEmpty()) {
            dsl.update(NOTIFICATION).set(NOTIFICATION.MAIL_STATE, MailState.SENDING.name())
                    .set(NOTIFICATION.MAIL_NEXT_ATTEMPT_AT, leaseUntil)
                    .where(NOTIFICATION.ID.in(ids.stream().map(NotificationId::new).toList())).execute();
        }
    }

    /** Back to pending, for another attempt at {@code nextAttempt}. */
    void failed(long id, int attempts, LocalDateTime nextAttempt) {
        dsl.update(NOTIFICATION).set(NOTIFICATION.MAIL_STATE, MailState.PENDING.name())
                .set(NOTIFICATION.MAIL_ATTEMPTS, attempts)
                .set(NOTIFICATION.MAIL_NEXT_ATTEMPT_AT, nextAttempt)
                .where(NOTIFICATION.ID.eq(new NotificationId(id))).execute();
    }

    private static OutboxRow row(Record r) {
        List<String> args = HistoryArgs.decode(r.get(NOTIFICATION.MESSAGE_KEY), r.get(NOTIFICATION.MESSAGE_ARGS))
                .map(HistoryText::args).orElse(List.of());
        return new OutboxRow(r.get(NOTIFICATION.ID).value(), r.get(NOTIFICATION.USER_ID),
                r.get(NOTIFICATION.PETITION_ID), r.get(NOTIFICATION.LINK_ROUTE), r.get(NOTIFICATION.KIND),
                r.get(NOTIFICATION.MESSAGE_KEY),
                args, r.get(NOTIFICATION.CREATED_AT), r.get(NOTIFICATION.MAIL_ATTEMPTS));
    }
}
