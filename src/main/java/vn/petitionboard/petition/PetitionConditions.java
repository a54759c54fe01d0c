package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.security.Role;
import vn.petitionboard.security.SignedInUser;

/**
 * The rules about petition rows, as jOOQ conditions on {@code PETITION}: which rows a user may see, which are open,
 * overdue or awaiting the Front's review. Every feature that queries petitions (board, follow-up, review, dashboard,
 * report, search, conferences) takes its WHERE from here, so a rule changes in one place.
 */
public final class PetitionConditions {

    /** No petition has this department: an officer without a department sees nothing. */
    private static final DepartmentId NO_DEPARTMENT = new DepartmentId(-1);

    private final UnitId unit;
    private final Optional<DepartmentId> department;
    private final DepartmentId ownDepartment;

    private PetitionConditions(UnitId unit, Optional<DepartmentId> department, DepartmentId ownDepartment) {
        this.unit = unit;
        this.department = department;
        this.ownDepartment = ownDepartment;
    }

    /**
     * The signed-in user's view: always their unit; an officer who holds no whole-unit role (leader, Front, clerk)
     * only their own department.
     */
    public static PetitionConditions of(SignedInUser user) {
        DepartmentId own = user.departmentId() != null ? user.departmentId() : NO_DEPARTMENT;
        boolean departmentOnly = !user.hasAny(Role.WHOLE_UNIT_READERS) && user.has(Role.DEPARTMENT_OFFICER);
        return new PetitionConditions(user.unitId(), departmentOnly ? Optional.of(own) : Optional.empty(), own);
    }

    /** A view given directly (benchmarks and tests): a unit, and optionally one department. */
    public static PetitionConditions of(UnitId unit, Optional<DepartmentId> department) {
        return new PetitionConditions(unit, department, department.orElse(NO_DEPARTMENT));
    }

    public UnitId unit() {
        return unit;
    }

    /** The one department this view is limited to, if it is. */
    public Optional<DepartmentId> department() {
        return department;
    }

    /**
     * The rows this user may see; what they may not see does not exist for them. A merged petition is not one of them:
     * it lives on in the petition it was merged into, so no list, board, count, report or command reads it (its page
     * leads to the survivor, {@link #visibleEvenMerged}).
     */
    public Condition visible() {
        return scoped().and(PETITION.STATE.ne(PetitionState.MERGED));
    }

    /** This petition, merged or not, if it is of the user's unit (and department): only to follow a merge. */
    Condition visibleEvenMerged(PetitionId id) {
        return PETITION.ID.eq(id).and(scoped());
    }

    private Condition scoped() {
        Condition condition = PETITION.UNIT_ID.eq(unit);
        return department.isPresent() ? condition.and(PETITION.DEPARTMENT_ID.eq(department.get())) : condition;
    }

    /**
     * Whether a change of a petition of that unit, which the department has after it and the other had before, is
     * one this view may notice: it saw the petition before or sees it now. The page then reads through
     * {@link #visible()} like any other read.
     */
    public boolean mayNotice(UnitId changedUnit, DepartmentId after, DepartmentId before) {
        return unit.equals(changedUnit) && (department.isEmpty() || department.get().equals(after)
                || department.get().equals(before));
    }

    /** This petition, if the user may see it. */
    public Condition visible(PetitionId id) {
        return PETITION.ID.eq(id).and(visible());
    }

    /** The user's own department's petitions in their unit (an officer's "my work", whatever other roles they have). */
    public Condition ofOwnDepartment() {
        return PETITION.UNIT_ID.eq(unit).and(PETITION.DEPARTMENT_ID.eq(ownDepartment));
    }

    /** Not yet resolved: the board's columns. */
    public static Condition open() {
        return PETITION.STATE.in(PetitionState.UNRESOLVED);
    }

    /**
     * {@link PetitionState#isOverdue} in SQL: the ward has the next step (not resolved, escalated or answered) and the
     * deadline is before today. PetitionConditionsTest checks that the two agree row by row.
     */
    public static Condition overdue(LocalDate today) {
        return PETITION.STATE.notIn(PetitionState.NOT_DUE).and(PETITION.DEADLINE.isNotNull())
                .and(PETITION.DEADLINE.lt(today));
    }

    /**
     * Overdue, or due by {@code lastDay} (both included): the ward has the next step ({@link PetitionState#DUE}, as an
     * IN list so that ix_petition_deadline reads a range per state) and the deadline is not after lastDay.
     */
    public static Condition dueBy(LocalDate lastDay) {
        return PETITION.STATE.in(PetitionState.DUE).and(PETITION.DEADLINE.le(lastDay));
    }

    /**
     * Received in the year: a range of ix_petition_received. The dashboards' "a year" (the ward's and the district's
     * overview alike) count these petitions and what became of them.
     */
    public static Condition receivedIn(int year) {
        return PETITION.CREATED_AT.ge(LocalDate.of(year, 1, 1).atStartOfDay())
                .and(PETITION.CREATED_AT.lt(LocalDate.of(year + 1, 1, 1).atStartOfDay()));
    }

    /**
     * A district's read-only oversight of its own wards (docs/decisions/0029-district-overview.md): their petitions,
     * the wards given by the district's service after it checked who asks. Never used to act on a petition: commands
     * stay scoped by {@link #visible()} to the user's own unit.
     */
    public static Condition ofWards(Collection<UnitId> wards) {
        return PETITION.UNIT_ID.in(wards).and(PETITION.STATE.ne(PetitionState.MERGED));
    }

    /**
     * Days from receipt to resolution (calendar days between the two dates), as the dashboards count them for a
     * resolved petition's median; null without a resolved_at.
     */
    public static Field<Integer> daysToResolve() {
        return DSL.localDateDiff(DSL.cast(PETITION.RESOLVED_AT, SQLDataType.LOCALDATE),
                DSL.cast(PETITION.CREATED_AT, SQLDataType.LOCALDATE));
    }

    /** Answered, waiting for the Fatherland Front to accept or return the answer. */
    public static Condition awaitingReview() {
        return PETITION.STATE.eq(PetitionState.ANSWERED);
    }
}
