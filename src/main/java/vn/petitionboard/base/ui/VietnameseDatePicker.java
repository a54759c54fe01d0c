package vn.petitionboard.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.util.Arrays;
import java.util.List;

/**
 * Date pickers that read and write dates as a Vietnamese office does, dd/MM/yyyy, whatever the UI language, with a
 * calendar that starts on Monday. Month and weekday names come from the message bundles (Vietnamese by default).
 * Typing 1/2/2020, 01.02.2020 or 01-02-2020 is understood too.
 */
public final class VietnameseDatePicker {

    /** The display and primary parse format; {@link vn.petitionboard.base.i18n.Formats} uses the same pattern. */
    public static final String DATE_FORMAT = "dd/MM/yyyy";

    private static final int MONDAY = 1;

    private VietnameseDatePicker() {
    }

    /** A date picker with the given label, dd/MM/yyyy, Monday first, and translated names and messages. */
    public static DatePicker create(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setI18n(i18n(picker));
        picker.setPlaceholder(picker.getTranslation("datepicker.placeholder"));
        return picker;
    }

    /**
     * The i18n object for a picker (or anything else that needs it), translated for the locale of the given
     * picker's UI.
     */
    public static DatePickerI18n i18n(DatePicker picker) {
        return new DatePickerI18n()
                .setDateFormats(DATE_FORMAT, "dd.MM.yyyy", "dd-MM-yyyy")
                .setFirstDayOfWeek(MONDAY)
                .setMonthNames(list(picker, "datepicker.months", 12))
                // Vaadin lists weekdays from Sunday, whatever the first day of the week.
                .setWeekdays(list(picker, "datepicker.weekdays", 7))
                .setWeekdaysShort(list(picker, "datepicker.weekdaysShort", 7))
                .setToday(picker.getTranslation("datepicker.today"))
                .setCancel(picker.getTranslation("datepicker.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("datepicker.badInput"))
                .setRequiredErrorMessage(picker.getTranslation("validation.required"))
                .setMinErrorMessage(picker.getTranslation("datepicker.min"))
                .setMaxErrorMessage(picker.getTranslation("datepicker.max"));
    }

    private static List<String> list(DatePicker picker, String key, int size) {
        List<String> names = Arrays.stream(picker.getTranslation(key).split(",")).map(String::strip).toList();
        if (names.size() != size) {
            throw new IllegalStateException("Message " + key + " must list " + size + " names separated by commas");
        }
        return names;
    }
}
