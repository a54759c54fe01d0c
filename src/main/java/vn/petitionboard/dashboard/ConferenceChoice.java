package vn.petitionboard.dashboard;

import java.time.LocalDate;
import vn.petitionboard.conference.ConferenceId;

/** A conference of the unit as a dashboard filter choice. */
public record ConferenceChoice(ConferenceId id, String title, LocalDate heldOn) {
}
