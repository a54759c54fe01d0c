package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.Field;
import org.springframework.stereotype.Component;
import vn.petitionboard.base.text.InputCheck;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.petition.CommandResult.Conflict;
import vn.petitionboard.petition.CommandResult.Done;
import vn.petitionboard.petition.CommandResult.Invalid;
import vn.petitionboard.petition.CommandResult.Refused;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.SignedInUser;

/**
 * The shape every petition command shares, inside its service's transaction: load the petition if the user may see
 * it (else "not found", whatever the reason), check the version the user saw, who acts and the state, check the
 * input, then move the petition on with its version bumped, write the command's rows and its history event (which
 * {@link PetitionEvents} tells the listeners of). A refusal, a conflict or bad input writes nothing.
 */
@Component
class CommandRunner {

    private final PetitionStore store;
    private final PetitionEvents events;
    private final CurrentUser currentUser;
    private final Clock clock;

    CommandRunner(PetitionStore store, PetitionEvents events, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The change a command makes to the petition row, and the rows it adds (returning the history text, if any). */
    record Plan(PetitionState target, HistoryEvent event, Map<Field<?>, Object> petitionChanges, Effects effects,
            Optional<Refused> refusal) {

        Plan(PetitionState target, HistoryEvent event, Map<Field<?>, Object> petitionChanges, Effects effects) {
            this(target, event, petitionChanges, effects, Optional.empty());
        }

        /** Not allowed for a reason only the command knows (a request already open): nothing is written. */
        static Plan refuse(String messageKey, Object... arguments) {
            return new Plan(null, null, Map.of(), () -> null, Optional.of(Refused.of(messageKey, arguments)));
        }
    }

    @FunctionalInterface
    interface Effects {
        HistoryText write();
    }

    @FunctionalInterface
    interface Planner {
        Plan plan(PetitionSnapshot petition, SignedInUser user, InputCheck check, LocalDateTime now);
    }

    CommandResult run(PetitionId id, int version, StepRule step, Planner planner) {
        SignedInUser user = currentUser.require();
        Optional<PetitionSnapshot> loaded = store.load(id, PetitionConditions.of(user));
        if (loaded.isEmpty()) {
            return Refused.of("petition.notFound");
        }
        PetitionSnapshot petition = loaded.get();
        if (petition.version() != version) {
            return new Conflict();
        }
        if (!step.mayBeTakenBy(user, petition.department())) {
            return Refused.of("workflow.refused.role", step.labelKey());
        }
        if (!step.leaves(petition.state())) {
            return Refused.of("workflow.refused.state", step.labelKey(), "state." + petition.state().name());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        InputCheck check = new InputCheck();
        Plan plan = planner.plan(petition, user, check, now);
        if (plan.refusal().isPresent()) {
            return plan.refusal().get();
        }
        if (check.hasErrors()) {
            return new Invalid(check.errors());
        }
        if (!store.update(petition, plan.target(), plan.petitionChanges(), now)) {
            return new Conflict();
        }
        HistoryText text = plan.effects().write();
        events.record(petition, plan.event(), plan.target(), departmentAfter(petition, plan), user, now, text);
        return new Done(petition.id(), plan.target(), version + 1);
    }

    private static DepartmentId departmentAfter(PetitionSnapshot petition, Plan plan) {
        return plan.petitionChanges().containsKey(PETITION.DEPARTMENT_ID)
                ? (DepartmentId) plan.petitionChanges().get(PETITION.DEPARTMENT_ID) : petition.department();
    }

    /** Column changes; unlike Map.of, it takes nulls (a column set to NULL). */
    static Map<Field<?>, Object> changes(Object... fieldsAndValues) {
        Map<Field<?>, Object> changes = new HashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            changes.put((Field<?>) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return changes;
    }
}
