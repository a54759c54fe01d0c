package vn.petitionboard.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.IntakeCommands;
import vn.petitionboard.petition.PetitionCommands;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionIntakeService;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.support.TestWards.Ward;

/** Petitions of a test ward brought to the state a test starts from, through the services as users would. */
@Component
public class TestPetitions {

    private static final DomainId LAND = new DomainId(2);

    private final PetitionIntakeService intake;
    private final PetitionWorkflowService workflow;
    private final SignIn signIn;

    TestPetitions(PetitionIntakeService intake, PetitionWorkflowService workflow, SignIn signIn) {
        this.intake = intake;
        this.workflow = workflow;
        this.signIn = signIn;
    }

    public record Captured(PetitionId id, String code) {
    }

    /** Recorded by the clerk: RECEIVED, version 0. */
    public Captured received(Ward ward, String title) throws Exception {
        return received(ward, title, "Nguyễn Văn Bình");
    }

    /** Recorded by the clerk as raised by a new delegate of that name: RECEIVED, version 0. */
    public Captured received(Ward ward, String title, String delegate) throws Exception {
        IntakeCommands.Capture capture = new IntakeCommands.Capture(ward.conference(), LAND, title,
                "Đề nghị phường kiểm tra và trả lời.", true,
                List.of(IntakeCommands.Requester.newDelegate(delegate, null, "Tổ 12", null)), false, null,
                null);
        CommandResult created = signIn.as(ward.clerk(), () -> intake.capture(capture));
        assertThat(created).as("capture of " + title).isInstanceOf(CommandResult.Created.class);
        return new Captured(((CommandResult.Created) created).id(), ((CommandResult.Created) created).code());
    }

    /** Recorded by the clerk, assigned to the land department by the chair and started by its officer: version 2. */
    public Captured inProgress(Ward ward, String title) throws Exception {
        Captured captured = received(ward, title);
        PetitionId id = captured.id();
        CommandResult assigned = signIn.as(ward.chair(), () -> workflow.assign(new PetitionCommands.Assign(id, 0,
                ward.landDepartment(), Today.date().plusDays(20), "Giao xử lý theo quy định.")));
        assertThat(assigned.isDone()).as("assign " + title).isTrue();
        CommandResult started = signIn.as(ward.landOfficer(), () -> workflow.start(new PetitionCommands.Start(id, 1)));
        assertThat(started.isDone()).as("start " + title).isTrue();
        return captured;
    }
}
