package vn.petitionboard.petition;

import java.util.List;

/**
 * One thing wrong with an import file: the sheet's row number (0 for the file as a whole), the column as
 * "C (Nội dung)" (null for a whole row or the file) and the reason as a message key with its arguments.
 */
public record ImportProblem(int row, String column, String messageKey, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem ofFile(String messageKey, Object... arguments) {
        return new ImportProblem(0, null, messageKey, List.of(arguments));
    }

    /** A cell past the template's last column, named by its letter. */
    public static ImportProblem atLetter(int row, String letter, String messageKey, Object... arguments) {
        return new ImportProblem(row, letter, messageKey, List.of(arguments));
    }

    public static ImportProblem at(int row, ImportColumn column, String messageKey, Object... arguments) {
        return new ImportProblem(row, column == null ? null : column.label(), messageKey, List.of(arguments));
    }
}
