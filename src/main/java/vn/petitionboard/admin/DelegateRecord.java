package vn.petitionboard.admin;

import vn.petitionboard.conference.DelegateId;

/** A delegate (người kiến nghị) of the unit as the administrator corrects and merges them: who, and how many petitions. */
public record DelegateRecord(DelegateId id, String fullName, String residentialGroup, String organisation,
        int petitions, int version) {
}
