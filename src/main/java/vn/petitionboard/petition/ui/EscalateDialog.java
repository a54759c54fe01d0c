package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
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
import vn.petitionboard.petition.EscalationService;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.petition.Transition;

/**
 * Beyond the ward's authority: sent to the parent unit in the system (which receives a petition of its own and answers
 * it there: no document number needed) or to another agency, under a reference number.
 */
final class EscalateDialog extends StepDialog {

    private final EscalationService escalations;
    private final RadioButtonGroup<EscalationTarget> target = new RadioButtonGroup<>(getTranslation("field.target"));
    private final TextField agency = LimitedText.field(getTranslation("field.agency"),
            PetitionWorkflowService.AGENCY_MAX);
    private final TextField reference = required("referenceNumber",
            LimitedText.field(getTranslation("field.referenceNumber"), PetitionWorkflowService.REFERENCE_MAX));
    private final DatePicker sentOn;
    private final TextArea note = LimitedText.area(getTranslation("field.note"), PetitionWorkflowService.NOTE_MAX);

    private final Paragraph inSystem = new Paragraph();

    EscalateDialog(PetitionRef petition, EscalationService escalations, OrganisationService organisation,
            LocalDate today, Runnable onDone, Runnable onReload) {
        super(Transition.ESCALATE, petition, onDone, onReload);
        this.escalations = escalations;
        String parent = organisation.parentUnitName().orElse(null);
        target.setItems(EscalationTarget.values());
        target.setItemLabelGenerator(e -> e == EscalationTarget.PARENT_UNIT
                ? getTranslation("field.target.parent", parent == null ? "—" : parent)
                : getTranslation("field.target.agency"));
        target.setValue(parent != null ? EscalationTarget.PARENT_UNIT : EscalationTarget.AGENCY);
        sentOn = date("field.sentOn", today, DateRange.past(today));
        inSystem.setId("escalation-in-system");
        inSystem.setText(getTranslation("dialog.escalate.inSystem", parent == null ? "—" : parent));
        showFor(target.getValue());
        target.addValueChangeListener(e -> showFor(e.getValue()));
        bind("target", target);
        bind("agencyName", agency);
        bind("sentOn", sentOn);
        bind("note", note);
        fields(target, inSystem, agency, reference, sentOn, note);
    }

    /** To the parent unit: only a note (the parent's own petition is the record); to an agency: today's form. */
    private void showFor(EscalationTarget chosen) {
        boolean toAgency = chosen == EscalationTarget.AGENCY;
        agency.setVisible(toAgency);
        reference.setVisible(toAgency);
        reference.setRequired(toAgency);
        sentOn.setVisible(toAgency);
        inSystem.setVisible(!toAgency);
    }

    @Override
    CommandResult send() {
        boolean toAgency = target.getValue() == EscalationTarget.AGENCY;
        return escalations.escalate(new PetitionCommands.Escalate(petition.id(), petition.version(), target.getValue(),
                agency.getValue(), toAgency ? reference.getValue() : null, toAgency ? sentOn.getValue() : null,
                note.getValue()));
    }
}
