package vn.petitionboard.security;

/**
 * Who may do what, as constants for {@code @RolesAllowed} on views and {@code @PreAuthorize} on services. Views are
 * never the only guard: every service method repeats the check, and queries narrow the rows (officers see only their
 * own department).
 */
public final class Permissions {

    public static final String PARTY_SECRETARY = "PARTY_SECRETARY";
    public static final String COMMITTEE_CHAIR = "COMMITTEE_CHAIR";
    public static final String DEPARTMENT_OFFICER = "DEPARTMENT_OFFICER";
    public static final String FRONT_REVIEWER = "FRONT_REVIEWER";
    public static final String CLERK = "CLERK";
    public static final String ADMIN = "ADMIN";

    /** Roles that see petitions: leaders, officers (own department only), the Front and the clerk. Not ADMIN. */
    public static final String VIEW_PETITIONS = "hasAnyRole('" + PARTY_SECRETARY + "','" + COMMITTEE_CHAIR + "','"
            + DEPARTMENT_OFFICER + "','" + FRONT_REVIEWER + "','" + CLERK + "')";

    /**
     * Roles that read the conference report: leaders, the Front and the clerk see the whole unit. Not officers (the
     * report covers every department) and not ADMIN.
     */
    public static final String VIEW_REPORTS = "hasAnyRole('" + PARTY_SECRETARY + "','" + COMMITTEE_CHAIR + "','"
            + FRONT_REVIEWER + "','" + CLERK + "')";

    /** The leaders' dashboard: whole-unit figures for the Party secretary, the chairman and the Front. */
    public static final String VIEW_DASHBOARD = "hasAnyRole('" + PARTY_SECRETARY + "','" + COMMITTEE_CHAIR + "','"
            + FRONT_REVIEWER + "')";

    /**
     * Not a role anyone is given: the authority a district's leaders and Front carry (SignedInUser#overseesWards),
     * for the district's overview of its wards and the read-only list behind its figures. A ward's leaders and a
     * district's officers do not carry it.
     */
    public static final String DISTRICT_OVERSIGHT = "DISTRICT_OVERSIGHT";

    /** The district's overview of its own wards (docs/decisions/0029-district-overview.md). */
    public static final String OVERSEE_WARDS = "hasRole('" + DISTRICT_OVERSIGHT + "')";

    public static final String ADMINISTER = "hasRole('" + ADMIN + "')";

    public static final String SIGNED_IN = "isAuthenticated()";

    private Permissions() {
    }
}
