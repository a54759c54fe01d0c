package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.ANSWER;
import static vn.petitionboard.jooq.Tables.ASSIGNMENT;
import static vn.petitionboard.jooq.Tables.ESCALATION;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_HISTORY;
import static vn.petitionboard.jooq.Tables.PROGRESS_UPDATE;
import static vn.petitionboard.jooq.Tables.REVIEW;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;
import vn.petitionboard.base.i18n.MessageBundleI18NProvider;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.security.SignedInUser;

/** Writes of the life cycle. Every petition update is guarded by its version: zero rows means someone was faster. */
@Repository
class PetitionStore {

    private final DSLContext dsl;
    private final MessageBundleI18NProvider messages;

    PetitionStore(DSLContext dsl, MessageBundleI18NProvider messages) {
        this.dsl = dsl;
        this.messages = messages;
    }

    /** The petition as a command needs it, if the user may see it. */
    Optional<PetitionSnapshot> load(PetitionId id, PetitionConditions scope) {
        return dsl.select(PETITION.ID, PETITION.UNIT_ID, PETITION.CODE, PETITION.TITLE, PETITION.STATE,
                        PETITION.DEPARTMENT_ID, PETITION.DEADLINE, PETITION.PAUSED_DAYS_LEFT, PETITION.VERSION)
                .from(PETITION)
                .where(scope.visible(id))
                .fetchOptional(r -> new PetitionSnapshot(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9()));
    }

    /**
     * Moves the petition to its new state (and any other column changes) if it still has the version the user saw.
     * Bumps the version. False when someone else changed it first.
     */
    boolean update(PetitionSnapshot petition, PetitionState newState, Map<Field<?>, Object> changes,
            LocalDateTime now) {
        var update = dsl.update(PETITION)
                .set(changes)
                .set(PETITION.STATE, newState)
                .set(PETITION.UPDATED_AT, now)
                .set(PETITION.VERSION, PETITION.VERSION.plus(1));
        if (newState != petition.state()) {
            update = update.set(PETITION.STATE_CHANGED_AT, now);
        }
        return update.where(PETITION.ID.eq(petition.id()).and(PETITION.VERSION.eq(petition.version())))
                .execute() == 1;
    }

    /**
     * Appends a history event. Its text is stored as key and arguments, for the petition page to show in the reader's
     * language, and as the Vietnamese sentence in details, which every other reader (and every older row) has.
     * Returns the new row's id.
     */
    long history(PetitionId id, HistoryEvent event, PetitionState from, PetitionState to, SignedInUser actor,
            LocalDateTime at, HistoryText text) {
        // One row on its own: its id names the change to the listeners (PetitionEvents), which a batch cannot give.
        return dsl.insertInto(PETITION_HISTORY)
                .set(PETITION_HISTORY.PETITION_ID, id)
                .set(PETITION_HISTORY.EVENT_TYPE, event)
                .set(PETITION_HISTORY.FROM_STATE, from)
                .set(PETITION_HISTORY.TO_STATE, to)
                .set(PETITION_HISTORY.ACTOR_ID, actor.id())
                .set(PETITION_HISTORY.ACTOR_NAME, actor.fullName())
                .set(PETITION_HISTORY.OCCURRED_AT, at)
                .set(PETITION_HISTORY.DETAILS, details(text))
                .set(PETITION_HISTORY.DETAILS_KEY, text == null ? null : text.key())
                .set(PETITION_HISTORY.DETAILS_ARGS, text == null ? null : HistoryArgs.encode(text.args()))
                .returningResult(PETITION_HISTORY.ID)
                .fetchOne(PETITION_HISTORY.ID);
    }

    /** One event of a petition, for {@link #histories}. */
    record HistoryEntry(PetitionId id, HistoryEvent event, PetitionState from, PetitionState to, HistoryText text) {
    }

    /** Appends the events of many petitions (an import's) in one statement, all by one actor at one moment. */
    void histories(List<HistoryEntry> entries, SignedInUser actor, LocalDateTime at) {
        var insert = dsl.insertInto(PETITION_HISTORY, PETITION_HISTORY.PETITION_ID, PETITION_HISTORY.EVENT_TYPE,
                PETITION_HISTORY.FROM_STATE, PETITION_HISTORY.TO_STATE, PETITION_HISTORY.ACTOR_ID,
                PETITION_HISTORY.ACTOR_NAME, PETITION_HISTORY.OCCURRED_AT, PETITION_HISTORY.DETAILS,
                PETITION_HISTORY.DETAILS_KEY, PETITION_HISTORY.DETAILS_ARGS);
        for (HistoryEntry entry : entries) {
            HistoryText text = entry.text();
            insert = insert.values(entry.id(), entry.event(), entry.from(), entry.to(), actor.id(), actor.fullName(),
                    at, details(text), text == null ? null : text.key(),
                    text == null ? null : HistoryArgs.encode(text.args()));
        }
        insert.execute();
    }

    /** The Vietnamese sentence for petition_history.details, cut to the column. */
    private String details(HistoryText text) {
        String details = text == null ? null
                : messages.getTranslation(text.key(), MessageBundleI18NProvider.VIETNAMESE, text.arguments());
        return details == null ? null : truncate(details, 4000);
    }

    void endCurrentAssignment(PetitionId id, LocalDateTime at) {
        dsl.update(ASSIGNMENT).set(ASSIGNMENT.ENDED_AT, at)
                .where(ASSIGNMENT.PETITION_ID.eq(id).and(ASSIGNMENT.ENDED_AT.isNull()))
                .execute();
    }

    void assignment(PetitionId id, PetitionCommands.Assign command, String instruction, SignedInUser by,
            LocalDateTime at) {
        assignment(id, command.department(), command.deadline(), instruction, by, at);
    }

    void assignment(PetitionId id, DepartmentId department, LocalDate deadline, String instruction, SignedInUser by,
            LocalDateTime at) {
        dsl.insertInto(ASSIGNMENT)
                .set(ASSIGNMENT.PETITION_ID, id)
                .set(ASSIGNMENT.DEPARTMENT_ID, department)
                .set(ASSIGNMENT.INSTRUCTION, instruction)
                .set(ASSIGNMENT.DEADLINE, deadline)
                .set(ASSIGNMENT.ASSIGNED_BY, by.id())
                .set(ASSIGNMENT.ASSIGNED_AT, at)
                .execute();
    }

    /** The instruction of the current assignment, which a reassignment carries to the new department. */
    Optional<String> currentInstruction(PetitionId id) {
        return dsl.select(ASSIGNMENT.INSTRUCTION).from(ASSIGNMENT)
                .where(ASSIGNMENT.PETITION_ID.eq(id).and(ASSIGNMENT.ENDED_AT.isNull()))
                .orderBy(ASSIGNMENT.ASSIGNED_AT.desc(), ASSIGNMENT.ID.desc()).limit(1)
                .fetchOptional(ASSIGNMENT.INSTRUCTION);
    }

    long progressUpdate(PetitionId id, DepartmentId department, String note, int percent, SignedInUser by,
            LocalDateTime at) {
        return dsl.insertInto(PROGRESS_UPDATE)
                .set(PROGRESS_UPDATE.PETITION_ID, id)
                .set(PROGRESS_UPDATE.DEPARTMENT_ID, department)
                .set(PROGRESS_UPDATE.NOTE, note)
                .set(PROGRESS_UPDATE.PERCENT_COMPLETE, percent)
                .set(PROGRESS_UPDATE.REPORTED_BY, by.id())
                .set(PROGRESS_UPDATE.REPORTED_AT, at)
                .returningResult(PROGRESS_UPDATE.ID)
                .fetchOne(PROGRESS_UPDATE.ID);
    }

    long answer(PetitionId id, AnswerKind kind, String content, String documentNumber,
            LocalDate documentDate, String speakerName, SignedInUser by, LocalDateTime at) {
        return dsl.insertInto(ANSWER)
                .set(ANSWER.PETITION_ID, id)
                .set(ANSWER.KIND, kind)
                .set(ANSWER.CONTENT, content)
                .set(ANSWER.DOCUMENT_NUMBER, documentNumber)
                .set(ANSWER.DOCUMENT_DATE, documentDate)
                .set(ANSWER.SPEAKER_NAME, speakerName)
                .set(ANSWER.ANSWERED_BY, by.id())
                .set(ANSWER.ANSWERED_AT, at)
                .returningResult(ANSWER.ID)
                .fetchOne(ANSWER.ID);
    }

    Optional<Long> latestAnswer(PetitionId id) {
        return dsl.select(ANSWER.ID).from(ANSWER).where(ANSWER.PETITION_ID.eq(id))
                .orderBy(ANSWER.ANSWERED_AT.desc(), ANSWER.ID.desc()).limit(1).fetchOptional(ANSWER.ID);
    }

    /** Returns the new escalation's id. */
    long escalation(PetitionId id, PetitionCommands.Escalate command, UnitId targetUnit, String agencyName,
            String reference, LocalDate sentOn, String note, SignedInUser by, LocalDateTime at) {
        return dsl.insertInto(ESCALATION)
                .set(ESCALATION.PETITION_ID, id)
                .set(ESCALATION.TARGET_KIND, command.target())
                .set(ESCALATION.TARGET_UNIT_ID, targetUnit)
                .set(ESCALATION.AGENCY_NAME, agencyName)
                .set(ESCALATION.REFERENCE_NUMBER, reference)
                .set(ESCALATION.SENT_ON, sentOn)
                .set(ESCALATION.NOTE, note)
                .set(ESCALATION.ESCALATED_BY, by.id())
                .set(ESCALATION.ESCALATED_AT, at)
                .returningResult(ESCALATION.ID)
                .fetchOne(ESCALATION.ID);
    }

    boolean recordReply(PetitionId id, String content, String reference, LocalDate repliedOn,
            SignedInUser by, LocalDateTime at) {
        Long open = dsl.select(ESCALATION.ID).from(ESCALATION)
                .where(ESCALATION.PETITION_ID.eq(id).and(ESCALATION.REPLIED_ON.isNull()))
                .orderBy(ESCALATION.ESCALATED_AT.desc(), ESCALATION.ID.desc()).limit(1)
                .fetchOne(ESCALATION.ID);
        if (open == null) {
            return false;
        }
        dsl.update(ESCALATION)
                .set(ESCALATION.REPLY_CONTENT, content)
                .set(ESCALATION.REPLY_REFERENCE, reference)
                .set(ESCALATION.REPLIED_ON, repliedOn)
                .set(ESCALATION.REPLY_RECORDED_BY, by.id())
                .set(ESCALATION.REPLY_RECORDED_AT, at)
                .where(ESCALATION.ID.eq(open))
                .execute();
        return true;
    }

    void review(PetitionId id, long answerId, ReviewVerdict verdict, String reason, LocalDate newDeadline,
            SignedInUser by, LocalDateTime at) {
        dsl.insertInto(REVIEW)
                .set(REVIEW.PETITION_ID, id)
                .set(REVIEW.ANSWER_ID, answerId)
                .set(REVIEW.VERDICT, verdict)
                .set(REVIEW.REASON, reason)
                .set(REVIEW.NEW_DEADLINE, newDeadline)
                .set(REVIEW.REVIEWED_BY, by.id())
                .set(REVIEW.REVIEWED_AT, at)
                .execute();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
