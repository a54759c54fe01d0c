package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.ANSWER;
import static vn.petitionboard.jooq.Tables.DELEGATE;
import static vn.petitionboard.jooq.Tables.ESCALATION;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_REQUESTER;
import static vn.petitionboard.jooq.Tables.UNIT;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.organisation.DomainId;

/**
 * Reads and writes of an escalation between two units of the installation (docs/decisions/0027): the escalated
 * petition as the parent unit receives it, the link between the two petitions, the answer that flows back. These
 * read across units on purpose, without the reader's scope: only {@link UnitEscalations} calls them, for a petition
 * the signed-in user has just acted on in their own unit.
 */
@Repository
class EscalationStore {

    /** What the parent unit receives of the escalated petition: its text and topic, not its people's contacts. */
    record Source(String title, String content, DomainId domain, ConferenceId conference, boolean withinAuthority) {
    }

    /** A requester as the parent unit sees them: name, organisation and residential group; no phone or address. */
    record RequesterName(String fullName, String organisation, String group) {
    }

    /** An escalation inside the system still waiting for the parent unit's answer. */
    record OpenLink(long escalationId, PetitionId escalated, String escalatedCode, String unitName) {
    }

    /** The latest answer of a petition, as it flows back. */
    record LatestAnswer(String content, String documentNumber, LocalDate documentDate) {
    }

    private final DSLContext dsl;

    EscalationStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    Source source(PetitionId id) {
        return dsl.select(PETITION.TITLE, PETITION.CONTENT, PETITION.DOMAIN_ID, PETITION.CONFERENCE_ID,
                        PETITION.WITHIN_AUTHORITY)
                .from(PETITION).where(PETITION.ID.eq(id))
                .fetchSingle(r -> new Source(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    List<RequesterName> requesters(PetitionId id) {
        return dsl.select(DELEGATE.FULL_NAME, DELEGATE.ORGANISATION, DELEGATE.RESIDENTIAL_GROUP)
                .from(PETITION_REQUESTER).join(DELEGATE).on(DELEGATE.ID.eq(PETITION_REQUESTER.DELEGATE_ID))
                .where(PETITION_REQUESTER.PETITION_ID.eq(id))
                .orderBy(PETITION_REQUESTER.POSITION, DELEGATE.ID)
                .fetch(r -> new RequesterName(r.value1(), r.value2(), r.value3()));
    }

    void link(long escalationId, PetitionId linked) {
        dsl.update(ESCALATION).set(ESCALATION.LINKED_PETITION_ID, linked)
                .where(ESCALATION.ID.eq(escalationId)).execute();
    }

    /** The open escalation whose petition in the parent unit this is, with the escalated petition and its unit. */
    Optional<OpenLink> openLinkTo(PetitionId linked) {
        return dsl.select(ESCALATION.ID, PETITION.ID, PETITION.CODE, UNIT.NAME)
                .from(ESCALATION)
                .join(PETITION).on(PETITION.ID.eq(ESCALATION.PETITION_ID))
                .join(UNIT).on(UNIT.ID.eq(PETITION.UNIT_ID))
                .where(ESCALATION.LINKED_PETITION_ID.eq(linked).and(ESCALATION.REPLIED_ON.isNull()))
                .orderBy(ESCALATION.ID.desc()).limit(1)
                .fetchOptional(r -> new OpenLink(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Whether the petition's open escalation went to a unit of the system (its reply then comes by itself). */
    boolean openEscalationIsLinked(PetitionId id) {
        return dsl.fetchExists(dsl.selectOne().from(ESCALATION)
                .where(ESCALATION.PETITION_ID.eq(id), ESCALATION.REPLIED_ON.isNull(),
                        ESCALATION.LINKED_PETITION_ID.isNotNull()));
    }

    /** The escalated petition, locked until the transaction ends, as a command would load it. */
    PetitionSnapshot lock(PetitionId id) {
        return dsl.select(PETITION.ID, PETITION.UNIT_ID, PETITION.CODE, PETITION.TITLE, PETITION.STATE,
                        PETITION.DEPARTMENT_ID, PETITION.DEADLINE, PETITION.PAUSED_DAYS_LEFT, PETITION.VERSION)
                .from(PETITION).where(PETITION.ID.eq(id)).forUpdate()
                .fetchSingle(r -> new PetitionSnapshot(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9()));
    }

    LatestAnswer latestAnswer(PetitionId id) {
        return dsl.select(ANSWER.CONTENT, ANSWER.DOCUMENT_NUMBER, ANSWER.DOCUMENT_DATE).from(ANSWER)
                .where(ANSWER.PETITION_ID.eq(id))
                .orderBy(ANSWER.ANSWERED_AT.desc(), ANSWER.ID.desc()).limit(1)
                .fetchSingle(r -> new LatestAnswer(r.value1(), r.value2(), r.value3()));
    }
}
