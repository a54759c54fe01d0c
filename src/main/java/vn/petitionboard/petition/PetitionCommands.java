package vn.petitionboard.petition;

import java.time.LocalDate;
import java.util.List;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.petition.attachment.AttachmentStaging;
import vn.petitionboard.petition.attachment.ReceivedFile;

/** The inputs of the life-cycle commands. Each carries the version the user saw, for optimistic locking. */
public final class PetitionCommands {

    private PetitionCommands() {
    }

    public record Assign(PetitionId id, int version, DepartmentId department, LocalDate deadline,
            String instruction) {
    }

    public record AnswerOnTheSpot(PetitionId id, int version, String content, String speakerName) {
    }

    public record Start(PetitionId id, int version) {
    }

    /** The attachments are files the server has received and checked (see {@link AttachmentStaging}). */
    public record ReportProgress(PetitionId id, int version, String note, Integer percent,
            List<ReceivedFile> attachments) {
    }

    /** The attachments carry the reply document itself, received and checked as a progress report's are. */
    public record Answer(PetitionId id, int version, String content, String documentNumber,
            LocalDate documentDate, List<ReceivedFile> attachments) {
    }

    public record Escalate(PetitionId id, int version, EscalationTarget target, String agencyName,
            String referenceNumber, LocalDate sentOn, String note) {
    }

    public record RecordReply(PetitionId id, int version, String content, String replyReference,
            LocalDate repliedOn) {
    }

    public record Accept(PetitionId id, int version) {
    }

    public record Return(PetitionId id, int version, String reason, LocalDate newDeadline) {
    }

    public record SendBack(PetitionId id, int version, String reason, LocalDate newDeadline) {
    }

    public enum EscalationTarget {
        PARENT_UNIT,
        AGENCY
    }
}
