package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_SEARCH_TERM;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;
import vn.petitionboard.support.Today;

/** Petitions written by SQL (imports, old rows) get their search terms, within a time budget at start-up. */
@IntegrationTest
@Transactional // the ward and its petitions are rolled back
class PetitionSearchBackfillTest {

    @Autowired
    PetitionSearchBackfill backfill;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestWards wards;

    @Test
    void petitions_without_terms_get_them_and_a_spent_budget_leaves_the_rest_for_later() {
        Ward ward = wards.create();
        List<PetitionId> ids = new ArrayList<>();
        for (int seq = 1; seq <= 3; seq++) {
            ids.add(dsl.insertInto(PETITION)
                    .set(PETITION.UNIT_ID, ward.unit()).set(PETITION.CONFERENCE_ID, ward.conference())
                    .set(PETITION.CODE, "KN-2026-%03d".formatted(seq)).set(PETITION.CODE_YEAR, 2026)
                    .set(PETITION.CODE_SEQ, seq).set(PETITION.TITLE, "Đèn chiếu sáng ngõ " + seq)
                    .set(PETITION.CONTENT, "Nhập từ sổ cũ").set(PETITION.DOMAIN_ID, new DomainId(1))
                    .set(PETITION.STATE, PetitionState.RECEIVED).set(PETITION.STATE_CHANGED_AT, Today.dateTime())
                    .returningResult(PETITION.ID).fetchOne(PETITION.ID));
        }
        long before = ids.getFirst().value() - 1;
        long last = ids.getLast().value();

        assertThat(backfill.backfill(before, last, Duration.ZERO)).as("no time left: nothing done").isEqualTo(before);
        assertThat(termsOf(ids)).isZero();

        assertThat(backfill.backfill(before, last, PetitionSearchBackfill.UNBOUNDED)).isEqualTo(last);
        assertThat(dsl.selectDistinct(PETITION_SEARCH_TERM.PETITION_ID).from(PETITION_SEARCH_TERM)
                .where(PETITION_SEARCH_TERM.PETITION_ID.in(ids)).fetch(PETITION_SEARCH_TERM.PETITION_ID))
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(dsl.fetchExists(PETITION_SEARCH_TERM, PETITION_SEARCH_TERM.PETITION_ID.eq(ids.getFirst())
                .and(PETITION_SEARCH_TERM.TERM.eq("den")))).as("folded: Đèn -> den").isTrue();
        assertThat(dsl.selectDistinct(PETITION_SEARCH_TERM.UNIT_ID).from(PETITION_SEARCH_TERM)
                .where(PETITION_SEARCH_TERM.PETITION_ID.in(ids)).fetch(PETITION_SEARCH_TERM.UNIT_ID))
                .as("filed under the petitions' unit").containsExactly(ward.unit());
    }

    private int termsOf(List<PetitionId> ids) {
        return dsl.fetchCount(PETITION_SEARCH_TERM, PETITION_SEARCH_TERM.PETITION_ID.in(ids));
    }
}
