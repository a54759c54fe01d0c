package vn.petitionboard.security.audit;

/** The row an audit entry is about: its kind (e.g. "user"), id and a label a reader recognises (a username, a name). */
public record AuditTarget(String type, long id, String label) {

    public static AuditTarget user(long id, String username) {
        return new AuditTarget("user", id, username);
    }
}
