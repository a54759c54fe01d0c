package vn.petitionboard.petition;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The words of a history entry as a message key of i18n/messages*.properties and its arguments, so that each reader
 * sees the system's words in their own language while what a user typed stays as typed. Arguments are text: a date is
 * ISO yyyy-MM-dd (the pattern's {@code {n,date,dd/MM/yyyy}} formats it), a count is digits (for {@code {n,choice,…}}).
 * Keys are stored with the history, which is append-only: like {@link HistoryEvent}'s names, a key is never renamed or
 * removed, and its arguments keep their order.
 */
public record HistoryText(String key, List<String> args) {

    public HistoryText {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** Dates become ISO text, numbers digits, anything else its text; a missing argument is empty. */
    public static HistoryText of(String key, Object... args) {
        return new HistoryText(key, Arrays.stream(args).map(HistoryText::argument).toList());
    }

    /** The arguments as a message bundle takes them. */
    public Object[] arguments() {
        return args.toArray();
    }

    private static String argument(Object value) {
        return switch (value) {
            case null -> "";
            case LocalDate date -> date.toString();
            default -> value.toString();
        };
    }
}
