package vn.petitionboard.followup;

import static vn.petitionboard.jooq.Tables.DOMAIN;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import vn.petitionboard.petition.PetitionConditions;

/** An officer's own department's open petitions, overdue first, then by deadline. */
@Repository
class MyWorkQuery {

    private final DSLContext dsl;

    MyWorkQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<WorkItem> open(PetitionConditions scope, LocalDate today, int offset, int limit) {
        var overdueFirst = DSL.when(PetitionConditions.overdue(today), 0).otherwise(1);
        return dsl.select(PETITION.ID, PETITION.CODE, PETITION.TITLE, PETITION.STATE, DOMAIN.NAME,
                        PETITION.DEPARTMENT_ID, PETITION.DEADLINE, PETITION.VERSION)
                .from(PETITION)
                // STRAIGHT_JOIN: petitions first. The planner's estimate for the 7-row domain table's join (100
                // petitions a domain, where a ward has ~47,000) makes it start there and read the whole ward.
                .straightJoin(DOMAIN).on(DOMAIN.ID.eq(PETITION.DOMAIN_ID))
                .where(open(scope))
                .orderBy(overdueFirst, PETITION.DEADLINE.isNull(), PETITION.DEADLINE, PETITION.ID)
                .offset(offset).limit(limit)
                .fetch(r -> new WorkItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8()));
    }

    int count(PetitionConditions scope) {
        return dsl.fetchCount(PETITION, open(scope));
    }

    private static Condition open(PetitionConditions scope) {
        return scope.ofOwnDepartment().and(PetitionConditions.open());
    }
}
