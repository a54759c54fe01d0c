package vn.petitionboard.petition;

/** A petition merged into another: its page leads to the survivor, saying so. */
public record MergedPetition(PetitionId id, String code, PetitionId survivor, String survivorCode) {
}
