package vn.petitionboard.notification;

import static vn.petitionboard.jooq.Tables.NOTIFICATION;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import vn.petitionboard.petition.HistoryArgs;
import vn.petitionboard.petition.HistoryText;
import vn.petitionboard.security.UserId;

/** Reads of one user's notifications; every query is narrowed to the recipient (ix_notification_user_*). */
@Component
class NotificationQuery {

    private final DSLContext dsl;

    NotificationQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    int unreadCount(UserId user) {
        return dsl.fetchCount(NOTIFICATION, NOTIFICATION.USER_ID.eq(user).and(NOTIFICATION.READ_AT.isNull()));
    }

    /** Newest first. */
    List<NotificationItem> page(UserId user, int offset, int limit) {
        return dsl.select(NOTIFICATION.ID, NOTIFICATION.PETITION_ID, NOTIFICATION.KIND, NOTIFICATION.MESSAGE_KEY,
                        NOTIFICATION.MESSAGE_ARGS, NOTIFICATION.CREATED_AT, NOTIFICATION.READ_AT,
                        NOTIFICATION.LINK_ROUTE)
                .from(NOTIFICATION)
                .where(NOTIFICATION.USER_ID.eq(user))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc())
                .limit(limit).offset(offset)
                .fetch(r -> new NotificationItem(r.value1(), r.value2(), r.value3(),
                        HistoryArgs.decode(r.value4(), r.value5())
                                .orElse(new HistoryText(r.value4(), List.of())),
                        r.value6(), r.value7() != null, r.value8()));
    }
}
