package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.ASSIGNMENT;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import vn.petitionboard.organisation.UnitId;

/**
 * One unit's petitions with a department that are overdue or due by a day, for jobs that run outside any user's
 * session (deadline reminders). The unit is always part of the question; it reads ix_petition_deadline's range per
 * state, then each petition's current assignment by ix_assignment_petition (docs/benchmarks/reminders-explain.md).
 */
@Repository
public class DueDeadlinesQuery {

    private final DSLContext dsl;

    DueDeadlinesQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Deadline first; a petition appears once (its open assignment, if several were ever left open, the newest). */
    public List<DueDeadline> dueBy(UnitId unit, LocalDate lastDay) {
        Set<PetitionId> seen = new HashSet<>();
        return dsl.select(PETITION.ID, PETITION.CODE, PETITION.DEPARTMENT_ID, PETITION.DEADLINE,
                        ASSIGNMENT.ASSIGNED_BY)
                .from(PETITION)
                .leftJoin(ASSIGNMENT).on(ASSIGNMENT.PETITION_ID.eq(PETITION.ID).and(ASSIGNMENT.ENDED_AT.isNull()))
                .where(PETITION.UNIT_ID.eq(unit).and(PetitionConditions.dueBy(lastDay))
                        .and(PETITION.DEPARTMENT_ID.isNotNull()))
                .orderBy(PETITION.DEADLINE, PETITION.ID, ASSIGNMENT.ASSIGNED_AT.desc())
                .fetch(r -> new DueDeadline(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()))
                .stream().filter(due -> seen.add(due.id())).toList();
    }
}
