package vn.petitionboard.report;

import java.time.LocalDate;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.conference.ConferenceKind;

/**
 * What the document's header and intro need: the issuing unit and its parent (for "UBND QUẬN LONG BIÊN" over
 * "ỦY BAN NHÂN DÂN PHƯỜNG THƯỢNG THANH"), the conference, and the chair who signs.
 */
public record ReportHeading(String unitName, String parentUnitName, ConferenceId conferenceId,
        String conferenceTitle, ConferenceKind conferenceKind, LocalDate heldOn, String planNumber, String chairName) {

    public int year() {
        return heldOn.getYear();
    }
}
