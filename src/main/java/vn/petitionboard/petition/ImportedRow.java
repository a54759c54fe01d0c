package vn.petitionboard.petition;

import java.time.LocalDate;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.DomainId;

/** One sheet row that passed every check: cleaned text, known domain and department, and its import key. */
record ImportedRow(int row, String key, String title, String content, DomainId domain, String delegateName,
        LocalDate receivedOn, DepartmentId department, String departmentName, LocalDate deadline) {
}
