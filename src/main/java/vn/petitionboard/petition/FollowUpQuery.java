package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.ANSWER;
import static vn.petitionboard.jooq.Tables.APP_USER;
import static vn.petitionboard.jooq.Tables.ASSIGNMENT;
import static vn.petitionboard.jooq.Tables.ATTACHMENT;
import static vn.petitionboard.jooq.Tables.DEPARTMENT;
import static vn.petitionboard.jooq.Tables.DEPARTMENT_REQUEST;
import static vn.petitionboard.jooq.Tables.ESCALATION;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PROGRESS_UPDATE;
import static vn.petitionboard.jooq.Tables.REVIEW;
import static vn.petitionboard.jooq.Tables.UNIT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The follow-up sections of the details view; the caller has already checked the petition is visible. */
@Repository
class FollowUpQuery {

    private final DSLContext dsl;

    FollowUpQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    FollowUp of(PetitionId id) {
        var assigner = APP_USER.as("assigner");
        var assignment = dsl.select(DEPARTMENT.NAME, ASSIGNMENT.DEADLINE, ASSIGNMENT.INSTRUCTION, assigner.FULL_NAME,
                        ASSIGNMENT.ASSIGNED_AT)
                .from(ASSIGNMENT)
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(ASSIGNMENT.DEPARTMENT_ID))
                .join(assigner).on(assigner.ID.eq(ASSIGNMENT.ASSIGNED_BY))
                .where(ASSIGNMENT.PETITION_ID.eq(id).and(ASSIGNMENT.ENDED_AT.isNull()))
                .orderBy(ASSIGNMENT.ASSIGNED_AT.desc()).limit(1)
                .fetchOptional(r -> new FollowUp.Assignment(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5()));

        Map<Long, List<FollowUp.AttachmentRef>> files = attachments(ATTACHMENT.PROGRESS_UPDATE_ID,
                PROGRESS_UPDATE, PROGRESS_UPDATE.ID, PROGRESS_UPDATE.PETITION_ID.eq(id));
        Map<Long, List<FollowUp.AttachmentRef>> answerFiles = attachments(ATTACHMENT.ANSWER_ID, ANSWER, ANSWER.ID,
                ANSWER.PETITION_ID.eq(id));
        var reporter = APP_USER.as("reporter");
        var progress = dsl.select(PROGRESS_UPDATE.ID, PROGRESS_UPDATE.REPORTED_AT, reporter.FULL_NAME,
                        PROGRESS_UPDATE.PERCENT_COMPLETE, PROGRESS_UPDATE.NOTE)
                .from(PROGRESS_UPDATE)
                .join(reporter).on(reporter.ID.eq(PROGRESS_UPDATE.REPORTED_BY))
                .where(PROGRESS_UPDATE.PETITION_ID.eq(id))
                .orderBy(PROGRESS_UPDATE.REPORTED_AT.desc(), PROGRESS_UPDATE.ID.desc())
                .fetch(r -> new FollowUp.Progress(r.value2(), r.value3(), r.value4(), r.value5(),
                        files.getOrDefault(r.value1(), List.of())));

        var answerer = APP_USER.as("answerer");
        var answers = dsl.select(ANSWER.KIND, ANSWER.CONTENT, ANSWER.DOCUMENT_NUMBER, ANSWER.DOCUMENT_DATE,
                        ANSWER.SPEAKER_NAME, answerer.FULL_NAME, ANSWER.ANSWERED_AT, ANSWER.ID)
                .from(ANSWER)
                .join(answerer).on(answerer.ID.eq(ANSWER.ANSWERED_BY))
                .where(ANSWER.PETITION_ID.eq(id))
                .orderBy(ANSWER.ANSWERED_AT.desc(), ANSWER.ID.desc())
                .fetch(r -> new FollowUp.Answer(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), answerFiles.getOrDefault(r.value8(), List.of())));

        var escalator = APP_USER.as("escalator");
        var linked = PETITION.as("linked");
        var escalations = dsl.select(DSL.coalesce(UNIT.NAME, ESCALATION.AGENCY_NAME), ESCALATION.REFERENCE_NUMBER,
                        ESCALATION.SENT_ON, ESCALATION.NOTE, escalator.FULL_NAME, ESCALATION.REPLY_CONTENT,
                        ESCALATION.REPLY_REFERENCE, ESCALATION.REPLIED_ON, linked.CODE)
                .from(ESCALATION)
                .leftJoin(UNIT).on(UNIT.ID.eq(ESCALATION.TARGET_UNIT_ID))
                .leftJoin(linked).on(linked.ID.eq(ESCALATION.LINKED_PETITION_ID))
                .join(escalator).on(escalator.ID.eq(ESCALATION.ESCALATED_BY))
                .where(ESCALATION.PETITION_ID.eq(id))
                .orderBy(ESCALATION.ESCALATED_AT.desc(), ESCALATION.ID.desc())
                .fetch(r -> new FollowUp.Escalation(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9()));

        // A petition escalated to this unit names where it came from: only that code and unit, never the rest of it.
        var origin = PETITION.as("origin");
        var originUnit = UNIT.as("origin_unit");
        var sender = APP_USER.as("sender");
        Optional<FollowUp.Origin> from = dsl.select(originUnit.NAME, origin.CODE, sender.FULL_NAME,
                        ESCALATION.ESCALATED_AT, ESCALATION.NOTE)
                .from(ESCALATION)
                .join(origin).on(origin.ID.eq(ESCALATION.PETITION_ID))
                .join(originUnit).on(originUnit.ID.eq(origin.UNIT_ID))
                .join(sender).on(sender.ID.eq(ESCALATION.ESCALATED_BY))
                .where(ESCALATION.LINKED_PETITION_ID.eq(id))
                .orderBy(ESCALATION.ID.desc()).limit(1)
                .fetchOptional(r -> new FollowUp.Origin(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));

        var reviewer = APP_USER.as("reviewer");
        var reviews = dsl.select(REVIEW.VERDICT, REVIEW.REASON, REVIEW.NEW_DEADLINE, reviewer.FULL_NAME,
                        REVIEW.REVIEWED_AT)
                .from(REVIEW)
                .join(reviewer).on(reviewer.ID.eq(REVIEW.REVIEWED_BY))
                .where(REVIEW.PETITION_ID.eq(id))
                .orderBy(REVIEW.REVIEWED_AT.desc(), REVIEW.ID.desc())
                .fetch(r -> new FollowUp.Review(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));

        return new FollowUp(assignment, progress, answers, escalations, reviews, requests(id), from);
    }

    /** The files of a petition's progress updates or answers, by the id of the row they belong to. */
    private Map<Long, List<FollowUp.AttachmentRef>> attachments(Field<Long> ownerColumn, Table<?> owner,
            Field<Long> ownerId, Condition ofPetition) {
        return dsl.select(ownerColumn, ATTACHMENT.ID, ATTACHMENT.FILE_NAME, ATTACHMENT.CONTENT_TYPE,
                        ATTACHMENT.SIZE_BYTES)
                .from(ATTACHMENT)
                .join(owner).on(ownerId.eq(ownerColumn))
                .where(ofPetition)
                .orderBy(ATTACHMENT.ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(r -> r.value1(), Collectors.mapping(
                        r -> new FollowUp.AttachmentRef(r.value2(), r.value3(), r.value4(), r.value5()),
                        Collectors.toList())));
    }

    /** Newest first; the open one, if any, is the newest. */
    private List<FollowUp.Request> requests(PetitionId id) {
        var department = DEPARTMENT.as("requesting");
        var suggested = DEPARTMENT.as("suggested");
        var requester = APP_USER.as("requester");
        var decider = APP_USER.as("decider");
        return dsl.select(DEPARTMENT_REQUEST.KIND, department.NAME, DEPARTMENT_REQUEST.REASON,
                        DEPARTMENT_REQUEST.PROPOSED_DEADLINE, DEPARTMENT_REQUEST.SUGGESTED_DEPARTMENT_ID,
                        suggested.NAME, requester.FULL_NAME, DEPARTMENT_REQUEST.REQUESTED_AT,
                        DEPARTMENT_REQUEST.DECISION, DEPARTMENT_REQUEST.DECISION_NOTE, decider.FULL_NAME,
                        DEPARTMENT_REQUEST.DECIDED_AT)
                .from(DEPARTMENT_REQUEST)
                .join(department).on(department.ID.eq(DEPARTMENT_REQUEST.DEPARTMENT_ID))
                .leftJoin(suggested).on(suggested.ID.eq(DEPARTMENT_REQUEST.SUGGESTED_DEPARTMENT_ID))
                .join(requester).on(requester.ID.eq(DEPARTMENT_REQUEST.REQUESTED_BY))
                .leftJoin(decider).on(decider.ID.eq(DEPARTMENT_REQUEST.DECIDED_BY))
                .where(DEPARTMENT_REQUEST.PETITION_ID.eq(id))
                .orderBy(DEPARTMENT_REQUEST.REQUESTED_AT.desc(), DEPARTMENT_REQUEST.ID.desc())
                .fetch(r -> new FollowUp.Request(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12()));
    }
}
