package vn.petitionboard.petition;

import java.util.List;

/**
 * What checking (or importing) a file found. rows counts the data rows read; newRows those that would be (or were)
 * imported; alreadyThere the sheet rows whose petition the conference already has (skipped, not errors); problems
 * everything that stops the import, at most {@link PetitionImportService#PROBLEMS_SHOWN} of problemCount.
 */
public record ImportCheck(int rows, int newRows, List<Integer> alreadyThere, List<ImportProblem> problems,
        int problemCount, boolean imported) {

    public ImportCheck {
        alreadyThere = List.copyOf(alreadyThere);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problemCount == 0;
    }

    static ImportCheck refused(ImportProblem problem) {
        return new ImportCheck(0, 0, List.of(), List.of(problem), 1, false);
    }
}
