package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import vn.petitionboard.base.text.DateRange;
import vn.petitionboard.base.ui.LimitedText;
import vn.petitionboard.organisation.OrganisationService;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.PetitionCommands;
import vn.petitionboard.petition.PetitionCommands.EscalationTarget;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.petition.Transition;

/** Beyond the ward's authority: sent to the parent unit or another agency, under a reference number. */
final class EscalateDialog extends StepDialog {

    private final PetitionWorkflowService workflow;
    private final RadioButtonGroup<EscalationTarget> target = new RadioButtonGroup<>(getTranslation("field.target"));
    private final TextField agency = LimitedText.field(getTranslation("field.agency"),
            PetitionWorkflowService.AGENCY_MAX);
    private final TextField reference = required("referenceNumber",
            LimitedText.field(getTranslation("field.referenceNumber"), PetitionWorkflowService.REFERENCE_MAX));
    private final DatePicker sentOn;
    private final TextArea note = LimitedText.area(getTranslation("field.note"), PetitionWorkflowService.NOTE_MAX);

    EscalateDialog(PetitionRef petition, PetitionWorkflowService workflow, OrganisationService organisation,
            LocalDate today, Runnable onDone, Runnable onReload) {
        super(Transition.ESCALATE, petition, onDone, onReload);
        this.workflow = workflow;
        String parent = organisation.parentUnitName().orElse(null);
        target.setItems(EscalationTarget.values());
        target.setItemLabelGenerator(e -> e == EscalationTarget.PARENT_UNIT
                ? getTranslation("field.target.parent", parent == null ? "—" : parent)
                : getTranslation("field.target.agency"));
        target.setValue(parent != null ? EscalationTarget.PARENT_UNIT : EscalationTarget.AGENCY);
        agency.setVisible(target.getValue() == EscalationTarget.AGENCY);
        target.addValueChangeListener(e -> agency.setVisible(e.getValue() == EscalationTarget.AGENCY));
        sentOn = date("field.sentOn", today, DateRange.past(today));
        bind("target", target);
        bind("agencyName", agency);
        bind("sentOn", sentOn);
        bind("note", note);
        fields(target, agency, reference, sentOn, note);
    }

    @Override
    CommandResult send() {
        return workflow.escalate(new PetitionCommands.Escalate(petition.id(), petition.version(), target.getValue(),
                agency.getValue(), reference.getValue(), sentOn.getValue(), note.getValue()));
    }
}
