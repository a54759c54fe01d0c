package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.text.InputCheck;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.security.SignedInUser;

/**
 * The two changes to an assignment that a leader makes directly or by approving a department's request: another
 * department, and a later deadline. Both check their input the same way wherever they come from.
 */
@Component
class AssignmentChanges {

    private final PetitionStore store;
    private final WorkflowTargetsQuery targets;

    AssignmentChanges(PetitionStore store, WorkflowTargetsQuery targets) {
        this.store = store;
        this.targets = targets;
    }

    /**
     * The petition goes to another active department of the unit, back to ASSIGNED (the new department starts it),
     * with the deadline and instruction it had. The old department's officers no longer see it.
     *
     * @param details the history text, given the old department's name and the new one's
     * @param also    written with it (closing the request it answers), before the history event
     */
    CommandRunner.Plan reassign(PetitionSnapshot petition, SignedInUser user, InputCheck check, LocalDateTime now,
            String field, DepartmentId department, HistoryEvent event,
            BiFunction<String, String, HistoryText> details, Runnable also) {
        check.required(field, department);
        Optional<String> newName = Optional.ofNullable(department)
                .flatMap(d -> targets.departmentName(d, user.unitId()));
        if (department != null && newName.isEmpty()) {
            check.fail(field, "validation.department.unknown");
        } else if (department != null && department.equals(petition.department())) {
            check.fail(field, "validation.department.same");
        }
        String oldName = petition.department() == null ? ""
                : targets.departmentName(petition.department(), user.unitId()).orElse("");
        LocalDate deadline = petition.deadline() != null ? petition.deadline() : now.toLocalDate();
        return new CommandRunner.Plan(PetitionState.ASSIGNED, event,
                CommandRunner.changes(PETITION.DEPARTMENT_ID, department), () -> {
                    String instruction = store.currentInstruction(petition.id()).orElse("");
                    store.endCurrentAssignment(petition.id(), now);
                    store.assignment(petition.id(), department, deadline, instruction, user, now);
                    also.run();
                    return details.apply(oldName, newName.orElse(""));
                });
    }

    /**
     * The deadline moves later: within the bounds of any deadline and after the current one; the state stays.
     *
     * @param details the history text, given the old deadline (null if there was none) and the new one
     */
    CommandRunner.Plan extend(PetitionSnapshot petition, InputCheck check, LocalDateTime now, String field,
            LocalDate newDeadline, HistoryEvent event, BiFunction<LocalDate, LocalDate, HistoryText> details,
            Runnable also) {
        checkLater(petition, check, now, field, newDeadline);
        return new CommandRunner.Plan(petition.state(), event, CommandRunner.changes(PETITION.DEADLINE, newDeadline),
                () -> {
                    also.run();
                    return details.apply(petition.deadline(), newDeadline);
                });
    }

    /** A deadline a department may ask for or a leader grant: in bounds, and later than the petition's. */
    static void checkLater(PetitionSnapshot petition, InputCheck check, LocalDateTime now, String field,
            LocalDate newDeadline) {
        check.deadline(field, newDeadline, now.toLocalDate());
        if (newDeadline != null && petition.deadline() != null && !newDeadline.isAfter(petition.deadline())) {
            check.fail(field, "validation.deadline.notLater", Formats.date(petition.deadline()));
        }
    }

    /**
     * A deadline's change in a history text: {@code key}'s "from … to …" with the old and new deadline, then
     * {@code more}; {@code key.noPrevious}'s "until …" with the new one, then {@code more}, when there was none.
     */
    static HistoryText deadlineChange(String key, LocalDate from, LocalDate to, Object... more) {
        List<Object> args = new ArrayList<>();
        if (from != null) {
            args.add(from);
        }
        args.add(to);
        args.addAll(Arrays.asList(more));
        return HistoryText.of(from == null ? key + ".noPrevious" : key, args.toArray());
    }
}
