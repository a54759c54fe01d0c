package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import vn.petitionboard.base.text.DateRange;
import vn.petitionboard.base.ui.LimitedText;
import vn.petitionboard.organisation.DepartmentOption;
import vn.petitionboard.organisation.OrganisationService;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.PetitionCommands;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.petition.Transition;

/** A leader gives the petition to a department, with a deadline and an instruction. */
final class AssignDialog extends StepDialog {

    private final PetitionWorkflowService workflow;
    private final Select<DepartmentOption> department = new Select<>();
    private final DatePicker deadline;
    private final TextArea instruction = LimitedText.area(getTranslation("field.instruction"),
            PetitionWorkflowService.NOTE_MAX);

    AssignDialog(PetitionRef petition, PetitionWorkflowService workflow, OrganisationService organisation,
            LocalDate today, Runnable onDone, Runnable onReload) {
        super(Transition.ASSIGN, petition, onDone, onReload);
        this.workflow = workflow;
        department.setLabel(getTranslation("field.department"));
        department.setItems(organisation.activeDepartments());
        department.setItemLabelGenerator(d -> d == null ? "" : d.name());
        department.setRequiredIndicatorVisible(true);
        deadline = date("field.deadline", workflow.defaultDeadline(), DateRange.deadline(today));
        deadline.setHelperText(getTranslation("field.deadline.help",
                PetitionWorkflowService.DEFAULT_DEADLINE_WORKING_DAYS));
        instruction.setRequired(true);
        bind("department", department);
        bind("deadline", deadline);
        bind("instruction", instruction);
        fields(department, deadline, instruction);
    }

    @Override
    CommandResult send() {
        return workflow.assign(new PetitionCommands.Assign(petition.id(), petition.version(),
                department.getValue() == null ? null : department.getValue().id(), deadline.getValue(),
                instruction.getValue()));
    }
}
