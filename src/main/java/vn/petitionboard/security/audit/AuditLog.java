package vn.petitionboard.security.audit;

import static vn.petitionboard.jooq.Tables.AUDIT_LOG;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.SignedInUser;
import vn.petitionboard.security.UserId;

/**
 * The only writer of the append-only audit log. An administration command records its entry in its own transaction,
 * so a change and its entry are kept or rolled back together. Before and after are maps of plain values (names, ids,
 * flags, role names), written as JSON objects; callers never pass a password or a hash.
 */
@Component
public class AuditLog {

    static final int LABEL_MAX = 200;
    static final int USERNAME_MAX = 64;

    private final DSLContext dsl;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(DSLContext dsl, CurrentUser currentUser, Clock clock) {
        this.dsl = dsl;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** An administrator's change, by the signed-in user, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, AuditTarget target, Map<String, ?> before, Map<String, ?> after) {
        SignedInUser actor = currentUser.require();
        insert(action, actor.unitId(), actor.id(), actor.username(), target, json(before), json(after));
    }

    /**
     * The installation's set-up, by the administrator it creates (nobody is signed in yet), in the set-up's
     * transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordFirstRun(UnitId unit, UserId admin, String username, AuditTarget target, Map<String, ?> after) {
        insert(AuditAction.FIRST_RUN_COMPLETED, unit, admin, username, target, null, json(after));
    }

    /**
     * A sign-in event: by a known user (their id and unit) or, for an unknown username, by nobody; the name typed is
     * kept cut to the column's length. Written in a transaction of its own, since no command surrounds a sign-in.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSignIn(AuditAction action, Optional<UserId> user, Optional<UnitId> unit, String username) {
        insert(action, unit.orElse(null), user.orElse(null), username, null, null, null);
    }

    private void insert(AuditAction action, UnitId unit, UserId actor, String username, AuditTarget target,
            String before, String after) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, LocalDateTime.now(clock))
                .set(AUDIT_LOG.UNIT_ID, unit)
                .set(AUDIT_LOG.ACTOR_ID, actor)
                .set(AUDIT_LOG.ACTOR_USERNAME, cut(username, USERNAME_MAX))
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.TARGET_TYPE, target == null ? null : target.type())
                .set(AUDIT_LOG.TARGET_ID, target == null ? null : target.id())
                .set(AUDIT_LOG.TARGET_LABEL, target == null ? null : cut(target.label(), LABEL_MAX))
                .set(AUDIT_LOG.BEFORE_STATE, before)
                .set(AUDIT_LOG.AFTER_STATE, after)
                .set(AUDIT_LOG.CLIENT_ADDRESS, clientAddress().orElse(null))
                .execute();
    }

    private static String json(Map<String, ?> values) {
        return values == null || values.isEmpty() ? null : JsonMapper.shared().writeValueAsString(values);
    }

    private static String cut(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }

    /** The client's address when the entry is written during a request (Vaadin's and Spring Security's alike). */
    private static Optional<String> clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return Optional.ofNullable(request.getRemoteAddr()).map(a -> cut(a, 45));
        }
        return Optional.empty();
    }
}
