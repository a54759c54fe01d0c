package vn.petitionboard.petition;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A history text's arguments as petition_history.details_args (and notification.message_args) holds them: a JSON array of strings, which any SQL client
 * can read and which keeps every character a user typed (quotes, braces, line breaks) as it was.
 */
public final class HistoryArgs {

    private static final Logger log = LoggerFactory.getLogger(HistoryArgs.class);
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private HistoryArgs() {
    }

    public static String encode(List<String> args) {
        return JsonMapper.shared().writeValueAsString(args);
    }

    /** The stored text, or empty (the row's details are shown instead) when there is none or it cannot be read. */
    public static Optional<HistoryText> decode(String key, String args) {
        if (key == null) {
            return Optional.empty();
        }
        try {
            List<String> values = args == null ? List.of() : JsonMapper.shared().readValue(args, STRINGS);
            return Optional.of(new HistoryText(key, values.stream().map(v -> v == null ? "" : v).toList()));
        } catch (JacksonException e) {
            log.warn("History arguments of {} are not a JSON array of strings: {}", key, e.getOriginalMessage());
            return Optional.empty();
        }
    }
}
