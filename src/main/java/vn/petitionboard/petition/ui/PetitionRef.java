package vn.petitionboard.petition.ui;

import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;

/** The petition a dialog acts on, as the user saw it (the version is what optimistic locking checks). */
public record PetitionRef(PetitionId id, String code, String title, PetitionState state, DepartmentId department,
        int version) {
}
