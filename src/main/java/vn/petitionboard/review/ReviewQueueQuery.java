package vn.petitionboard.review;

import static vn.petitionboard.jooq.Tables.ANSWER;
import static vn.petitionboard.jooq.Tables.DEPARTMENT;
import static vn.petitionboard.jooq.Tables.DOMAIN;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import vn.petitionboard.petition.PetitionConditions;

/** Answered petitions the user may see, oldest answer first, each with its latest answer's text. */
@Repository
class ReviewQueueQuery {

    private final DSLContext dsl;

    ReviewQueueQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<ReviewItem> waiting(PetitionConditions scope, int offset, int limit) {
        var latestAnswer = DSL.select(ANSWER.CONTENT).from(ANSWER).where(ANSWER.PETITION_ID.eq(PETITION.ID))
                .orderBy(ANSWER.ANSWERED_AT.desc(), ANSWER.ID.desc()).limit(1).<String>asField("latest_answer");
        return dsl.select(PETITION.ID, PETITION.CODE, PETITION.TITLE, DOMAIN.NAME, PETITION.DEPARTMENT_ID,
                        DEPARTMENT.NAME, PETITION.STATE_CHANGED_AT, latestAnswer, PETITION.VERSION)
                .from(PETITION)
                // STRAIGHT_JOIN: petitions first. The planner's estimate for the 7-row domain table's join (100
                // petitions a domain, where a ward has ~47,000) makes it start there and read the whole ward.
                .straightJoin(DOMAIN).on(DOMAIN.ID.eq(PETITION.DOMAIN_ID))
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(PETITION.DEPARTMENT_ID))
                .where(waiting(scope))
                .orderBy(PETITION.STATE_CHANGED_AT, PETITION.ID)
                .offset(offset).limit(limit)
                .fetch(r -> new ReviewItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9()));
    }

    int count(PetitionConditions scope) {
        return dsl.fetchCount(PETITION, waiting(scope));
    }

    private static Condition waiting(PetitionConditions scope) {
        return scope.visible().and(PetitionConditions.awaitingReview());
    }
}
