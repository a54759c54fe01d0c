package vn.petitionboard.conference;

import java.time.LocalDate;

/** What the clerk types about a conference. */
public record ConferenceForm(ConferenceKind kind, String title, LocalDate heldOn, String venue, String chairs,
        String planNumber, String legalBasis, Integer delegateCount, String minutesNote) {
}
