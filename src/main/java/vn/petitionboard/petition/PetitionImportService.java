package vn.petitionboard.petition;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.base.xlsx.StreamedSheet;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.conference.DelegateId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.SignedInUser;

/**
 * Past petitions from an Excel file into one conference (docs/decisions/0017-import-from-excel.md). Every row is
 * checked before anything is written; the import checks the file again under the conference's lock and writes all its
 * new rows in this one transaction, or nothing. Rows the conference already has (same import key) are skipped.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Permissions.CLERK + "')")
public class PetitionImportService {

    /** As the app's upload limit (spring.servlet.multipart.max-file-size). */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    /** The problems a check lists; the count says how many there are in all. */
    public static final int PROBLEMS_SHOWN = 500;
    /** Rows per statement: 200 petitions of the longest content stay well under MariaDB's 16 MB packet. */
    private static final int WRITE_CHUNK = 200;

    private final ImportStore imports;
    private final IntakeStore intake;
    private final PetitionStore store;
    private final PetitionSearchTermStore searchIndex;
    private final ImportSheetReader reader;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    PetitionImportService(ImportStore imports, IntakeStore intake, PetitionStore store,
            PetitionSearchTermStore searchIndex, CurrentUser currentUser, Clock clock,
            ApplicationEventPublisher publisher) {
        this.imports = imports;
        this.intake = intake;
        this.store = store;
        this.searchIndex = searchIndex;
        this.reader = new ImportSheetReader();
        this.currentUser = currentUser;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** The template: the headers, one sample row, the unit's active domains and departments as drop-down lists. */
    @Transactional(readOnly = true)
    public byte[] template() {
        UnitId unit = currentUser.require().unitId();
        return ImportTemplate.write(imports.domainNames(), imports.departmentNames(unit));
    }

    /** Checks every row and writes nothing. */
    @Transactional(readOnly = true)
    public ImportCheck check(ConferenceId conference, byte[] file) {
        return read(conference, file, false).check();
    }

    /** Checks the file again and, when nothing is wrong, writes every new row; otherwise writes nothing. */
    public ImportCheck importFile(ConferenceId conference, byte[] file) {
        SignedInUser user = currentUser.require();
        Checked checked = read(conference, file, true);
        ImportCheck check = checked.check();
        if (!check.ok() || checked.rows().isEmpty()) {
            return check;
        }
        write(conference, checked.heldOn(), checked.rows(), user);
        publisher.publishEvent(new PetitionsImported(user.unitId(), user, LocalDateTime.now(clock)));
        return new ImportCheck(check.rows(), check.newRows(), check.alreadyThere(), List.of(), 0, true);
    }

    private record Checked(ImportCheck check, List<ImportedRow> rows, LocalDate heldOn) {
    }

    private Checked read(ConferenceId conference, byte[] file, boolean lock) {
        UnitId unit = currentUser.require().unitId();
        Optional<LocalDate> heldOn = conference == null ? Optional.empty()
                : imports.conferenceHeldOn(conference, unit, lock);
        if (heldOn.isEmpty()) {
            return new Checked(ImportCheck.refused(ImportProblem.ofFile("conference.notFound")), List.of(), null);
        }
        if (file == null || file.length > MAX_BYTES) {
            return new Checked(ImportCheck.refused(ImportProblem.ofFile("import.file.tooLarge", MAX_BYTES >> 20)),
                    List.of(), null);
        }
        ImportRowCheck rowCheck = new ImportRowCheck(imports.domainKeys(), imports.departmentKeys(unit),
                LocalDate.now(clock));
        try {
            ImportSheetReader.Result result = reader.read(new ByteArrayInputStream(file), rowCheck,
                    imports.importKeys(conference));
            return new Checked(result.check(), result.newRows(), heldOn.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the rows a chunk at a time, each chunk's petitions, requesters, history and search terms in a few
     * statements: one statement per row would take half a minute for 10,000 rows.
     */
    private void write(ConferenceId conference, LocalDate heldOn, List<ImportedRow> rows, SignedInUser user) {
        LocalDateTime now = LocalDateTime.now(clock);
        int year = heldOn.getYear();
        int seq = intake.reserveSequences(user.unitId(), year, rows.size());
        Map<String, DelegateId> delegates = new HashMap<>(imports.delegatesByName(user.unitId()));
        for (int from = 0; from < rows.size(); from += WRITE_CHUNK) {
            List<ImportedRow> chunk = rows.subList(from, Math.min(rows.size(), from + WRITE_CHUNK));
            List<IntakeStore.ImportedPetition> petitions = new ArrayList<>();
            for (ImportedRow row : chunk) {
                PetitionState state = row.department() == null ? PetitionState.RECEIVED : PetitionState.ASSIGNED;
                petitions.add(new IntakeStore.ImportedPetition(new IntakeStore.NewPetition(conference,
                        IntakeStore.code(year, seq), year, seq, row.title(), row.content(), row.domain(), state,
                        true), row));
                seq++;
            }
            Map<String, PetitionId> ids = intake.insertImported(conference, petitions, user, now);
            List<IntakeStore.RequesterLink> links = new ArrayList<>();
            List<PetitionStore.HistoryEntry> history = new ArrayList<>();
            for (IntakeStore.ImportedPetition petition : petitions) {
                ImportedRow row = petition.row();
                PetitionId id = ids.get(row.key());
                DelegateId delegate = delegates.computeIfAbsent(ImportRowCheck.lookupKey(row.delegateName()),
                        name -> intake.insertDelegate(user.unitId(),
                                new IntakeStore.NewDelegate(row.delegateName(), null, null, null), now));
                links.add(new IntakeStore.RequesterLink(id, delegate, 0));
                if (row.department() != null) {
                    store.assignment(id, row.department(), row.deadline(), "", user, now);
                }
                history.add(new PetitionStore.HistoryEntry(id, HistoryEvent.IMPORTED, null,
                        petition.petition().state(), historyText(row)));
            }
            intake.linkRequesters(links);
            store.histories(history, user, now);
            searchIndex.insertTerms(List.copyOf(ids.values()));
        }
    }

    private static HistoryText historyText(ImportedRow row) {
        return row.department() == null ? HistoryText.of("history.imported", row.row(), row.receivedOn())
                : HistoryText.of("history.imported.assigned", row.row(), row.receivedOn(), row.departmentName(),
                        row.deadline());
    }
}
