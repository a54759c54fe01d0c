package vn.petitionboard.petition;

/**
 * Merge two duplicate petitions: {@code survivor} carries on with the requesters and history of both, {@code merged}
 * is closed as merged into it. Each at the version the user saw.
 */
public record MergeCommand(PetitionId survivor, int survivorVersion, PetitionId merged, int mergedVersion) {
}
