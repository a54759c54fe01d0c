package vn.petitionboard.petition;

import java.time.LocalDateTime;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.security.SignedInUser;

/** Many petitions of a unit were written at once (an import), published in the transaction that wrote them. */
public record PetitionsImported(UnitId unit, SignedInUser actor, LocalDateTime at) {
}
