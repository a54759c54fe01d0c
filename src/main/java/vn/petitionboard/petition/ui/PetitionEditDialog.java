package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.List;
import vn.petitionboard.base.ui.FieldErrors;
import vn.petitionboard.base.ui.LimitedText;
import vn.petitionboard.organisation.DomainOption;
import vn.petitionboard.organisation.OrganisationService;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.IntakeCommands;
import vn.petitionboard.petition.PetitionDetails;
import vn.petitionboard.petition.PetitionIntakeService;

/** The clerk corrects a petition's domain, title and content until it is assigned. */
@SpringComponent
@UIScope
public class PetitionEditDialog {

    private final PetitionIntakeService intake;
    private final OrganisationService organisation;

    PetitionEditDialog(PetitionIntakeService intake, OrganisationService organisation) {
        this.intake = intake;
        this.organisation = organisation;
    }

    public void open(PetitionDetails petition, Runnable onSaved) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("petition.edit") + " · " + petition.code());
        dialog.setWidth("min(40rem, 95vw)");
        dialog.setCloseOnOutsideClick(false);

        Select<DomainOption> domain = new Select<>();
        domain.setLabel(dialog.getTranslation("petition.field.domain"));
        var domains = organisation.activeDomains();
        domain.setItems(domains);
        domain.setItemLabelGenerator(d -> d == null ? "" : d.name());
        domains.stream().filter(d -> d.name().equals(petition.domainName())).findFirst().ifPresent(domain::setValue);
        domain.setId("edit-domain");
        TextField title = LimitedText.field(dialog.getTranslation("petition.field.title"),
                PetitionIntakeService.TITLE_MAX);
        title.setValue(petition.title());
        title.setId("edit-title");
        TextArea content = LimitedText.area(dialog.getTranslation("petition.field.content"),
                PetitionIntakeService.CONTENT_MAX);
        content.setValue(petition.content());
        content.setId("edit-content");
        Checkbox within = new Checkbox(dialog.getTranslation("petition.field.authority.within"),
                petition.withinAuthority());
        Paragraph problem = new Paragraph();
        problem.addClassName("dialog-problem");
        problem.setVisible(false);
        // Keys as PetitionIntakeService reports them; the fields keep their own checks as the user types.
        FieldErrors errors = FieldErrors.besideFieldChecks(dialog);
        errors.bind("domain", domain);
        errors.bind("title", title);
        errors.bind("content", content);

        VerticalLayout body = new VerticalLayout(domain, title, content, within, problem);
        body.setPadding(false);
        body.setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.STRETCH);
        dialog.add(body);

        Button save = new Button(dialog.getTranslation("petition.edit.save"), e -> {
            errors.clear();
            CommandResult result = intake.edit(new IntakeCommands.Edit(petition.id(), petition.version(),
                    domain.getValue() == null ? null : domain.getValue().id(), title.getValue(), content.getValue(),
                    within.getValue()));
            switch (result) {
                case CommandResult.Done done -> {
                    dialog.close();
                    onSaved.run();
                }
                case CommandResult.Created created -> {
                    dialog.close();
                    onSaved.run();
                }
                case CommandResult.Invalid invalid -> {
                    List<String> unplaced = errors.show(invalid.errors());
                    if (!unplaced.isEmpty()) {
                        problem.setText(String.join(" ", unplaced));
                        problem.setVisible(true);
                    }
                }
                case CommandResult.Conflict conflict -> {
                    problem.setText(dialog.getTranslation("workflow.conflict"));
                    problem.setVisible(true);
                }
                case CommandResult.Refused refused -> {
                    dialog.close();
                    TransitionDialogs.notifyError(dialog.getTranslation(refused.messageKey(),
                            refused.arguments().stream().map(a -> a instanceof String s && s.startsWith("state.")
                                    ? dialog.getTranslation(s) : a).toArray()));
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("edit-save");
        dialog.getFooter().add(new Button(dialog.getTranslation("dialog.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
