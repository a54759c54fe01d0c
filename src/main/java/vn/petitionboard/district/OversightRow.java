package vn.petitionboard.district;

import java.time.LocalDate;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;

/** A ward's petition as the district reads it: what it is, whose it is, where it stands. Nothing to act on. */
public record OversightRow(PetitionId id, String code, String title, String wardName, String domainName,
        PetitionState state, LocalDate deadline, LocalDate receivedOn, boolean overdue) {
}
