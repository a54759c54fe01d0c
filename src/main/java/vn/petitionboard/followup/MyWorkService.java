package vn.petitionboard.followup;

import static vn.petitionboard.jooq.Tables.DOMAIN;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.SignedInUser;

/** An officer's own department's open petitions, overdue first, then by deadline. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Permissions.DEPARTMENT_OFFICER + "')")
public class MyWorkService {

    private final DSLContext dsl;
    private final CurrentUser currentUser;
    private final Clock clock;

    MyWorkService(DSLContext dsl, CurrentUser currentUser, Clock clock) {
        this.dsl = dsl;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<WorkItem> openPetitions(int offset, int limit) {
        LocalDate today = LocalDate.now(clock);
        var overdue = DSL.when(PETITION.DEADLINE.lt(today).and(PETITION.STATE.ne(PetitionState.ESCALATED)), 0)
                .otherwise(1);
        return dsl.select(PETITION.ID, PETITION.CODE, PETITION.TITLE, PETITION.STATE, DOMAIN.NAME,
                        PETITION.DEPARTMENT_ID, PETITION.DEADLINE, PETITION.VERSION)
                .from(PETITION)
                .join(DOMAIN).on(DOMAIN.ID.eq(PETITION.DOMAIN_ID))
                .where(open())
                .orderBy(overdue, PETITION.DEADLINE.isNull(), PETITION.DEADLINE, PETITION.ID)
                .offset(offset).limit(limit)
                .fetch(r -> new WorkItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8()));
    }

    public int count() {
        return dsl.fetchCount(PETITION, open());
    }

    private Condition open() {
        SignedInUser user = currentUser.require();
        DepartmentId department = user.departmentId() != null ? user.departmentId() : new DepartmentId(-1);
        return PETITION.UNIT_ID.eq(user.unitId()).and(PETITION.DEPARTMENT_ID.eq(department))
                .and(PETITION.STATE.in(PetitionState.UNRESOLVED));
    }
}
