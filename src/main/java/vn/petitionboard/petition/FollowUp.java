package vn.petitionboard.petition;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.petitionboard.organisation.DepartmentId;

/**
 * What happened to a petition after intake: assignment, progress, answers, escalations, the Front's reviews and the
 * department's requests to the leaders.
 */
public record FollowUp(Optional<Assignment> currentAssignment, List<Progress> progress, List<Answer> answers,
        List<Escalation> escalations, List<Review> reviews, List<Request> requests, Optional<Origin> origin) {

    /** Where a petition escalated to this unit in the system came from: the lower unit and its petition's code. */
    public record Origin(String unitName, String code, String escalatedBy, LocalDateTime escalatedAt, String note) {
    }

    /** The request waiting for a leader, if any (at most one). */
    public Optional<Request> openRequest() {
        return requests.stream().filter(Request::isOpen).findFirst();
    }

    public record Assignment(String departmentName, LocalDate deadline, String instruction, String assignedBy,
            LocalDateTime assignedAt) {
    }

    public record Progress(LocalDateTime reportedAt, String reportedBy, int percent, String note,
            List<AttachmentRef> attachments) {
    }

    public record AttachmentRef(long id, String fileName, String contentType, long sizeBytes) {
    }

    public record Answer(AnswerKind kind, String content, String documentNumber, LocalDate documentDate,
            String speakerName, String answeredBy, LocalDateTime answeredAt, List<AttachmentRef> attachments) {
    }

    /** linkedCode: the code of the petition the parent unit received, for an escalation inside the system. */
    public record Escalation(String targetName, String referenceNumber, LocalDate sentOn, String note,
            String escalatedBy, String replyContent, String replyReference, LocalDate repliedOn, String linkedCode) {

        public boolean waiting() {
            return repliedOn == null;
        }
    }

    /** A department's request to the leaders, open until decided. */
    public record Request(RequestKind kind, String departmentName, String reason, LocalDate proposedDeadline,
            DepartmentId suggestedDepartment, String suggestedDepartmentName, String requestedBy,
            LocalDateTime requestedAt, RequestDecision decision, String decisionNote, String decidedBy,
            LocalDateTime decidedAt) {

        public boolean isOpen() {
            return decision == null;
        }
    }

    public record Review(ReviewVerdict verdict, String reason, LocalDate newDeadline, String reviewedBy,
            LocalDateTime reviewedAt) {
    }
}
