package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.APP_USER;
import static vn.petitionboard.jooq.Tables.CONFERENCE;
import static vn.petitionboard.jooq.Tables.DELEGATE;
import static vn.petitionboard.jooq.Tables.DOMAIN;
import static vn.petitionboard.jooq.Tables.PETITION_REQUESTER;
import static vn.petitionboard.jooq.Tables.USER_ROLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.conference.DelegateId;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.security.Role;

/** The reads intake checks its input against: the unit's conferences, delegates, leaders and the active domains. */
@Repository
class IntakeQuery {

    private final DSLContext dsl;

    IntakeQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The unit's enabled leaders, "name – position", for "answered on the spot by …". */
    List<String> leaders(UnitId unit) {
        return dsl.selectDistinct(APP_USER.FULL_NAME, APP_USER.POSITION_TITLE).from(APP_USER)
                .join(USER_ROLE).on(USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(APP_USER.UNIT_ID.eq(unit))
                .and(USER_ROLE.ROLE.in(Role.LEADERS))
                .and(APP_USER.ENABLED.isTrue())
                .orderBy(APP_USER.FULL_NAME)
                .fetch(r -> r.value2() == null ? r.value1() : r.value1() + " – " + r.value2());
    }

    /** The day the conference was held, if it is one of this unit's. */
    Optional<LocalDate> conferenceHeldOn(ConferenceId conference, UnitId unit) {
        return dsl.select(CONFERENCE.HELD_ON).from(CONFERENCE)
                .where(CONFERENCE.ID.eq(conference).and(CONFERENCE.UNIT_ID.eq(unit)))
                .fetchOptional(CONFERENCE.HELD_ON);
    }

    boolean isDelegateOf(DelegateId delegate, UnitId unit) {
        return dsl.fetchExists(DELEGATE, DELEGATE.ID.eq(delegate).and(DELEGATE.UNIT_ID.eq(unit)));
    }

    String delegateName(DelegateId delegate) {
        return dsl.select(DELEGATE.FULL_NAME).from(DELEGATE).where(DELEGATE.ID.eq(delegate))
                .fetchOne(DELEGATE.FULL_NAME);
    }

    boolean isActiveDomain(DomainId domain) {
        return dsl.fetchExists(DOMAIN, DOMAIN.ID.eq(domain).and(DOMAIN.ACTIVE.isTrue()));
    }

    boolean isRequester(PetitionId petition, DelegateId delegate) {
        return dsl.fetchExists(PETITION_REQUESTER,
                PETITION_REQUESTER.PETITION_ID.eq(petition).and(PETITION_REQUESTER.DELEGATE_ID.eq(delegate)));
    }

    /** The position after the petition's last requester. */
    int nextRequesterPosition(PetitionId petition) {
        Integer last = dsl.select(DSL.max(PETITION_REQUESTER.POSITION)).from(PETITION_REQUESTER)
                .where(PETITION_REQUESTER.PETITION_ID.eq(petition)).fetchOne(0, Integer.class);
        return last == null ? 0 : last + 1;
    }
}
