package vn.petitionboard.security.audit;

import java.time.LocalDateTime;

/** One audit log entry as the audit screen lists it; before and after are the stored JSON objects, or null. */
public record AuditEntry(long id, LocalDateTime occurredAt, String actorUsername, AuditAction action,
        String targetType, String targetLabel, String before, String after, String clientAddress) {
}
