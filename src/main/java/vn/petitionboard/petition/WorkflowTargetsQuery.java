package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.DEPARTMENT;
import static vn.petitionboard.jooq.Tables.UNIT;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.UnitId;

/** Where a petition may be sent: an active department of the unit, or the unit directly above it. */
@Repository
class WorkflowTargetsQuery {

    record UnitRef(UnitId id, String name) {
    }

    private final DSLContext dsl;

    WorkflowTargetsQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The department's name, if it is an active department of this unit. */
    Optional<String> departmentName(DepartmentId department, UnitId unit) {
        return dsl.select(DEPARTMENT.NAME).from(DEPARTMENT)
                .where(DEPARTMENT.ID.eq(department).and(DEPARTMENT.UNIT_ID.eq(unit)).and(DEPARTMENT.ACTIVE.isTrue()))
                .fetchOptional(DEPARTMENT.NAME);
    }

    String unitName(UnitId unit) {
        return dsl.select(UNIT.NAME).from(UNIT).where(UNIT.ID.eq(unit)).fetchSingle(UNIT.NAME);
    }

    Optional<UnitRef> parentUnit(UnitId unit) {
        var parent = UNIT.as("parent");
        return dsl.select(parent.ID, parent.NAME).from(UNIT).join(parent).on(parent.ID.eq(UNIT.PARENT_ID))
                .where(UNIT.ID.eq(unit))
                .fetchOptional(r -> new UnitRef(r.value1(), r.value2()));
    }
}
