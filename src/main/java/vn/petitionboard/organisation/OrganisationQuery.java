package vn.petitionboard.organisation;

import static vn.petitionboard.jooq.Tables.DEPARTMENT;
import static vn.petitionboard.jooq.Tables.DOMAIN;
import static vn.petitionboard.jooq.Tables.UNIT;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Reads of the reference data: departments, the unit above, domains. */
@Component
class OrganisationQuery {

    private final DSLContext dsl;

    OrganisationQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<DepartmentOption> activeDepartments(UnitId unit) {
        return dsl.select(DEPARTMENT.ID, DEPARTMENT.NAME)
                .from(DEPARTMENT)
                .where(DEPARTMENT.UNIT_ID.eq(unit).and(DEPARTMENT.ACTIVE.isTrue()))
                .orderBy(DEPARTMENT.SORT_ORDER, DEPARTMENT.NAME)
                .fetch(r -> new DepartmentOption(r.value1(), r.value2()));
    }

    Optional<String> parentUnitName(UnitId unit) {
        var parent = UNIT.as("parent");
        return dsl.select(parent.NAME).from(UNIT).join(parent).on(parent.ID.eq(UNIT.PARENT_ID))
                .where(UNIT.ID.eq(unit))
                .fetchOptional(parent.NAME);
    }

    List<DomainOption> activeDomains() {
        return dsl.select(DOMAIN.ID, DOMAIN.CODE, DOMAIN.NAME)
                .from(DOMAIN)
                .where(DOMAIN.ACTIVE.isTrue())
                .orderBy(DOMAIN.SORT_ORDER, DOMAIN.NAME)
                .fetch(r -> new DomainOption(r.value1(), r.value2(), r.value3()));
    }
}
