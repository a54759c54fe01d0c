package vn.petitionboard.report;

import java.time.LocalDate;
import vn.petitionboard.conference.ConferenceId;

/** A conference the report can be made for, as the selector lists it. */
public record ConferenceOption(ConferenceId id, String title, LocalDate heldOn) {
}
