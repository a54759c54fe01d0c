package vn.petitionboard.petition;

import java.time.LocalDate;
import vn.petitionboard.organisation.DepartmentId;

/**
 * The inputs of the {@link PetitionAction}s: a leader's changes to an assignment, a department's requests and a
 * leader's decision on them. Each carries the version the user saw, for optimistic locking.
 */
public final class AssignmentCommands {

    private AssignmentCommands() {
    }

    public record Reassign(PetitionId id, int version, DepartmentId department, String reason) {
    }

    public record ExtendDeadline(PetitionId id, int version, LocalDate newDeadline, String reason) {
    }

    public record AddInstruction(PetitionId id, int version, String instruction) {
    }

    public record RequestExtension(PetitionId id, int version, LocalDate proposedDeadline, String reason) {
    }

    /** "Not ours": why, and optionally the department the officer thinks should have it. */
    public record RequestReassignment(PetitionId id, int version, DepartmentId suggestedDepartment, String reason) {
    }

    /**
     * Yes to the open request: for more time, the deadline granted (the one proposed unless the leader changes it);
     * for another department, the department the leader picks.
     */
    public record ApproveRequest(PetitionId id, int version, DepartmentId department, LocalDate deadline) {
    }

    public record RefuseRequest(PetitionId id, int version, String reason) {
    }
}
