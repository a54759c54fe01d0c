package vn.petitionboard.petition;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** What happened to a petition after intake: assignment, progress, answers, escalations and the Front's reviews. */
public record FollowUp(Optional<Assignment> currentAssignment, List<Progress> progress, List<Answer> answers,
        List<Escalation> escalations, List<Review> reviews) {

    public record Assignment(String departmentName, LocalDate deadline, String instruction, String assignedBy,
            LocalDateTime assignedAt) {
    }

    public record Progress(LocalDateTime reportedAt, String reportedBy, int percent, String note,
            List<AttachmentRef> attachments) {
    }

    public record AttachmentRef(long id, String fileName, String contentType, long sizeBytes) {
    }

    public record Answer(AnswerKind kind, String content, String documentNumber, LocalDate documentDate,
            String speakerName, String answeredBy, LocalDateTime answeredAt) {
    }

    public record Escalation(String targetName, String referenceNumber, LocalDate sentOn, String note,
            String escalatedBy, String replyContent, String replyReference, LocalDate repliedOn) {

        public boolean waiting() {
            return repliedOn == null;
        }
    }

    public record Review(ReviewVerdict verdict, String reason, LocalDate newDeadline, String reviewedBy,
            LocalDateTime reviewedAt) {
    }
}
