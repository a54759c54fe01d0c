package vn.petitionboard.report;

import static vn.petitionboard.jooq.Tables.ANSWER;
import static vn.petitionboard.jooq.Tables.APP_USER;
import static vn.petitionboard.jooq.Tables.ASSIGNMENT;
import static vn.petitionboard.jooq.Tables.CONFERENCE;
import static vn.petitionboard.jooq.Tables.DELEGATE;
import static vn.petitionboard.jooq.Tables.DEPARTMENT;
import static vn.petitionboard.jooq.Tables.DOMAIN;
import static vn.petitionboard.jooq.Tables.ESCALATION;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_HISTORY;
import static vn.petitionboard.jooq.Tables.PETITION_REQUESTER;
import static vn.petitionboard.jooq.Tables.PROGRESS_UPDATE;
import static vn.petitionboard.jooq.Tables.REVIEW;
import static vn.petitionboard.jooq.Tables.UNIT;
import static vn.petitionboard.jooq.Tables.USER_ROLE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.petition.PetitionConditions;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.petition.ReviewVerdict;
import vn.petitionboard.security.Role;

/**
 * The report's reads, scoped in the SQL to the petitions the user may see ({@link PetitionConditions}) and to the
 * user's unit's conferences.
 */
@Repository
class ConferenceReportQuery {

    private final DSLContext dsl;

    ConferenceReportQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The unit's conferences, newest first. */
    List<ConferenceOption> conferences(PetitionConditions scope) {
        return dsl.select(CONFERENCE.ID, CONFERENCE.TITLE, CONFERENCE.HELD_ON)
                .from(CONFERENCE)
                .where(CONFERENCE.UNIT_ID.eq(scope.unit()))
                .orderBy(CONFERENCE.HELD_ON.desc(), CONFERENCE.ID.desc())
                .fetch(r -> new ConferenceOption(r.value1(), r.value2(), r.value3()));
    }

    /** Empty when the conference is not the user's unit's. */
    Optional<ReportHeading> heading(PetitionConditions scope, ConferenceId conference) {
        var parent = UNIT.as("parent_unit");
        Field<String> chair = DSL.select(APP_USER.FULL_NAME).from(APP_USER)
                .join(USER_ROLE).on(USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(APP_USER.UNIT_ID.eq(CONFERENCE.UNIT_ID), APP_USER.ENABLED.isTrue(),
                        USER_ROLE.ROLE.eq(Role.COMMITTEE_CHAIR))
                .orderBy(APP_USER.ID).limit(1).asField("chair_name");
        return dsl.select(UNIT.NAME, parent.NAME, CONFERENCE.ID, CONFERENCE.TITLE, CONFERENCE.KIND,
                        CONFERENCE.HELD_ON, CONFERENCE.PLAN_NUMBER, chair)
                .from(CONFERENCE)
                .join(UNIT).on(UNIT.ID.eq(CONFERENCE.UNIT_ID))
                .leftJoin(parent).on(parent.ID.eq(UNIT.PARENT_ID))
                .where(CONFERENCE.ID.eq(conference), CONFERENCE.UNIT_ID.eq(scope.unit()))
                .fetchOptional(r -> new ReportHeading(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8()));
    }

    /**
     * One statement: each petition's state is the {@code to_state} of its last history event before the end of the
     * day; its assignment, answer, progress, escalation and returned review are the latest ones made by then (joined
     * by a correlated "latest id" subquery each). Petitions created later have no such event and drop out.
     * {@code current} (the day is today or later) takes the petition's own state instead of reading its history:
     * the same answer, one subquery a row fewer. The day of resolution is {@code petition.resolved_at} (RESOLVED is
     * final, so the last resolution before the end of the day is that one, if it came before).
     */
    List<ReportRow> rows(PetitionConditions scope, ReportHeading heading, LocalDate asOf, boolean current) {
        LocalDateTime end = asOf.plusDays(1).atStartOfDay();
        ConferenceId selected = heading.conferenceId();

        var h = PETITION_HISTORY.as("h");
        Field<PetitionState> stateAsOf = current ? PETITION.STATE : DSL.field(DSL.select(h.TO_STATE).from(h)
                .where(h.PETITION_ID.eq(PETITION.ID), h.OCCURRED_AT.lt(end), h.TO_STATE.isNotNull())
                .orderBy(h.OCCURRED_AT.desc(), h.ID.desc()).limit(1));
        Field<LocalDateTime> resolvedAt = DSL.when(PETITION.RESOLVED_AT.lt(end), PETITION.RESOLVED_AT);
        var d = DELEGATE.as("d");
        var pr = PETITION_REQUESTER.as("pr");
        Field<String> delegates = DSL.field(DSL.select(DSL.groupConcat(d.FULL_NAME)
                        .orderBy(pr.POSITION, d.ID).separator(", "))
                .from(pr).join(d).on(d.ID.eq(pr.DELEGATE_ID))
                .where(pr.PETITION_ID.eq(PETITION.ID)));

        var as = ASSIGNMENT.as("as2");
        var an = ANSWER.as("an2");
        var pu = PROGRESS_UPDATE.as("pu2");
        var es = ESCALATION.as("es2");
        var rv = REVIEW.as("rv2");
        var target = UNIT.as("target_unit");
        var earlier = CONFERENCE.as("sel");

        // Earlier = held before the selected conference (or the same day and recorded before it).
        Condition fromEarlier = CONFERENCE.ID.ne(selected).and(DSL.exists(DSL.selectOne().from(earlier)
                .where(earlier.ID.eq(selected), CONFERENCE.HELD_ON.lt(earlier.HELD_ON)
                        .or(CONFERENCE.HELD_ON.eq(earlier.HELD_ON).and(CONFERENCE.ID.lt(earlier.ID))))));

        // The only petitions that can be rows: the chosen conference's, those open today, and those resolved on or
        // after the day (RESOLVED is final, so any other petition was already resolved then). Every correlated
        // subquery below then runs for these few thousand, not for every petition the unit ever received.
        var resolved = PETITION_HISTORY.as("resolved");
        var candidates = DSL.select(PETITION.ID.as("candidate_id")).from(PETITION)
                .where(PETITION.CONFERENCE_ID.eq(selected))
                .union(DSL.select(PETITION.ID).from(PETITION)
                        .where(scope.visible()).and(PETITION.STATE.ne(PetitionState.RESOLVED)))
                .union(DSL.select(resolved.PETITION_ID).from(resolved)
                        .where(resolved.TO_STATE.eq(PetitionState.RESOLVED), resolved.OCCURRED_AT.ge(end)))
                // What lower units escalated to this one in the system (its own petitions, raised at their
                // conferences): found by the escalation's target unit (fk index), not by reading the unit's petitions.
                .union(DSL.select(ESCALATION.LINKED_PETITION_ID).from(ESCALATION)
                        .where(ESCALATION.TARGET_UNIT_ID.eq(scope.unit()), ESCALATION.LINKED_PETITION_ID.isNotNull()))
                .asTable("candidate");
        var lower = ESCALATION.as("lower");
        var lowerPetition = PETITION.as("lower_petition");
        var lowerUnit = UNIT.as("lower_unit");
        Field<String> origin = DSL.field(DSL.select(DSL.concat(lowerUnit.NAME, DSL.inline(" – "), lowerPetition.CODE))
                .from(lower)
                .join(lowerPetition).on(lowerPetition.ID.eq(lower.PETITION_ID))
                .join(lowerUnit).on(lowerUnit.ID.eq(lowerPetition.UNIT_ID))
                .where(lower.LINKED_PETITION_ID.eq(PETITION.ID))
                .orderBy(lower.ID.desc()).limit(1));
        // Escalated to this unit: received this conference's year, or not yet resolved on the day.
        Condition fromLowerUnit = origin.isNotNull().and(DSL.year(PETITION.CREATED_AT).eq(heading.heldOn().getYear())
                .or(stateAsOf.ne(PetitionState.RESOLVED)));
        Field<PetitionId> candidateId = candidates.field("candidate_id", PETITION.ID.getDataType());

        return dsl.select(PETITION.ID, CONFERENCE.ID, CONFERENCE.HELD_ON, PETITION.CODE, PETITION.TITLE,
                        PETITION.CONTENT, DOMAIN.NAME, DOMAIN.SORT_ORDER, delegates, DEPARTMENT.NAME, stateAsOf,
                        PETITION.CREATED_AT, resolvedAt,
                        ASSIGNMENT.DEADLINE, ASSIGNMENT.ASSIGNED_AT, ASSIGNMENT.INSTRUCTION,
                        ANSWER.KIND, ANSWER.CONTENT, ANSWER.DOCUMENT_NUMBER, ANSWER.DOCUMENT_DATE,
                        ANSWER.SPEAKER_NAME, ANSWER.ANSWERED_AT,
                        PROGRESS_UPDATE.NOTE, PROGRESS_UPDATE.PERCENT_COMPLETE, PROGRESS_UPDATE.REPORTED_AT,
                        ESCALATION.AGENCY_NAME, target.NAME.as(ReportWording.TARGET_UNIT_NAME.getName()),
                        ESCALATION.REFERENCE_NUMBER, ESCALATION.SENT_ON, ESCALATION.NOTE,
                        REVIEW.REASON, REVIEW.NEW_DEADLINE, REVIEW.REVIEWED_AT, origin.as("origin"))
                .from(candidates)
                // STRAIGHT_JOIN: candidates, then their petitions, then the small tables. The planner's estimate for
                // the 7-row domain table's join (100 petitions a domain, where a ward has ~47,000) made it start
                // there and run every subquery for the whole ward (docs/benchmarks/pages-after.md).
                .straightJoin(PETITION).on(PETITION.ID.eq(candidateId))
                .straightJoin(CONFERENCE).on(CONFERENCE.ID.eq(PETITION.CONFERENCE_ID))
                .straightJoin(DOMAIN).on(DOMAIN.ID.eq(PETITION.DOMAIN_ID))
                .leftJoin(ASSIGNMENT).on(ASSIGNMENT.ID.eq(DSL.field(DSL.select(as.ID).from(as)
                        .where(as.PETITION_ID.eq(PETITION.ID), as.ASSIGNED_AT.lt(end))
                        .orderBy(as.ASSIGNED_AT.desc(), as.ID.desc()).limit(1))))
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(ASSIGNMENT.DEPARTMENT_ID))
                .leftJoin(ANSWER).on(ANSWER.ID.eq(DSL.field(DSL.select(an.ID).from(an)
                        .where(an.PETITION_ID.eq(PETITION.ID), an.ANSWERED_AT.lt(end))
                        .orderBy(an.ANSWERED_AT.desc(), an.ID.desc()).limit(1))))
                .leftJoin(PROGRESS_UPDATE).on(PROGRESS_UPDATE.ID.eq(DSL.field(DSL.select(pu.ID).from(pu)
                        .where(pu.PETITION_ID.eq(PETITION.ID), pu.REPORTED_AT.lt(end))
                        .orderBy(pu.REPORTED_AT.desc(), pu.ID.desc()).limit(1))))
                .leftJoin(ESCALATION).on(ESCALATION.ID.eq(DSL.field(DSL.select(es.ID).from(es)
                        .where(es.PETITION_ID.eq(PETITION.ID), es.ESCALATED_AT.lt(end))
                        .orderBy(es.ESCALATED_AT.desc(), es.ID.desc()).limit(1))))
                .leftJoin(target).on(target.ID.eq(ESCALATION.TARGET_UNIT_ID))
                .leftJoin(REVIEW).on(REVIEW.ID.eq(DSL.field(DSL.select(rv.ID).from(rv)
                        .where(rv.PETITION_ID.eq(PETITION.ID), rv.REVIEWED_AT.lt(end), rv.VERDICT.eq(ReviewVerdict.RETURNED))
                        .orderBy(rv.REVIEWED_AT.desc(), rv.ID.desc()).limit(1))))
                .where(scope.visible(), PETITION.CREATED_AT.lt(end))
                .and(stateAsOf.isNotNull())
                .and(CONFERENCE.UNIT_ID.eq(scope.unit()).and(origin.isNull())
                        .and(CONFERENCE.ID.eq(selected).or(fromEarlier.and(stateAsOf.ne(PetitionState.RESOLVED))))
                        .or(fromLowerUnit))
                .orderBy(DSL.when(CONFERENCE.ID.eq(selected), 0).otherwise(1), CONFERENCE.HELD_ON,
                        CONFERENCE.ID, PETITION.CODE_YEAR, PETITION.CODE_SEQ, PETITION.ID)
                .fetch(r -> toRow(r, selected));
    }

    private static ReportRow toRow(Record r, ConferenceId selected) {
        PetitionState state = r.get(10, PetitionState.class);
        boolean done = state == PetitionState.ANSWERED || state == PetitionState.RESOLVED;
        LocalDateTime answeredAt = r.get(ANSWER.ANSWERED_AT);
        LocalDateTime resolvedAt = r.get(12, LocalDateTime.class);
        // A returned answer sets a new deadline; whichever came later (assignment or return) holds.
        LocalDate deadline = r.get(ASSIGNMENT.DEADLINE);
        LocalDateTime assignedAt = r.get(ASSIGNMENT.ASSIGNED_AT);
        LocalDateTime returnedAt = r.get(REVIEW.REVIEWED_AT);
        if (returnedAt != null && r.get(REVIEW.NEW_DEADLINE) != null
                && (assignedAt == null || returnedAt.isAfter(assignedAt))) {
            deadline = r.get(REVIEW.NEW_DEADLINE);
        }
        return new ReportRow(r.get(PETITION.ID), !selected.equals(r.get(CONFERENCE.ID)),
                r.get(CONFERENCE.HELD_ON).getYear(), r.get(PETITION.CODE), r.get(PETITION.TITLE),
                r.get(PETITION.CONTENT), r.get(DOMAIN.NAME), r.get(DOMAIN.SORT_ORDER), r.get(8, String.class),
                r.get(DEPARTMENT.NAME), state, ReportWording.outcome(state, r),
                r.get(PETITION.CREATED_AT).toLocalDate(), deadline,
                done && answeredAt != null ? answeredAt.toLocalDate() : null,
                state == PetitionState.RESOLVED && resolvedAt != null ? resolvedAt.toLocalDate() : null,
                r.get("origin", String.class));
    }
}
