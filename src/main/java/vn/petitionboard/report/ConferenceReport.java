package vn.petitionboard.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The report on one conference's petitions as of a date: the heading, the rows (that conference's petitions first,
 * then earlier conferences' petitions still open on that date, then what lower units escalated to this one) and the
 * counts per domain and state.
 */
public record ConferenceReport(ReportHeading heading, LocalDate asOf, LocalDate issuedOn, List<ReportRow> rows,
        ReportSummary summary) {

    public List<ReportRow> conferenceRows() {
        return rows.stream().filter(r -> !r.fromEarlierConference() && !r.fromLowerUnit()).toList();
    }

    public List<ReportRow> earlierRows() {
        return rows.stream().filter(r -> r.fromEarlierConference() && !r.fromLowerUnit()).toList();
    }

    /** The petitions lower units escalated to this unit in the system: received this year, or still open. */
    public List<ReportRow> lowerUnitRows() {
        return rows.stream().filter(ReportRow::fromLowerUnit).toList();
    }
}
