package vn.petitionboard.petition;

import java.util.List;
import java.util.function.Function;

/** The words of the exported sheet, in the user's language (the service knows no UI bundle). */
public record ExcelLabels(String sheetName, List<String> headers, Function<PetitionState, String> stateName) {

    public static final List<String> COLUMNS = List.of("code", "title", "domain", "department", "state", "deadline",
            "conferenceDate", "conference", "content", "requesters");

    public ExcelLabels {
        if (headers.size() != COLUMNS.size()) {
            throw new IllegalArgumentException("The export has " + COLUMNS.size() + " columns");
        }
        headers = List.copyOf(headers);
    }
}
