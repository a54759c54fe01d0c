package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import vn.petitionboard.base.text.DateRange;
import vn.petitionboard.base.ui.LimitedText;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.EscalationService;
import vn.petitionboard.petition.PetitionCommands;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.petition.Transition;

/** The higher level's reply to an escalated petition, as it arrived. */
final class ReplyDialog extends StepDialog {

    private final EscalationService escalations;
    private final TextArea content = required("content",
            LimitedText.area(getTranslation("field.reply"), PetitionWorkflowService.TEXT_MAX));
    private final TextField reference = bind("replyReference",
            LimitedText.field(getTranslation("field.replyReference"), PetitionWorkflowService.REFERENCE_MAX));
    private final DatePicker repliedOn;

    ReplyDialog(PetitionRef petition, EscalationService escalations, LocalDate today, Runnable onDone,
            Runnable onReload) {
        super(Transition.RECORD_REPLY, petition, onDone, onReload);
        this.escalations = escalations;
        repliedOn = bind("repliedOn", date("field.repliedOn", today, DateRange.past(today)));
        fields(content, reference, repliedOn);
    }

    @Override
    CommandResult send() {
        return escalations.recordReply(new PetitionCommands.RecordReply(petition.id(), petition.version(),
                content.getValue(), reference.getValue(), repliedOn.getValue()));
    }
}
