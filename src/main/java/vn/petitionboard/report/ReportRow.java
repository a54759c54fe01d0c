package vn.petitionboard.report;

import java.time.LocalDate;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;

/**
 * One petition as it stood at the end of the report's date: its state rebuilt from the history, its department and
 * deadline from the assignments made by then, and the answer or latest progress known by then ({@code outcome}).
 * {@code fromEarlierConference} marks an earlier conference's petition that was still open on that date.
 * {@code origin} ("Phường Phúc Đồng – KN-2026-002") marks a petition a lower unit escalated to this one in the system.
 */
public record ReportRow(PetitionId id, boolean fromEarlierConference, int conferenceYear, String code, String title,
        String content, String domainName, int domainOrder, String delegates, String departmentName,
        PetitionState state, String outcome, LocalDate receivedOn, LocalDate deadline, LocalDate answeredOn,
        LocalDate resolvedOn, String origin) {

    public boolean fromLowerUnit() {
        return origin != null;
    }
}
