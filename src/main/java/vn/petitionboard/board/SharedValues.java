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
        if (date == null) {
            return null;
        }
        int slot = (int) Math.floorMod(date.toEpochDay(), (long) SLOTS);
        LocalDate shared = DATES[slot];
        if (date.equals(shared)) {
            return shared;
        }
        DATES[slot] = date;
        return date;
    }

    static DepartmentId department(DepartmentId department) {
        if (department == null) {
            return null;
        }
        int slot = (int) Math.floorMod(department.value(), (long) SLOTS);
        DepartmentId shared = DEPARTMENTS[slot];
        if (department.equals(shared)) {
            return shared;
        }
        DEPARTMENTS[slot] = department;
        return department;
    }
}
