package vn.petitionboard.security.audit;

/**
 * What an audit log entry records. Stored by name in audit_log.action: never rename a constant, add new ones instead.
 */
public enum AuditAction {
    USER_CREATED,
    USER_UPDATED,
    USER_DISABLED,
    USER_ENABLED,
    USER_PASSWORD_RESET,
    USER_UNLOCKED,
    OWN_PASSWORD_CHANGED,
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    SIGN_IN_LOCKED,
    DEPARTMENT_CREATED,
    DEPARTMENT_UPDATED,
    DOMAIN_CREATED,
    DOMAIN_UPDATED,
    UNIT_UPDATED,
    HOLIDAY_ADDED,
    HOLIDAY_REMOVED,
    DELEGATE_UPDATED,
    DELEGATES_MERGED,
    FIRST_RUN_COMPLETED;

    /** Message key of the action's name as the audit screen shows it. */
    public String labelKey() {
        return "audit.action." + name();
    }
}
