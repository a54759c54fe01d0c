package vn.petitionboard.petition;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import vn.petitionboard.base.text.CleanText;
import vn.petitionboard.base.xlsx.StreamedSheet;

/**
 * Reads an import file once, streamed: the header row against the template's, each data row through
 * {@link ImportRowCheck}, merged cells, then which rows are new, already in the conference, or twice in the file.
 */
final class ImportSheetReader {

    /** The check, and the rows to write when it found nothing wrong. */
    record Result(ImportCheck check, List<ImportedRow> newRows) {
    }

    Result read(InputStream file, ImportRowCheck rowCheck, Set<String> existingKeys) throws IOException {
        Problems problems = new Problems();
        List<ImportedRow> accepted = new ArrayList<>();
        int[] dataRows = {0};
        boolean[] headerSeen = {false};
        StreamedSheet.Outcome outcome;
        try {
            outcome = StreamedSheet.read(file, PetitionImportService.MAX_ROWS + 1, row -> {
                if (!headerSeen[0]) {
                    headerSeen[0] = true;
                    checkHeader(row, problems);
                } else if (!problems.headerWrong) {
                    dataRows[0]++;
                    rowCheck.check(row, accepted).forEach(problems::add);
                }
            });
        } catch (StreamedSheet.Unreadable e) {
            return new Result(ImportCheck.refused(ImportProblem.ofFile(e.messageKey())), List.of());
        }
        if (!outcome.withinLimit()) {
            return new Result(ImportCheck.refused(ImportProblem.ofFile("import.file.tooManyRows",
                    PetitionImportService.MAX_ROWS)), List.of());
        }
        if (!headerSeen[0]) {
            return new Result(ImportCheck.refused(ImportProblem.ofFile("import.file.empty")), List.of());
        }
        for (String range : outcome.mergedRanges()) {
            CellRangeAddress merged = CellRangeAddress.valueOf(range);
            problems.add(new ImportProblem(merged.getFirstRow() + 1, range, "import.cell.merged", List.of(range)));
        }
        if (dataRows[0] == 0 && problems.count == 0) {
            problems.add(ImportProblem.ofFile("import.file.noRows"));
        }
        return sortOut(accepted, existingKeys, dataRows[0], problems);
    }

    private static Result sortOut(List<ImportedRow> accepted, Set<String> existingKeys, int rows,
            Problems problems) {
        List<Integer> alreadyThere = new ArrayList<>();
        List<ImportedRow> newRows = new ArrayList<>();
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        for (ImportedRow row : accepted) {
            Integer first = firstRowOfKey.putIfAbsent(row.key(), row.row());
            if (existingKeys.contains(row.key())) {
                alreadyThere.add(row.row());
            } else if (first != null) {
                problems.add(ImportProblem.at(row.row(), row.key().startsWith("code:") ? ImportColumn.CODE : null,
                        "import.row.duplicate", first));
            } else {
                newRows.add(row);
            }
        }
        List<ImportProblem> shown = problems.shown.stream()
                .sorted(java.util.Comparator.comparingInt(ImportProblem::row)).toList();
        ImportCheck check = new ImportCheck(rows, problems.count == 0 ? newRows.size() : 0, alreadyThere, shown,
                problems.count, false);
        return new Result(check, problems.count == 0 ? newRows : List.of());
    }

    /** Row 1 must hold the template's headers, in its order, and nothing after them. */
    private static void checkHeader(StreamedSheet.Row row, Problems problems) {
        Map<Integer, String> texts = new HashMap<>();
        row.cells().forEach(cell -> {
            String text = CleanText.of(cell.text());
            if (text != null) {
                texts.put(cell.column(), text);
            }
        });
        if (row.number() != 1) {
            problems.header(ImportProblem.ofFile("import.header.notFirstRow", row.number()));
            return;
        }
        for (ImportColumn column : ImportColumn.values()) {
            String found = texts.remove(column.ordinal());
            if (found == null || !ImportRowCheck.lookupKey(found).equals(ImportRowCheck.lookupKey(column.header()))) {
                problems.header(found == null ? ImportProblem.at(1, column, "import.header.missing", column.header())
                        : ImportProblem.at(1, column, "import.header.wrong", column.header(), found));
            }
        }
        texts.forEach((index, text) -> problems.header(ImportProblem.atLetter(1,
                CellReference.convertNumToColString(index), "import.header.extra", text)));
    }

    /** The problems found, the first {@link PetitionImportService#PROBLEMS_SHOWN} of them kept. */
    private static final class Problems {
        final List<ImportProblem> shown = new ArrayList<>();
        int count;
        boolean headerWrong;

        void add(ImportProblem problem) {
            count++;
            if (shown.size() < PetitionImportService.PROBLEMS_SHOWN) {
                shown.add(problem);
            }
        }

        void header(ImportProblem problem) {
            headerWrong = true;
            add(problem);
        }
    }
}
