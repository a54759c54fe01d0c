package vn.petitionboard.petition;

import java.util.List;
import java.util.function.Function;

/**
 * The words of the exported sheet, in the user's language (the service knows no UI bundle): the sheet's name, its
 * column headers and states, the title printed at the top of each page and the word before the page number.
 */
public record ExcelLabels(String sheetName, List<String> headers, Function<PetitionState, String> stateName,
        String printTitle, String pageWord) {

    public static final List<String> COLUMNS = List.of("code", "title", "domain", "department", "state", "deadline",
            "conferenceDate", "conference", "content", "requesters");

    public ExcelLabels {
        if (headers.size() != COLUMNS.size()) {
            throw new IllegalArgumentException("The export has " + COLUMNS.size() + " columns");
        }
        headers = List.copyOf(headers);
    }
}
