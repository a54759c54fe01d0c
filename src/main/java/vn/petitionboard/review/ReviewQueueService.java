package vn.petitionboard.review;

import static vn.petitionboard.jooq.Tables.ANSWER;
import static vn.petitionboard.jooq.Tables.DEPARTMENT;
import static vn.petitionboard.jooq.Tables.DOMAIN;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;

/** The Fatherland Front's queue: answered petitions of the unit, oldest answer first. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Permissions.FRONT_REVIEWER + "')")
public class ReviewQueueService {

    private final DSLContext dsl;
    private final CurrentUser currentUser;

    ReviewQueueService(DSLContext dsl, CurrentUser currentUser) {
        this.dsl = dsl;
        this.currentUser = currentUser;
    }

    public List<ReviewItem> waiting(int offset, int limit) {
        var latestAnswer = DSL.select(ANSWER.CONTENT).from(ANSWER).where(ANSWER.PETITION_ID.eq(PETITION.ID))
                .orderBy(ANSWER.ANSWERED_AT.desc(), ANSWER.ID.desc()).limit(1).<String>asField("latest_answer");
        return dsl.select(PETITION.ID, PETITION.CODE, PETITION.TITLE, DOMAIN.NAME, PETITION.DEPARTMENT_ID,
                        DEPARTMENT.NAME, PETITION.STATE_CHANGED_AT, latestAnswer, PETITION.VERSION)
                .from(PETITION)
                .join(DOMAIN).on(DOMAIN.ID.eq(PETITION.DOMAIN_ID))
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(PETITION.DEPARTMENT_ID))
                .where(waiting())
                .orderBy(PETITION.STATE_CHANGED_AT, PETITION.ID)
                .offset(offset).limit(limit)
                .fetch(r -> new ReviewItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9()));
    }

    public int count() {
        return dsl.fetchCount(PETITION, waiting());
    }

    private Condition waiting() {
        return PETITION.UNIT_ID.eq(currentUser.require().unitId()).and(PETITION.STATE.eq(PetitionState.ANSWERED));
    }
}
