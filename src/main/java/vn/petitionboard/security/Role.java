package vn.petitionboard.security;

import java.util.Set;

/** The roles of docs/domain.md. A user may hold several; Spring Security sees each as ROLE_&lt;name&gt;. */
public enum Role {
    PARTY_SECRETARY,
    COMMITTEE_CHAIR,
    DEPARTMENT_OFFICER,
    FRONT_REVIEWER,
    CLERK,
    ADMIN;

    /** The unit's leaders: they assign, answer on the spot, escalate and send answers back. */
    public static final Set<Role> LEADERS = Set.of(PARTY_SECRETARY, COMMITTEE_CHAIR);

    /** Roles that see every petition of their unit; an officer alone sees only their own department's. */
    public static final Set<Role> WHOLE_UNIT_READERS = Set.of(PARTY_SECRETARY, COMMITTEE_CHAIR, FRONT_REVIEWER, CLERK);

    /**
     * Roles that, held in a district, oversee its wards read-only: the district's overview and the petition list
     * behind its figures (docs/decisions/0029-district-overview.md). Not the district's officers, not its clerk.
     */
    public static final Set<Role> WARD_OVERSEERS = Set.of(PARTY_SECRETARY, COMMITTEE_CHAIR, FRONT_REVIEWER);

    /**
     * Roles that see delegates' phone numbers and addresses (personal data): the clerk, the leaders and the
     * assigned department (an officer only ever reaches their own department's petitions). Not the Front.
     */
    public static final Set<Role> CONTACT_READERS = Set.of(CLERK, PARTY_SECRETARY, COMMITTEE_CHAIR,
            DEPARTMENT_OFFICER);

    /** Message key of the role's display name. */
    public String labelKey() {
        return "role." + name();
    }
}
