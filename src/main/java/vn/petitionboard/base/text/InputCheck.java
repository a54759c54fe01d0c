package vn.petitionboard.base.text;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.petitionboard.base.i18n.Formats;

/**
 * Collects what is wrong with a command's input, field by field, while cleaning its text. Services run it before
 * writing anything, so the same rules hold whatever the UI let through.
 */
public final class InputCheck {

    private final Map<String, FieldError> errors = new LinkedHashMap<>();

    /** Cleaned text, with an error when it is missing or longer than max characters. */
    public String required(String field, String raw, int max) {
        String text = CleanText.of(raw);
        if (text == null) {
            fail(field, "validation.required");
        } else {
            checkLength(field, text, max);
        }
        return text;
    }

    /** Cleaned text or null, with an error when it is longer than max characters. */
    public String optional(String field, String raw, int max) {
        String text = CleanText.of(raw);
        if (text != null) {
            checkLength(field, text, max);
        }
        return text;
    }

    public <T> T required(String field, T value) {
        if (value == null) {
            fail(field, "validation.required");
        }
        return value;
    }

    /** A required deadline, from today to a few years ahead ({@link DateRange#deadline}). */
    public LocalDate deadline(String field, LocalDate date, LocalDate today) {
        if (date == null) {
            fail(field, "validation.required");
        } else {
            within(field, date, DateRange.deadline(today), "validation.date.past", "validation.date.tooFar");
        }
        return date;
    }

    /** An optional date of something that has happened, from {@link DateRange#EARLIEST} to today. */
    public LocalDate pastDate(String field, LocalDate date, LocalDate today) {
        if (date != null) {
            within(field, date, DateRange.past(today), "validation.date.tooEarly", "validation.date.future");
        }
        return date;
    }

    private void within(String field, LocalDate date, DateRange range, String tooEarly, String tooLate) {
        if (date.isBefore(range.min())) {
            fail(field, tooEarly, Formats.date(range.min()));
        } else if (date.isAfter(range.max())) {
            fail(field, tooLate, Formats.date(range.max()));
        }
    }

    public void require(boolean condition, String field, String messageKey, Object... arguments) {
        if (!condition) {
            fail(field, messageKey, arguments);
        }
    }

    public void fail(String field, String messageKey, Object... arguments) {
        errors.putIfAbsent(field, FieldError.of(messageKey, arguments));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public Map<String, FieldError> errors() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    private void checkLength(String field, String text, int max) {
        int length = CleanText.length(text);
        if (length > max) {
            fail(field, "validation.tooLong", max, length);
        }
    }
}
