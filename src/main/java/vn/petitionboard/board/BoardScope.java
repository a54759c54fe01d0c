package vn.petitionboard.board;

import java.util.Optional;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.UnitId;

/** Which rows a user may see: always one unit; for an officer, also one department. Becomes WHERE clauses. */
record BoardScope(UnitId unit, Optional<DepartmentId> department) {
}
