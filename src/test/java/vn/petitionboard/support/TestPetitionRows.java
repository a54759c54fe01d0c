package vn.petitionboard.support;

import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.support.TestWards.Ward;

/**
 * Petition rows written straight into a test ward, in any state, received and resolved on any date: for counts and
 * figures that need many petitions of several years and states (the district overview), where going through the
 * workflow for each would take minutes and could not date them. Workflow tests use {@link TestPetitions}.
 */
@Component
public class TestPetitionRows {

    private final DSLContext dsl;

    TestPetitionRows(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A petition with a code of its year, received on {@code receivedOn} at 09:00; resolved at 15:00 if given. */
    public PetitionId insert(Ward ward, String title, PetitionState state, DomainId domain, LocalDate deadline,
            LocalDate receivedOn, LocalDate resolvedOn) {
        int year = receivedOn.getYear();
        int seq = dsl.select(DSL.coalesce(DSL.max(PETITION.CODE_SEQ), 0)).from(PETITION)
                .where(PETITION.UNIT_ID.eq(ward.unit())).and(PETITION.CODE_YEAR.eq(year))
                .fetchOne(0, Integer.class) + 1;
        LocalDateTime received = receivedOn.atTime(9, 0);
        return dsl.insertInto(PETITION)
                .set(PETITION.UNIT_ID, ward.unit()).set(PETITION.CONFERENCE_ID, ward.conference())
                .set(PETITION.CODE, "KN-%d-%03d".formatted(year, seq)).set(PETITION.CODE_YEAR, year)
                .set(PETITION.CODE_SEQ, seq).set(PETITION.TITLE, title)
                .set(PETITION.CONTENT, "Đề nghị phường kiểm tra và trả lời.").set(PETITION.DOMAIN_ID, domain)
                .set(PETITION.STATE, state)
                .set(PETITION.DEPARTMENT_ID, state == PetitionState.RECEIVED ? null : ward.landDepartment())
                .set(PETITION.DEADLINE, deadline)
                .set(PETITION.STATE_CHANGED_AT, resolvedOn != null ? resolvedOn.atTime(15, 0) : received)
                .set(PETITION.CREATED_AT, received).set(PETITION.UPDATED_AT, received)
                .set(PETITION.RESOLVED_AT, resolvedOn == null ? null : resolvedOn.atTime(15, 0))
                .returningResult(PETITION.ID).fetchOne(PETITION.ID);
    }
}
