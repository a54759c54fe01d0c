package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.petitionboard.base.text.DateRange;
import vn.petitionboard.organisation.DepartmentOption;
import vn.petitionboard.petition.AssignmentCommands;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.DepartmentRequestService;
import vn.petitionboard.petition.FollowUp;
import vn.petitionboard.petition.PetitionAction;
import vn.petitionboard.petition.RequestKind;

/**
 * A leader says yes to the department's open request: for more time, the deadline granted (the one asked for,
 * which the leader may change); for another department, the department the leader picks (the one suggested, if any).
 */
final class ApproveRequestDialog extends StepDialog {

    private final DepartmentRequestService requests;
    private final RequestKind kind;
    private final DatePicker deadline;
    private final Select<DepartmentOption> department = new Select<>();

    ApproveRequestDialog(PetitionRef petition, FollowUp.Request request, List<DepartmentOption> departments,
            LocalDate today, DepartmentRequestService requests, Runnable onDone, Runnable onReload) {
        super(PetitionAction.APPROVE_REQUEST, petition, onDone, onReload);
        this.requests = requests;
        this.kind = request.kind();
        Paragraph asked = new Paragraph(getTranslation("request.kind." + kind) + ": " + request.reason());
        asked.addClassName("dialog-request");
        Component field;
        if (kind == RequestKind.EXTENSION) {
            deadline = bind("deadline", date("field.grantedDeadline", request.proposedDeadline(),
                    DateRange.deadline(today)));
            field = deadline;
        } else {
            deadline = null;
            department.setLabel(getTranslation("field.newDepartment"));
            List<DepartmentOption> others = departments.stream()
                    .filter(d -> !Objects.equals(d.id(), petition.department())).toList();
            department.setItems(others);
            department.setItemLabelGenerator(d -> d == null ? "" : d.name());
            department.setRequiredIndicatorVisible(true);
            others.stream().filter(d -> d.id().equals(request.suggestedDepartment())).findFirst()
                    .ifPresent(department::setValue);
            bind("department", department);
            field = department;
        }
        fields(asked, field);
    }

    @Override
    CommandResult send() {
        return requests.approve(new AssignmentCommands.ApproveRequest(petition.id(), petition.version(),
                kind == RequestKind.REASSIGNMENT && department.getValue() != null ? department.getValue().id() : null,
                kind == RequestKind.EXTENSION ? deadline.getValue() : null));
    }
}
