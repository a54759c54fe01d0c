package vn.petitionboard.petition;

/** A line of the Excel export: the list's line with what a meeting needs beside it, the content and who raised it. */
record PetitionExportRow(PetitionListRow row, String content, String requesters) {
}
