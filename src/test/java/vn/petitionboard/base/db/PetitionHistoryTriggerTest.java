package vn.petitionboard.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.petitionboard.jooq.Tables.PETITION_HISTORY;

import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.petition.HistoryEvent;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.support.Today;

/** The history is append-only in the database itself, whatever code runs against it. */
@IntegrationTest
class PetitionHistoryTriggerTest {

    private static final PetitionId KN_2020_007 = new PetitionId(13);

    @Autowired
    DSLContext dsl;

    @Test
    void history_accepts_new_rows() {
        int before = dsl.fetchCount(PETITION_HISTORY, PETITION_HISTORY.PETITION_ID.eq(KN_2020_007));
        dsl.insertInto(PETITION_HISTORY)
                .set(PETITION_HISTORY.PETITION_ID, KN_2020_007).set(PETITION_HISTORY.EVENT_TYPE, HistoryEvent.EDITED)
                .set(PETITION_HISTORY.FROM_STATE, PetitionState.RECEIVED)
                .set(PETITION_HISTORY.TO_STATE, PetitionState.RECEIVED)
                .set(PETITION_HISTORY.ACTOR_NAME, "Kiểm thử").set(PETITION_HISTORY.OCCURRED_AT, Today.dateTime())
                .execute();
        assertThat(dsl.fetchCount(PETITION_HISTORY, PETITION_HISTORY.PETITION_ID.eq(KN_2020_007)))
                .isEqualTo(before + 1);
    }

    @Test
    void history_refuses_update() {
        assertThatThrownBy(() -> dsl.update(PETITION_HISTORY).set(PETITION_HISTORY.DETAILS, "sửa lén")
                .where(PETITION_HISTORY.PETITION_ID.eq(KN_2020_007)).execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(dsl.fetchCount(PETITION_HISTORY, PETITION_HISTORY.DETAILS.eq("sửa lén"))).isZero();
    }

    @Test
    void history_refuses_delete() {
        int before = dsl.fetchCount(PETITION_HISTORY);
        assertThatThrownBy(() -> dsl.deleteFrom(PETITION_HISTORY)
                .where(PETITION_HISTORY.PETITION_ID.eq(KN_2020_007)).execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(dsl.fetchCount(PETITION_HISTORY)).isEqualTo(before);
    }
}
