package vn.petitionboard.security;

/** The roles of docs/domain.md. A user may hold several; Spring Security sees each as ROLE_&lt;name&gt;. */
public enum Role {
    PARTY_SECRETARY,
    COMMITTEE_CHAIR,
    DEPARTMENT_OFFICER,
    FRONT_REVIEWER,
    CLERK,
    ADMIN;

    /** Message key of the role's display name. */
    public String labelKey() {
        return "role." + name();
    }
}
