package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.ANSWER;
import static vn.petitionboard.jooq.Tables.ATTACHMENT;
import static vn.petitionboard.jooq.Tables.ATTACHMENT_CHUNK;
import static vn.petitionboard.jooq.Tables.CONFERENCE;
import static vn.petitionboard.jooq.Tables.DELEGATE;
import static vn.petitionboard.jooq.Tables.DEPARTMENT;
import static vn.petitionboard.jooq.Tables.DOMAIN;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_HISTORY;
import static vn.petitionboard.jooq.Tables.PETITION_REQUESTER;
import static vn.petitionboard.jooq.Tables.PROGRESS_UPDATE;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Reads one petition with its requesters and history; the visibility scope is part of the WHERE. */
@Repository
class PetitionDetailsQuery {

    private final DSLContext dsl;
    private final FollowUpQuery followUp;

    PetitionDetailsQuery(DSLContext dsl, FollowUpQuery followUp) {
        this.dsl = dsl;
        this.followUp = followUp;
    }

    Optional<PetitionDetails> find(PetitionId id, PetitionConditions scope, boolean contactsVisible) {
        return dsl.select(PETITION.ID, PETITION.CODE, PETITION.TITLE, PETITION.CONTENT, PETITION.STATE,
                        PETITION.VERSION, DOMAIN.NAME, PETITION.DEPARTMENT_ID, DEPARTMENT.NAME, CONFERENCE.TITLE,
                        CONFERENCE.HELD_ON, PETITION.WITHIN_AUTHORITY, PETITION.DEADLINE, PETITION.STATE_CHANGED_AT,
                        PETITION.CREATED_AT)
                .from(PETITION)
                .join(DOMAIN).on(DOMAIN.ID.eq(PETITION.DOMAIN_ID))
                .join(CONFERENCE).on(CONFERENCE.ID.eq(PETITION.CONFERENCE_ID))
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(PETITION.DEPARTMENT_ID))
                .where(scope.visible(id))
                .fetchOptional(r -> new PetitionDetails(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(),
                        r.value13(), r.value14(), r.value15(), requesters(id, contactsVisible), contactsVisible,
                        followUp.of(id), history(id)));
    }

    /**
     * An attachment of a petition in the scope, of a progress update or an answer. Its pieces are read later, by primary key, as the download asks for
     * them: the visibility check is this query's, made once.
     */
    Optional<AttachmentFile> attachment(PetitionId petition, long attachmentId, PetitionConditions scope) {
        return dsl.select(ATTACHMENT.FILE_NAME, ATTACHMENT.CONTENT_TYPE, ATTACHMENT.SIZE_BYTES)
                .from(ATTACHMENT)
                .leftJoin(PROGRESS_UPDATE).on(PROGRESS_UPDATE.ID.eq(ATTACHMENT.PROGRESS_UPDATE_ID))
                .leftJoin(ANSWER).on(ANSWER.ID.eq(ATTACHMENT.ANSWER_ID))
                .join(PETITION).on(PETITION.ID.eq(DSL.coalesce(PROGRESS_UPDATE.PETITION_ID, ANSWER.PETITION_ID)))
                .where(ATTACHMENT.ID.eq(attachmentId).and(scope.visible(petition)))
                .fetchOptional(r -> new AttachmentFile(r.value1(), r.value2(), r.value3(),
                        seq -> chunk(attachmentId, seq)));
    }

    private byte[] chunk(long attachmentId, int seq) {
        return dsl.select(ATTACHMENT_CHUNK.DATA).from(ATTACHMENT_CHUNK)
                .where(ATTACHMENT_CHUNK.ATTACHMENT_ID.eq(attachmentId).and(ATTACHMENT_CHUNK.SEQ.eq(seq)))
                .fetchOne(ATTACHMENT_CHUNK.DATA);
    }

    private List<PetitionDetails.Requester> requesters(PetitionId id, boolean contactsVisible) {
        return dsl.select(DELEGATE.FULL_NAME, DELEGATE.ORGANISATION, DELEGATE.RESIDENTIAL_GROUP, DELEGATE.PHONE,
                        DELEGATE.ADDRESS)
                .from(PETITION_REQUESTER)
                .join(DELEGATE).on(DELEGATE.ID.eq(PETITION_REQUESTER.DELEGATE_ID))
                .where(PETITION_REQUESTER.PETITION_ID.eq(id))
                .orderBy(PETITION_REQUESTER.POSITION, DELEGATE.FULL_NAME)
                .fetch(r -> new PetitionDetails.Requester(r.value1(), r.value2(), r.value3(),
                        contactsVisible ? r.value4() : null, contactsVisible ? r.value5() : null));
    }

    /** The petition's history and that of every duplicate merged into it (docs/decisions/0028), in time order. */
    private List<PetitionDetails.HistoryEntry> history(PetitionId id) {
        return dsl.select(PETITION_HISTORY.OCCURRED_AT, PETITION_HISTORY.ACTOR_NAME, PETITION_HISTORY.EVENT_TYPE,
                        PETITION_HISTORY.FROM_STATE, PETITION_HISTORY.TO_STATE, PETITION_HISTORY.DETAILS,
                        PETITION_HISTORY.DETAILS_KEY, PETITION_HISTORY.DETAILS_ARGS, PETITION_HISTORY.PETITION_ID,
                        PETITION.CODE)
                .from(PETITION_HISTORY)
                .join(PETITION).on(PETITION.ID.eq(PETITION_HISTORY.PETITION_ID))
                .where(PETITION_HISTORY.PETITION_ID.eq(id)
                        .or(PETITION_HISTORY.PETITION_ID.in(DSL.select(PETITION.ID).from(PETITION)
                                .where(PETITION.MERGED_INTO_ID.eq(id)))))
                .orderBy(PETITION_HISTORY.OCCURRED_AT, PETITION_HISTORY.ID)
                .fetch(r -> new PetitionDetails.HistoryEntry(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), HistoryArgs.decode(r.value7(), r.value8()),
                        r.value9().equals(id) ? null : r.value10()));
    }
}
