package vn.petitionboard.admin;

import java.time.LocalDate;
import java.util.List;
import vn.petitionboard.petition.OpenDeadline;

/**
 * What adding or removing a holiday on this date means for the unit's open petitions, shown before saving. Deadlines
 * are stored as dates when a petition is assigned and are never recomputed (docs/decisions/0019): {@code onDate} are
 * the open petitions whose deadline is this very day, which the chair may want to move; {@code after} counts the open
 * deadlines that fall later, which stay as they are. Only deadlines set after the change count the new calendar.
 */
public record HolidayImpact(LocalDate date, List<OpenDeadline> onDate, int after) {
}
