package vn.petitionboard.petition;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.petitionboard.organisation.DepartmentId;

/** Everything the read-only details view shows about one petition. */
public record PetitionDetails(
        PetitionId id,
        String code,
        String title,
        String content,
        PetitionState state,
        int version,
        String domainName,
        DepartmentId departmentId,
        String departmentName,
        String conferenceTitle,
        LocalDate conferenceDate,
        boolean withinAuthority,
        LocalDate deadline,
        LocalDateTime stateChangedAt,
        LocalDateTime createdAt,
        List<Requester> requesters,
        boolean contactsVisible,
        FollowUp followUp,
        List<HistoryEntry> history) {

    public boolean isOverdue(LocalDate today) {
        return state.isOverdue(deadline, today);
    }

    /** A delegate who raised the petition. Phone and address are personal data: null unless the viewer may see them. */
    public record Requester(String fullName, String organisation, String residentialGroup, String phone,
            String address) {
    }

    /**
     * One line of the append-only history: details is the Vietnamese text written with it; text, when the row has one,
     * is the same in words the reader's language can show (rows written before 0015 have details only).
     * mergedCode is the code of the duplicate merged into this petition that the event happened to, null for the
     * petition's own events.
     */
    public record HistoryEntry(LocalDateTime occurredAt, String actorName, HistoryEvent eventType, PetitionState fromState,
            PetitionState toState, String details, Optional<HistoryText> text, String mergedCode) {
    }
}
