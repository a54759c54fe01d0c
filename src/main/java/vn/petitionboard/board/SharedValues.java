package vn.petitionboard.board;

import java.time.LocalDate;
import vn.petitionboard.organisation.DepartmentId;

/**
 * One instance of the values that repeat over the cards of every open board (a deadline, a department), so that a
 * card points at a shared one instead of keeping its own copy while its board is open. Bounded and lossy: a slot per
 * hash, where a new value replaces an old one; a miss only costs the copy it would have saved. The values are
 * immutable, so a slot read by another thread is either a whole value or null.
 */
final class SharedValues {

    private static final int SLOTS = 4096;
    private static final LocalDate[] DATES = new LocalDate[SLOTS];
    private static final DepartmentId[] DEPARTMENTS = new DepartmentId[SLOTS];

    private SharedValues() {
    }

    static LocalDate date(LocalDate date) {
        return date == null ? null : shared(DATES, date, date.toEpochDay());
    }

    static DepartmentId department(DepartmentId department) {
        return department == null ? null : shared(DEPARTMENTS, department, department.value());
    }

    /** The instance in the value's slot if it is an equal one, else the value, which takes the slot. */
    private static <T> T shared(T[] slots, T value, long key) {
        int slot = (int) Math.floorMod(key, (long) SLOTS);
        T kept = slots[slot];
        if (value.equals(kept)) {
            return kept;
        }
        slots[slot] = value;
        return value;
    }
}
