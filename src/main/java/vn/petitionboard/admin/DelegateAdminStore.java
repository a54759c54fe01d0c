package vn.petitionboard.admin;

import static vn.petitionboard.jooq.Tables.DELEGATE;
import static vn.petitionboard.jooq.Tables.PETITION_REQUESTER;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import vn.petitionboard.conference.DelegateId;
import vn.petitionboard.organisation.UnitId;

/** Reads and writes the unit's delegates for {@link DelegateAdminService}; every statement names the unit. */
@Component
class DelegateAdminStore {

    private final DSLContext dsl;

    DelegateAdminStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The unit's delegates whose name contains the text, by name. The column's collation (utf8mb4_unicode_ci) ignores
     * case and tone marks, so "nguyen van" finds "Nguyễn Văn"; the (unit, name) index narrows the rows to the unit.
     */
    List<DelegateRecord> delegates(UnitId unit, String text, int offset, int limit) {
        return dsl.select(DELEGATE.fields()).select(petitionCount()).from(DELEGATE).where(matching(unit, text))
                .orderBy(DELEGATE.FULL_NAME, DELEGATE.ID)
                .offset(offset).limit(limit)
                .fetch(DelegateAdminStore::delegate);
    }

    int count(UnitId unit, String text) {
        return dsl.fetchCount(DELEGATE, matching(unit, text));
    }

    /** The delegate of the unit, locked until the transaction ends. */
    Optional<DelegateRecord> lock(UnitId unit, DelegateId id) {
        return dsl.select(DELEGATE.fields()).select(petitionCount()).from(DELEGATE)
                .where(DELEGATE.ID.eq(id).and(DELEGATE.UNIT_ID.eq(unit))).forUpdate()
                .fetchOptional(DelegateAdminStore::delegate);
    }

    boolean existsElsewhere(UnitId unit, DelegateId id) {
        return dsl.fetchExists(DELEGATE, DELEGATE.ID.eq(id).and(DELEGATE.UNIT_ID.ne(unit)));
    }

    void rename(DelegateId id, String name) {
        dsl.update(DELEGATE).set(DELEGATE.FULL_NAME, name).set(DELEGATE.VERSION, DELEGATE.VERSION.plus(1))
                .where(DELEGATE.ID.eq(id)).execute();
    }

    /** Removes a delegate record that no petition names any more (its links were moved first). */
    void delete(DelegateId id) {
        dsl.deleteFrom(DELEGATE).where(DELEGATE.ID.eq(id)).execute();
    }

    void touch(DelegateId id) {
        dsl.update(DELEGATE).set(DELEGATE.VERSION, DELEGATE.VERSION.plus(1)).where(DELEGATE.ID.eq(id)).execute();
    }

    private static Condition matching(UnitId unit, String text) {
        Condition ofUnit = DELEGATE.UNIT_ID.eq(unit);
        return text == null || text.isBlank() ? ofUnit : ofUnit.and(DELEGATE.FULL_NAME.contains(text.strip()));
    }

    private static Field<Integer> petitionCount() {
        return DSL.field(DSL.selectCount().from(PETITION_REQUESTER)
                .where(PETITION_REQUESTER.DELEGATE_ID.eq(DELEGATE.ID))).as("petitions");
    }

    private static DelegateRecord delegate(Record row) {
        return new DelegateRecord(row.get(DELEGATE.ID), row.get(DELEGATE.FULL_NAME),
                row.get(DELEGATE.RESIDENTIAL_GROUP), row.get(DELEGATE.ORGANISATION),
                row.get("petitions", Integer.class), row.get(DELEGATE.VERSION));
    }
}
