package vn.petitionboard.petition;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.text.CleanText;
import vn.petitionboard.base.text.DateRange;
import vn.petitionboard.base.text.FieldError;
import vn.petitionboard.base.text.InputCheck;
import vn.petitionboard.base.xlsx.StreamedSheet;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.DomainId;

/**
 * One data row of an import sheet against the capture screen's rules: the same limits and cleaning (InputCheck), a
 * known active domain and department, dates typed as text (15/03/2024, 2024-03-15) or stored as Excel dates. Formulas
 * are refused (a cached result can be stale, or absent in files written by other programs), so are error values.
 */
final class ImportRowCheck {

    private static final List<DateTimeFormatter> DATE_TEXTS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT));

    private final Map<String, DomainId> domains;
    private final Map<String, DepartmentId> departments;
    private final LocalDate today;

    /** Domains by lower-case name and code, departments by lower-case name (see {@link #lookupKey}). */
    ImportRowCheck(Map<String, DomainId> domains, Map<String, DepartmentId> departments, LocalDate today) {
        this.domains = domains;
        this.departments = departments;
        this.today = today;
    }

    static String lookupKey(String name) {
        String clean = CleanText.of(name);
        return clean == null ? "" : clean.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The row's problems; when there are none, the checked row is added to accepted. */
    List<ImportProblem> check(StreamedSheet.Row row, List<ImportedRow> accepted) {
        List<ImportProblem> problems = new ArrayList<>();
        InputCheck check = new InputCheck();
        Map<ImportColumn, StreamedSheet.Cell> cells = cellsOf(row, problems, check);
        String code = check.optional(ImportColumn.CODE.name(), text(cells, ImportColumn.CODE), ImportKey.CODE_MAX);
        String title = check.optional(ImportColumn.TITLE.name(), text(cells, ImportColumn.TITLE),
                PetitionIntakeService.TITLE_MAX);
        String content = check.required(ImportColumn.CONTENT.name(), text(cells, ImportColumn.CONTENT),
                PetitionIntakeService.CONTENT_MAX);
        String delegate = check.required(ImportColumn.DELEGATE.name(), text(cells, ImportColumn.DELEGATE),
                PetitionIntakeService.DELEGATE_NAME_MAX);
        DomainId domain = lookUp(check, cells, ImportColumn.DOMAIN, domains, true, "validation.domain.unknown");
        DepartmentId department = lookUp(check, cells, ImportColumn.DEPARTMENT, departments, false,
                "validation.department.unknown");
        LocalDate receivedOn = date(check, cells, ImportColumn.RECEIVED_ON);
        if (receivedOn != null) {
            check.pastDate(ImportColumn.RECEIVED_ON.name(), receivedOn, today);
        } else if (!cells.containsKey(ImportColumn.RECEIVED_ON)) {
            check.fail(ImportColumn.RECEIVED_ON.name(), "validation.required");
        }
        LocalDate deadline = checkDeadline(check, cells, department, receivedOn);
        check.errors().forEach((field, error) -> problems.add(problem(row.number(), field, error)));
        if (problems.isEmpty()) {
            accepted.add(new ImportedRow(row.number(), ImportKey.of(code, content, delegate),
                    title != null ? title : PetitionIntakeService.titleFrom(content), content, domain, delegate,
                    receivedOn, department, department == null ? null : CleanText.of(text(cells,
                    ImportColumn.DEPARTMENT)), deadline));
        }
        return problems;
    }

    /** With a department the petition is assigned and needs a deadline, not before the day it was received. */
    private LocalDate checkDeadline(InputCheck check, Map<ImportColumn, StreamedSheet.Cell> cells,
            DepartmentId department, LocalDate receivedOn) {
        String field = ImportColumn.DEADLINE.name();
        LocalDate deadline = date(check, cells, ImportColumn.DEADLINE);
        boolean typed = cells.containsKey(ImportColumn.DEADLINE);
        if (department != null && !typed) {
            check.fail(field, "import.deadline.required");
        } else if (department == null && typed && !cells.containsKey(ImportColumn.DEPARTMENT)) {
            check.fail(field, "import.deadline.withoutDepartment");
        } else if (deadline != null) {
            LocalDate latest = DateRange.deadline(today).max();
            check.require(receivedOn == null || !deadline.isBefore(receivedOn), field,
                    "import.deadline.beforeReceived");
            check.require(!deadline.isAfter(latest), field, "validation.date.tooFar", Formats.date(latest));
        }
        return deadline;
    }

    /** The row's cells by column; a formula or error value is the cell's first (and only) problem. */
    private Map<ImportColumn, StreamedSheet.Cell> cellsOf(StreamedSheet.Row row, List<ImportProblem> problems,
            InputCheck check) {
        Map<ImportColumn, StreamedSheet.Cell> cells = new EnumMap<>(ImportColumn.class);
        ImportColumn[] columns = ImportColumn.values();
        for (StreamedSheet.Cell cell : row.cells()) {
            if (cell.column() >= columns.length) {
                if (cell.kind() != StreamedSheet.Kind.TEXT || CleanText.of(cell.text()) != null) {
                    problems.add(ImportProblem.atLetter(row.number(),
                            CellReference.convertNumToColString(cell.column()), "import.cell.extraColumn"));
                }
                continue;
            }
            ImportColumn column = columns[cell.column()];
            if (cell.formula()) {
                check.fail(column.name(), "import.cell.formula");
            } else if (cell.kind() == StreamedSheet.Kind.ERROR) {
                check.fail(column.name(), "import.cell.error", cell.text());
            } else if (cell.kind() != StreamedSheet.Kind.TEXT || CleanText.of(cell.text()) != null) {
                cells.put(column, cell);
            }
        }
        return cells;
    }

    /** The cell as text: a whole number without ".0", a date-formatted number as dd/MM/yyyy. */
    private static String text(Map<ImportColumn, StreamedSheet.Cell> cells, ImportColumn column) {
        StreamedSheet.Cell cell = cells.get(column);
        if (cell == null) {
            return null;
        }
        return switch (cell.kind()) {
            case NUMBER -> {
                double number = cell.number();
                yield number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number)
                        : cell.text();
            }
            case DATE_NUMBER -> {
                LocalDate date = serialDate(cell.number());
                yield date == null ? cell.text() : Formats.date(date);
            }
            default -> cell.text();
        };
    }

    private <T> T lookUp(InputCheck check, Map<ImportColumn, StreamedSheet.Cell> cells, ImportColumn column,
            Map<String, T> known, boolean required, String unknownKey) {
        String typed = text(cells, column);
        if (typed == null) {
            if (required) {
                check.fail(column.name(), "validation.required");
            }
            return null;
        }
        T found = known.get(lookupKey(typed));
        check.require(found != null, column.name(), unknownKey);
        return found;
    }

    private static LocalDate date(InputCheck check, Map<ImportColumn, StreamedSheet.Cell> cells,
            ImportColumn column) {
        StreamedSheet.Cell cell = cells.get(column);
        if (cell == null) {
            return null;
        }
        LocalDate date = switch (cell.kind()) {
            case NUMBER, DATE_NUMBER -> serialDate(cell.number());
            default -> parseText(CleanText.of(cell.text()));
        };
        if (date == null) {
            check.fail(column.name(), "import.date.invalid", text(cells, column));
        }
        return date;
    }

    /** An Excel date serial of a day from {@link DateRange#EARLIEST} to 9999; null for any other number. */
    private static LocalDate serialDate(double serial) {
        if (serial != Math.rint(serial) || !DateUtil.isValidExcelDate(serial)) {
            return null;
        }
        LocalDate date = DateUtil.getLocalDateTime(serial).toLocalDate();
        return date.isBefore(DateRange.EARLIEST) ? null : date;
    }

    private static LocalDate parseText(String text) {
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : DATE_TEXTS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return null;
    }

    private static ImportProblem problem(int row, String field, FieldError error) {
        return ImportProblem.at(row, ImportColumn.valueOf(field), error.messageKey(),
                error.arguments().toArray());
    }
}
