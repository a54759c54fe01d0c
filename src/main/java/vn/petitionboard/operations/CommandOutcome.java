package vn.petitionboard.operations;

import java.util.Locale;
import vn.petitionboard.petition.CommandResult;

/** How a command ended, as the metric's outcome tag names it. */
enum CommandOutcome {
    /** Done or created. */
    OK,
    /** Not allowed: the command's refusal, or method security's before the command ran. */
    REFUSED,
    /** Someone else changed the petition first (a stale version). */
    CONFLICT,
    /** Input to correct. */
    INVALID,
    /** An exception: a bug or the database away. */
    ERROR;

    static CommandOutcome of(CommandResult result) {
        return switch (result) {
            case CommandResult.Done done -> OK;
            case CommandResult.Created created -> OK;
            case CommandResult.Refused refused -> REFUSED;
            case CommandResult.Conflict conflict -> CONFLICT;
            case CommandResult.Invalid invalid -> INVALID;
            case null -> ERROR;
        };
    }

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
