package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Supplier;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.Transition;

/** A step with nothing to fill in (start the work, accept the answer): one sentence and Confirm. */
final class ConfirmStepDialog extends StepDialog {

    private final Supplier<CommandResult> command;

    ConfirmStepDialog(Transition transition, String questionKey, Supplier<CommandResult> command,
            PetitionRef petition, Runnable onDone, Runnable onReload) {
        super(transition, petition, onDone, onReload);
        this.command = command;
        fields(new Paragraph(getTranslation(questionKey)));
    }

    @Override
    CommandResult send() {
        return command.get();
    }
}
