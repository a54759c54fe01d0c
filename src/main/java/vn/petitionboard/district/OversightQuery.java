package vn.petitionboard.district;

import static vn.petitionboard.jooq.Tables.DOMAIN;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.UNIT;

import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.petition.PetitionConditions;
import vn.petitionboard.petition.PetitionState;

/**
 * The read-only list behind the district overview's figures: the wards' petitions that a figure counted, a page at a
 * time, newest first. Its WHERE is the figure's own ({@link DistrictQuery#selected} and the conditions of
 * {@link PetitionConditions}), so the list's total is the figure.
 */
@Repository
class OversightQuery {

    private final DSLContext dsl;

    OversightQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    int count(List<UnitId> wards, OversightFilter filter, LocalDate today) {
        if (wards.isEmpty()) {
            return 0;
        }
        return dsl.fetchCount(PETITION, where(wards, filter, today));
    }

    List<OversightRow> page(List<UnitId> wards, OversightFilter filter, LocalDate today, int offset, int limit) {
        if (wards.isEmpty()) {
            return List.of();
        }
        return dsl.select(PETITION.ID, PETITION.CODE, PETITION.TITLE, UNIT.NAME, DOMAIN.NAME, PETITION.STATE,
                        PETITION.DEADLINE, PETITION.CREATED_AT)
                .from(PETITION)
                // Petitions first: the 7-row domain table and the unit table only name the page's rows.
                .straightJoin(UNIT).on(UNIT.ID.eq(PETITION.UNIT_ID))
                .straightJoin(DOMAIN).on(DOMAIN.ID.eq(PETITION.DOMAIN_ID))
                .where(where(wards, filter, today))
                .orderBy(PETITION.CREATED_AT.desc(), PETITION.ID.desc())
                .offset(offset).limit(limit)
                .fetch(r -> new OversightRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8().toLocalDate(),
                        r.value6().isOverdue(r.value7(), today)));
    }

    private static Condition where(List<UnitId> wards, OversightFilter filter, LocalDate today) {
        Condition condition = DistrictQuery.selected(wards, filter.year());
        if (filter.ward().isPresent()) {
            condition = condition.and(PETITION.UNIT_ID.eq(filter.ward().get()));
        }
        if (filter.domain().isPresent()) {
            condition = condition.and(PETITION.DOMAIN_ID.eq(filter.domain().get()));
        }
        return switch (filter.behind()) {
            case ALL -> condition;
            case OPEN -> condition.and(PetitionConditions.open());
            case OVERDUE -> condition.and(PetitionConditions.overdue(today));
            case AWAITING_REVIEW -> condition.and(PetitionConditions.awaitingReview());
            case WAITING_ON_HIGHER_LEVEL -> condition.and(PETITION.STATE.eq(PetitionState.ESCALATED));
            case RESOLVED -> condition.and(PETITION.STATE.eq(PetitionState.RESOLVED));
        };
    }
}
