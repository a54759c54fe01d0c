package vn.petitionboard.organisation;

import static vn.petitionboard.jooq.Tables.DEPARTMENT;
import static vn.petitionboard.jooq.Tables.DOMAIN;
import static vn.petitionboard.jooq.Tables.UNIT;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;

/** Reference data shared by the features: domains now; units and departments as administration arrives. */
@Service
public class OrganisationService {

    private final DSLContext dsl;
    private final CurrentUser currentUser;

    OrganisationService(DSLContext dsl, CurrentUser currentUser) {
        this.dsl = dsl;
        this.currentUser = currentUser;
    }

    /** The signed-in user's unit's active departments. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SIGNED_IN)
    public List<DepartmentOption> activeDepartments() {
        return dsl.select(DEPARTMENT.ID, DEPARTMENT.NAME)
                .from(DEPARTMENT)
                .where(DEPARTMENT.UNIT_ID.eq(currentUser.require().unitId()).and(DEPARTMENT.ACTIVE.isTrue()))
                .orderBy(DEPARTMENT.SORT_ORDER, DEPARTMENT.NAME)
                .fetch(r -> new DepartmentOption(r.value1(), r.value2()));
    }

    /** The name of the unit directly above the user's (where escalations go), if any. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SIGNED_IN)
    public java.util.Optional<String> parentUnitName() {
        var parent = UNIT.as("parent");
        return dsl.select(parent.NAME).from(UNIT).join(parent).on(parent.ID.eq(UNIT.PARENT_ID))
                .where(UNIT.ID.eq(currentUser.require().unitId()))
                .fetchOptional(parent.NAME);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SIGNED_IN)
    public List<DomainOption> activeDomains() {
        return dsl.select(DOMAIN.ID, DOMAIN.CODE, DOMAIN.NAME)
                .from(DOMAIN)
                .where(DOMAIN.ACTIVE.isTrue())
                .orderBy(DOMAIN.SORT_ORDER, DOMAIN.NAME)
                .fetch(r -> new DomainOption(r.value1(), r.value2(), r.value3()));
    }
}
