package vn.petitionboard.review;

import java.time.LocalDateTime;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.petition.PetitionId;

/** An answered petition waiting for the Fatherland Front, with its latest answer. */
public record ReviewItem(PetitionId id, String code, String title, String domainName, DepartmentId departmentId,
        String departmentName, LocalDateTime answeredAt, String answer, int version) {
}
