package vn.petitionboard.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * All UI text comes from i18n/messages*.properties: Vietnamese (the base file) first, English second. The bundle
 * never falls back to the JVM's default locale, so a server running in English still shows Vietnamese by default.
 */
@Component
public class MessageBundleI18NProvider implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.of("vi", "VN");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);
    private static final Logger log = LoggerFactory.getLogger(MessageBundleI18NProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(VIETNAMESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
        try {
            String pattern = ResourceBundle.getBundle("i18n.messages", effective, NO_FALLBACK).getString(key);
            if (params.length == 0) {
                return pattern;
            }
            MessageFormat format = new MessageFormat(pattern, effective);
            return format.format(typed(format, params));
        } catch (MissingResourceException e) {
            log.warn("Missing message key {} for {}", key, effective);
            return "!" + key;
        }
    }

    /**
     * Arguments kept as text (a history entry's, stored as a key and its arguments) take the type their pattern asks
     * for: {@code {n,date,…}} a date from ISO yyyy-MM-dd (or a LocalDate), {@code {n,number,…}} and
     * {@code {n,choice,…}} a number from digits. A text that is not what its pattern asks for is shown as it is.
     */
    static Object[] typed(MessageFormat format, Object[] params) {
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] typed = params.clone();
        for (int i = 0; i < Math.min(formats.length, typed.length); i++) {
            if (formats[i] instanceof DateFormat date) {
                Object value = typed[i];
                try {
                    LocalDate day = value instanceof LocalDate d ? d
                            : value instanceof String text ? LocalDate.parse(text.strip()) : null;
                    if (day != null) {
                        // A calendar day, not an instant: midnight UTC formatted in UTC, whatever the server's zone.
                        date.setTimeZone(UTC);
                        format.setFormatByArgumentIndex(i, date);
                        typed[i] = Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
                    }
                } catch (DateTimeParseException e) {
                    format.setFormatByArgumentIndex(i, null);
                }
            } else if (formats[i] instanceof NumberFormat && typed[i] instanceof String text) {
                try {
                    typed[i] = Long.parseLong(text.strip());
                } catch (NumberFormatException e) {
                    format.setFormatByArgumentIndex(i, null);
                }
            }
        }
        return typed;
    }
}
