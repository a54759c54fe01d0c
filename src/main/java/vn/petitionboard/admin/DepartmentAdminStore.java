package vn.petitionboard.admin;

import static vn.petitionboard.jooq.Tables.DEPARTMENT;
import static vn.petitionboard.jooq.Tables.UNIT;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.UnitId;

/** Reads and writes the unit's departments for {@link DepartmentAdminService}; every statement names the unit. */
@Component
class DepartmentAdminStore {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final DSLContext dsl;

    DepartmentAdminStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Active ones first, then in their menu order. */
    List<Department> departments(UnitId unit, int offset, int limit) {
        return dsl.select(DEPARTMENT.fields()).from(DEPARTMENT).where(DEPARTMENT.UNIT_ID.eq(unit))
                .orderBy(DEPARTMENT.ACTIVE.desc(), DEPARTMENT.SORT_ORDER, DEPARTMENT.NAME, DEPARTMENT.ID)
                .offset(offset).limit(limit)
                .fetch(DepartmentAdminStore::department);
    }

    int count(UnitId unit) {
        return dsl.fetchCount(DEPARTMENT, DEPARTMENT.UNIT_ID.eq(unit));
    }

    Optional<Department> find(UnitId unit, DepartmentId id) {
        return dsl.select(DEPARTMENT.fields()).from(DEPARTMENT).where(ofUnit(unit, id))
                .fetchOptional(DepartmentAdminStore::department);
    }

    /** The department locked until the transaction ends, so that two administrators' changes are checked in turn. */
    Optional<Department> lock(UnitId unit, DepartmentId id) {
        return dsl.select(DEPARTMENT.fields()).from(DEPARTMENT).where(ofUnit(unit, id)).forUpdate()
                .fetchOptional(DepartmentAdminStore::department);
    }

    /** Locks the unit's row: two administrators adding or renaming departments check the names in turn. */
    void lockUnit(UnitId unit) {
        dsl.select(UNIT.ID).from(UNIT).where(UNIT.ID.eq(unit)).forUpdate().fetch();
    }

    /**
     * Another department of the unit with this name, ignoring case but not diacritics ("Tư pháp" and "TƯ PHÁP" are
     * one name; "Ban" and "Bàn" are two words): compared in binary after lower-casing both sides.
     */
    boolean nameTaken(UnitId unit, String name, Optional<DepartmentId> except) {
        Condition sameName = DSL.lower(DEPARTMENT.NAME).collate("utf8mb4_bin")
                .eq(DSL.val(name.toLowerCase(VIETNAMESE)).collate("utf8mb4_bin"));
        Condition condition = DEPARTMENT.UNIT_ID.eq(unit).and(sameName);
        return dsl.fetchExists(DEPARTMENT, except.map(id -> condition.and(DEPARTMENT.ID.ne(id))).orElse(condition));
    }

    /** A new active department at the end of the menu, with a code of its own ("BP-7") the unit has not used. */
    DepartmentId insert(UnitId unit, String name) {
        int next = dsl.fetchCount(DEPARTMENT, DEPARTMENT.UNIT_ID.eq(unit)) + 1;
        while (dsl.fetchExists(DEPARTMENT, DEPARTMENT.UNIT_ID.eq(unit).and(DEPARTMENT.CODE.eq("BP-" + next)))) {
            next++;
        }
        Integer lastOrder = dsl.select(DSL.max(DEPARTMENT.SORT_ORDER)).from(DEPARTMENT)
                .where(DEPARTMENT.UNIT_ID.eq(unit)).fetchOne(0, Integer.class);
        return dsl.insertInto(DEPARTMENT)
                .set(DEPARTMENT.UNIT_ID, unit)
                .set(DEPARTMENT.CODE, "BP-" + next)
                .set(DEPARTMENT.NAME, name)
                .set(DEPARTMENT.SORT_ORDER, lastOrder == null ? 1 : lastOrder + 1)
                .returningResult(DEPARTMENT.ID)
                .fetchOne(DEPARTMENT.ID);
    }

    void rename(DepartmentId id, String name) {
        dsl.update(DEPARTMENT).set(DEPARTMENT.NAME, name).set(DEPARTMENT.VERSION, DEPARTMENT.VERSION.plus(1))
                .where(DEPARTMENT.ID.eq(id)).execute();
    }

    void setActive(DepartmentId id, boolean active) {
        dsl.update(DEPARTMENT).set(DEPARTMENT.ACTIVE, active).set(DEPARTMENT.VERSION, DEPARTMENT.VERSION.plus(1))
                .where(DEPARTMENT.ID.eq(id)).execute();
    }

    private static Condition ofUnit(UnitId unit, DepartmentId id) {
        return DEPARTMENT.ID.eq(id).and(DEPARTMENT.UNIT_ID.eq(unit));
    }

    private static Department department(Record row) {
        return new Department(row.get(DEPARTMENT.ID), row.get(DEPARTMENT.CODE), row.get(DEPARTMENT.NAME),
                row.get(DEPARTMENT.ACTIVE), row.get(DEPARTMENT.VERSION));
    }
}
