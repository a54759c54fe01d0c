package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.PETITION_HISTORY;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import vn.petitionboard.base.i18n.MessageBundleI18NProvider;

/** The history rows a writer left: its event, its key and arguments as stored, and the Vietnamese details beside. */
@Component
class HistoryRows {

    /** One petition_history row's text columns. */
    record Row(HistoryEvent event, String key, String args, String details) {
    }

    private final DSLContext dsl;
    private final MessageBundleI18NProvider messages;

    HistoryRows(DSLContext dsl, MessageBundleI18NProvider messages) {
        this.dsl = dsl;
        this.messages = messages;
    }

    /** The petition's rows, newest first. */
    List<Row> newest(PetitionId id, int count) {
        return dsl.select(PETITION_HISTORY.EVENT_TYPE, PETITION_HISTORY.DETAILS_KEY, PETITION_HISTORY.DETAILS_ARGS,
                        PETITION_HISTORY.DETAILS)
                .from(PETITION_HISTORY).where(PETITION_HISTORY.PETITION_ID.eq(id))
                .orderBy(PETITION_HISTORY.OCCURRED_AT.desc(), PETITION_HISTORY.ID.desc()).limit(count)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Expects the newest row to be this event with this key and these arguments, read in both languages. */
    Written last(PetitionId id) {
        return new Written(newest(id, 1).getFirst());
    }

    Written written(Row row) {
        return new Written(row);
    }

    final class Written {

        private final Row row;

        private Written(Row row) {
            this.row = row;
        }

        /**
         * The event, its stored key and arguments, and what it reads: in Vietnamese (what details held before the
         * keys, and still holds) and in English.
         */
        void is(HistoryEvent event, String key, List<String> args, String vietnamese, String english) {
            assertThat(row.event()).isEqualTo(event);
            assertThat(row.key()).as("stored key").isEqualTo(key);
            HistoryText text = HistoryArgs.decode(row.key(), row.args()).orElseThrow();
            assertThat(text.args()).as("stored arguments").isEqualTo(args);
            assertThat(row.details()).as("the Vietnamese details, as before").isEqualTo(vietnamese);
            assertThat(messages.getTranslation(key, MessageBundleI18NProvider.VIETNAMESE, text.arguments()))
                    .as("read in Vietnamese").isEqualTo(vietnamese);
            assertThat(messages.getTranslation(key, MessageBundleI18NProvider.ENGLISH, text.arguments()))
                    .as("read in English").isEqualTo(english);
        }

        /** A step with nothing to say (start, accept): no text at all. */
        void hasNoText(HistoryEvent event) {
            assertThat(row).isEqualTo(new Row(event, null, null, null));
        }
    }
}
