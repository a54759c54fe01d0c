package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.CONFERENCE;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import vn.petitionboard.base.i18n.Formats;

/**
 * "Answered at the conference" records what a leader said there: it may be entered on the conference day and in the
 * week after it (the minutes are typed up), not weeks later, when an answer must go through a department in writing.
 */
@Repository
class OnTheSpotWindow {

    static final int DAYS_AFTER_CONFERENCE = 7;

    private final DSLContext dsl;

    OnTheSpotWindow(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The steps allowed, less "answered at the conference" once its window has closed. */
    Set<Transition> withoutLateAnswer(Set<Transition> allowed, PetitionId id, LocalDate today) {
        if (!allowed.contains(Transition.ANSWER_ON_THE_SPOT) || refusal(id, today).isEmpty()) {
            return allowed;
        }
        Set<Transition> less = EnumSet.noneOf(Transition.class);
        less.addAll(allowed);
        less.remove(Transition.ANSWER_ON_THE_SPOT);
        return Collections.unmodifiableSet(less);
    }

    /**
     * The refusal, naming the conference day, once the window has closed by {@code today}; empty while open. A
     * petition a lower unit escalated was raised at that unit's conference, not at one of this unit's: it is never
     * answered "at the conference" here.
     */
    Optional<CommandResult.Refused> refusal(PetitionId id, LocalDate today) {
        return dsl.select(CONFERENCE.HELD_ON, CONFERENCE.UNIT_ID.eq(PETITION.UNIT_ID)).from(PETITION)
                .join(CONFERENCE).on(CONFERENCE.ID.eq(PETITION.CONFERENCE_ID))
                .where(PETITION.ID.eq(id))
                .fetchOptional()
                .flatMap(r -> !Boolean.TRUE.equals(r.value2())
                        ? Optional.of(CommandResult.Refused.of("workflow.refused.onTheSpotEscalatedIn"))
                        : Optional.of(r.value1()).filter(day -> today.isAfter(day.plusDays(DAYS_AFTER_CONFERENCE)))
                                .map(day -> CommandResult.Refused.of("workflow.refused.onTheSpotLate",
                                        Formats.date(day), DAYS_AFTER_CONFERENCE)));
    }
}
