package vn.petitionboard.admin;

import static vn.petitionboard.jooq.Tables.UNIT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import vn.petitionboard.organisation.UnitId;

/** Reads and writes the names of a unit and the units above it for {@link UnitAdminService}. */
@Component
class UnitAdminStore {

    /** Ward, district, city: a chain longer than this is not followed. */
    private static final int LEVELS = 3;

    private final DSLContext dsl;

    UnitAdminStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The unit, then its parent, then the parent's parent; locked when asked, so two saves are checked in turn. */
    List<UnitLevel> chain(UnitId unit, boolean lock) {
        List<UnitLevel> chain = new ArrayList<>();
        Optional<UnitId> next = Optional.of(unit);
        while (next.isPresent() && chain.size() < LEVELS) {
            var query = dsl.select(UNIT.ID, UNIT.KIND, UNIT.NAME, UNIT.VERSION, UNIT.PARENT_ID).from(UNIT)
                    .where(UNIT.ID.eq(next.get()));
            var row = lock ? query.forUpdate().fetchOne() : query.fetchOne();
            if (row == null) {
                break;
            }
            chain.add(new UnitLevel(row.value1(), row.value2(), row.value3(), row.value4()));
            next = Optional.ofNullable(row.value5());
        }
        return chain;
    }

    void rename(UnitId unit, String name) {
        dsl.update(UNIT).set(UNIT.NAME, name).set(UNIT.VERSION, UNIT.VERSION.plus(1)).where(UNIT.ID.eq(unit))
                .execute();
    }
}
