package vn.petitionboard.notification;

import static vn.petitionboard.jooq.Tables.NOTIFICATION;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.petition.HistoryArgs;
import vn.petitionboard.petition.HistoryText;
import vn.petitionboard.petition.PetitionMoved;
import vn.petitionboard.security.UserId;

/** Writes of notification rows: new ones with the change that causes them, and their "read" mark. */
@Repository
class NotificationStore {

    private final DSLContext dsl;

    NotificationStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * One row per recipient. The same cause (event key) for the same recipient is written once: an event delivered
     * twice is ignored by the unique key rather than failing the user's command.
     */
    void insert(Collection<UserId> recipients, NotificationKind kind, PetitionMoved change) {
        String args = HistoryArgs.encode(List.of(change.code(), change.title(), change.actorName()));
        for (UserId recipient : recipients) {
            dsl.insertInto(NOTIFICATION)
                    .set(NOTIFICATION.USER_ID, recipient)
                    .set(NOTIFICATION.UNIT_ID, change.unit())
                    .set(NOTIFICATION.PETITION_ID, change.petition())
                    .set(NOTIFICATION.KIND, kind)
                    .set(NOTIFICATION.MESSAGE_KEY, kind.messageKey())
                    .set(NOTIFICATION.MESSAGE_ARGS, args)
                    .set(NOTIFICATION.EVENT_KEY, eventKey(change))
                    .set(NOTIFICATION.ACTOR_ID, change.actor())
                    .set(NOTIFICATION.CREATED_AT, change.at())
                    .onDuplicateKeyIgnore()
                    .execute();
        }
    }

    /**
     * A row about several petitions, opening a page instead of one of them. Once per recipient and event key: a second
     * writer of the same key (another instance, a rerun) is ignored. True when this call wrote it.
     */
    boolean insertAbout(UserId recipient, UnitId unit, NotificationKind kind, HistoryText text, String eventKey,
            String linkRoute, LocalDateTime at) {
        return dsl.insertInto(NOTIFICATION)
                .set(NOTIFICATION.USER_ID, recipient)
                .set(NOTIFICATION.UNIT_ID, unit)
                .set(NOTIFICATION.KIND, kind)
                .set(NOTIFICATION.MESSAGE_KEY, text.key())
                .set(NOTIFICATION.MESSAGE_ARGS, HistoryArgs.encode(text.args()))
                .set(NOTIFICATION.EVENT_KEY, eventKey)
                .set(NOTIFICATION.LINK_ROUTE, linkRoute)
                .set(NOTIFICATION.CREATED_AT, at)
                .onDuplicateKeyIgnore()
                .execute() == 1;
    }

    /** The history row that caused it: unique per change, and the key later e-mail sends once per recipient by. */
    static String eventKey(PetitionMoved change) {
        return "history:" + change.historyId();
    }

    /** True when it was the user's own unread row. */
    boolean markRead(UserId user, NotificationId id, LocalDateTime at) {
        return dsl.update(NOTIFICATION).set(NOTIFICATION.READ_AT, at)
                .where(NOTIFICATION.ID.eq(id).and(NOTIFICATION.USER_ID.eq(user)).and(NOTIFICATION.READ_AT.isNull()))
                .execute() == 1;
    }

    int markAllRead(UserId user, LocalDateTime at) {
        return dsl.update(NOTIFICATION).set(NOTIFICATION.READ_AT, at)
                .where(NOTIFICATION.USER_ID.eq(user).and(NOTIFICATION.READ_AT.isNull()))
                .execute();
    }
}
