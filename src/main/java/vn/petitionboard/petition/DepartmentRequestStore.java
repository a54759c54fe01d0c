package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.DEPARTMENT_REQUEST;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.security.SignedInUser;

/**
 * A department's requests to the leaders. At most one is open per petition: the commands look before they write, and
 * the table's unique key on open_petition_id stops a second one whatever two users do at once.
 */
@Repository
class DepartmentRequestStore {

    /** The request waiting for a leader, as a command needs it. */
    record OpenRequest(long id, RequestKind kind, DepartmentId department, LocalDate proposedDeadline,
            DepartmentId suggestedDepartment) {
    }

    private final DSLContext dsl;

    DepartmentRequestStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<OpenRequest> open(PetitionId petition) {
        return dsl.select(DEPARTMENT_REQUEST.ID, DEPARTMENT_REQUEST.KIND, DEPARTMENT_REQUEST.DEPARTMENT_ID,
                        DEPARTMENT_REQUEST.PROPOSED_DEADLINE, DEPARTMENT_REQUEST.SUGGESTED_DEPARTMENT_ID)
                .from(DEPARTMENT_REQUEST)
                .where(DEPARTMENT_REQUEST.PETITION_ID.eq(petition).and(DEPARTMENT_REQUEST.DECIDED_AT.isNull()))
                .fetchOptional(r -> new OpenRequest(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    void insert(PetitionId petition, DepartmentId department, RequestKind kind, String reason,
            LocalDate proposedDeadline, DepartmentId suggestedDepartment, SignedInUser by, LocalDateTime at) {
        dsl.insertInto(DEPARTMENT_REQUEST)
                .set(DEPARTMENT_REQUEST.PETITION_ID, petition)
                .set(DEPARTMENT_REQUEST.DEPARTMENT_ID, department)
                .set(DEPARTMENT_REQUEST.KIND, kind)
                .set(DEPARTMENT_REQUEST.REASON, reason)
                .set(DEPARTMENT_REQUEST.PROPOSED_DEADLINE, proposedDeadline)
                .set(DEPARTMENT_REQUEST.SUGGESTED_DEPARTMENT_ID, suggestedDepartment)
                .set(DEPARTMENT_REQUEST.REQUESTED_BY, by.id())
                .set(DEPARTMENT_REQUEST.REQUESTED_AT, at)
                .execute();
    }

    /** Closes the request; false when it was no longer open. */
    boolean decide(long requestId, RequestDecision decision, String note, SignedInUser by, LocalDateTime at) {
        return dsl.update(DEPARTMENT_REQUEST)
                .set(DEPARTMENT_REQUEST.DECISION, decision)
                .set(DEPARTMENT_REQUEST.DECISION_NOTE, note)
                .set(DEPARTMENT_REQUEST.DECIDED_BY, by.id())
                .set(DEPARTMENT_REQUEST.DECIDED_AT, at)
                .where(DEPARTMENT_REQUEST.ID.eq(requestId).and(DEPARTMENT_REQUEST.DECIDED_AT.isNull()))
                .execute() == 1;
    }
}
