package vn.petitionboard.security.audit;

import java.time.LocalDate;

/**
 * What the audit screen narrows to; every part may be null (no narrowing). {@code text} matches the username of who
 * acted or typed it at sign-in, or the target's label (the user an administrator changed).
 */
public record AuditFilter(AuditAction action, LocalDate from, LocalDate to, String text) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null);

    public static final int TEXT_MAX = 64;
}
