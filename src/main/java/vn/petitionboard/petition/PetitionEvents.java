package vn.petitionboard.petition;

import java.time.LocalDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.security.SignedInUser;

/**
 * The one way a command appends to a petition's history: the row, then {@link PetitionMoved} to the listeners, who run
 * in the caller's transaction (Spring calls an {@code @EventListener} synchronously), so what they write commits or
 * rolls back with the change.
 */
@Component
class PetitionEvents {

    private final PetitionStore store;
    private final ApplicationEventPublisher publisher;

    PetitionEvents(PetitionStore store, ApplicationEventPublisher publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    /**
     * @param before     the petition as the command found it (its state is the event's "from")
     * @param department the department that has it afterwards
     */
    void record(PetitionSnapshot before, HistoryEvent event, PetitionState to, DepartmentId department,
            SignedInUser actor, LocalDateTime at, HistoryText text) {
        long historyId = store.history(before.id(), event, before.state(), to, actor, at, text);
        publisher.publishEvent(new PetitionMoved(before.id(), historyId, before.unit(), before.code(), before.title(),
                event, before.state(), to, department, before.department(), actor.id(), actor.fullName(), at));
    }
}
