package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_HISTORY;

import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.IntegrationTest;

/**
 * petition.resolved_at is a figure kept in step at write time (the dashboard counts by it): it must always equal
 * what the history says, the time of the petition's move into RESOLVED, and be empty for every other petition.
 */
@IntegrationTest
class ResolvedAtTest {

    /** KN-2020-001 (demo data, id 7), answered on the spot: ANSWERED, waiting for the Front. */
    static final PetitionId ANSWERED_ON_THE_SPOT = new PetitionId(7);

    @Autowired
    PetitionWorkflowService workflow;
    @Autowired
    DSLContext dsl;

    @Test
    @Transactional // the acceptance is rolled back
    @WithUserDetails("mattran")
    void accepting_an_answer_writes_resolved_at_with_the_history_event() {
        int version = dsl.select(PETITION.VERSION).from(PETITION).where(PETITION.ID.eq(ANSWERED_ON_THE_SPOT))
                .fetchSingle(PETITION.VERSION);
        assertThat(resolvedAt(ANSWERED_ON_THE_SPOT)).isNull();

        CommandResult result = workflow.accept(new PetitionCommands.Accept(ANSWERED_ON_THE_SPOT, version));

        assertThat(result).isInstanceOf(CommandResult.Done.class);
        LocalDateTime accepted = dsl.select(DSL.max(PETITION_HISTORY.OCCURRED_AT)).from(PETITION_HISTORY)
                .where(PETITION_HISTORY.PETITION_ID.eq(ANSWERED_ON_THE_SPOT),
                        PETITION_HISTORY.TO_STATE.eq(PetitionState.RESOLVED))
                .fetchSingle().value1();
        assertThat(resolvedAt(ANSWERED_ON_THE_SPOT)).isNotNull().isEqualTo(accepted);
        assertThat(recountDisagreements()).isZero();
    }

    @Test
    void resolved_at_equals_a_recount_from_the_history_for_every_petition() {
        assertThat(dsl.fetchCount(PETITION, PETITION.STATE.eq(PetitionState.RESOLVED)))
                .as("the demo data has resolved petitions to check").isPositive();
        assertThat(recountDisagreements()).isZero();
    }

    private LocalDateTime resolvedAt(PetitionId id) {
        return dsl.select(PETITION.RESOLVED_AT).from(PETITION).where(PETITION.ID.eq(id))
                .fetchSingle(PETITION.RESOLVED_AT);
    }

    /** Petitions whose resolved_at is not the time of their last move into RESOLVED (null when there is none). */
    private int recountDisagreements() {
        var recount = DSL.field(DSL.select(DSL.max(PETITION_HISTORY.OCCURRED_AT)).from(PETITION_HISTORY)
                .where(PETITION_HISTORY.PETITION_ID.eq(PETITION.ID),
                        PETITION_HISTORY.TO_STATE.eq(PetitionState.RESOLVED)));
        return dsl.fetchCount(PETITION, DSL.not(PETITION.RESOLVED_AT.isNotDistinctFrom(recount))
                .or(PETITION.STATE.eq(PetitionState.RESOLVED).and(PETITION.RESOLVED_AT.isNull())));
    }
}
