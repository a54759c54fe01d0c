package vn.petitionboard.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.petition.PetitionConditions;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;

/**
 * The report the People's Committee chair reads at the next conference: what became of a conference's petitions,
 * and of earlier conferences' petitions still open, as they stood at the end of a chosen day. Every read is scoped to
 * the signed-in user's unit in the SQL.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Permissions.VIEW_REPORTS)
public class ConferenceReportService {

    private final ConferenceReportQuery query;
    private final CurrentUser currentUser;
    private final Clock clock;

    ConferenceReportService(ConferenceReportQuery query, CurrentUser currentUser, Clock clock) {
        this.query = query;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The unit's conferences, newest first; the first is the report's default. */
    public List<ConferenceOption> conferences() {
        return query.conferences(scope());
    }

    /** Today on the ward's clock: the default "as of" date and the document's date. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Empty when the conference is not the user's unit's. */
    public Optional<ConferenceReport> report(ConferenceId conference, LocalDate asOf) {
        PetitionConditions scope = scope();
        return query.heading(scope, conference).map(heading -> {
            // As of today (or later) nothing has happened after the day: each petition's state is its current one.
            boolean current = !asOf.isBefore(today());
            List<ReportRow> rows = query.rows(scope, heading, asOf, current);
            return new ConferenceReport(heading, asOf, today(), rows,
                    ReportSummary.of(rows, ReportWording.TOTAL));
        });
    }

    public Optional<byte[]> docx(ConferenceId conference, LocalDate asOf) {
        return report(conference, asOf).map(report -> write(out -> new ReportDocx(report).write(out)));
    }

    public Optional<byte[]> xlsx(ConferenceId conference, LocalDate asOf) {
        return report(conference, asOf).map(report -> write(out -> new ReportXlsx(report).write(out)));
    }

    private PetitionConditions scope() {
        return PetitionConditions.of(currentUser.require());
    }

    private interface Writer {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    private static byte[] write(Writer writer) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writer.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
