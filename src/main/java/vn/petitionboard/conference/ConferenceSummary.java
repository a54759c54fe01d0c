package vn.petitionboard.conference;

import java.time.LocalDate;

/** A conference as the list and the capture screen show it, with the version for editing. */
public record ConferenceSummary(ConferenceId id, ConferenceKind kind, String title, LocalDate heldOn, String venue,
        String chairs, String planNumber, String legalBasis, Integer delegateCount, String minutesNote,
        int petitionCount, int version) {

    public ConferenceSummary withPetitionCount(int count) {
        return new ConferenceSummary(id, kind, title, heldOn, venue, chairs, planNumber, legalBasis, delegateCount,
                minutesNote, count, version);
    }

    public ConferenceForm toForm() {
        return new ConferenceForm(kind, title, heldOn, venue, chairs, planNumber, legalBasis, delegateCount,
                minutesNote);
    }
}
