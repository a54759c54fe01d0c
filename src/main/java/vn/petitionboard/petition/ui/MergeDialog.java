package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.MergeCandidate;
import vn.petitionboard.petition.MergeCommand;
import vn.petitionboard.petition.MergedPetition;
import vn.petitionboard.petition.PetitionDetails;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionMergeService;
import vn.petitionboard.security.SignedInUser;

/**
 * "Gộp kiến nghị trùng": pick the duplicate of the petition shown (looked up by code or words as the list finds
 * them), choose the code that carries on (the older one unless changed), read what will happen, confirm.
 */
@SpringComponent
@UIScope
public class MergeDialog {

    private final PetitionMergeService merges;

    MergeDialog(PetitionMergeService merges) {
        this.merges = merges;
    }

    /** The page's "Gộp kiến nghị trùng" button, for the leaders and the clerk while the petition may be merged. */
    public Optional<Button> button(PetitionDetails shown, SignedInUser user, Consumer<PetitionId> onMerged) {
        if (!PetitionMergeService.mayBeMerged(shown.state()) || !user.hasAny(PetitionMergeService.MERGERS)) {
            return Optional.empty();
        }
        Button merge = new Button(VaadinIcon.COMPRESS_SQUARE.create(), e -> open(shown, onMerged));
        merge.setText(merge.getTranslation("merge.action"));
        merge.setId("action-MERGE");
        return Optional.of(merge);
    }

    /** "Kiến nghị KN-2026-007 đã gộp vào KN-2026-003": why the code opened shows another petition. */
    static Div notice(MergedPetition merged) {
        Span text = new Span();
        text.setText(text.getTranslation("petition.mergedNotice", merged.code(), merged.survivorCode()));
        Div notice = new Div(VaadinIcon.INFO_CIRCLE.create(), text);
        notice.setId("petition-merged-notice");
        notice.addClassName("petition-merged-notice");
        notice.getElement().setAttribute("role", "status");
        return notice;
    }

    /** Opens the dialog on the petition shown; {@code onMerged} gets the petition that carries on. */
    public void open(PetitionDetails shown, Consumer<PetitionId> onMerged) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("merge.dialog.title", shown.code()));
        dialog.setWidth("min(42rem, 95vw)");
        dialog.setCloseOnOutsideClick(false);
        dialog.addClassName("merge-dialog");

        ComboBox<MergeCandidate> other = new ComboBox<>(dialog.getTranslation("merge.dialog.other", shown.code()));
        other.setId("merge-other");
        other.setPlaceholder(dialog.getTranslation("merge.dialog.other.placeholder"));
        other.setHelperText(dialog.getTranslation("merge.dialog.other.help"));
        other.setRequiredIndicatorVisible(true);
        // Lazy: each page is one search of the unit's open petitions (the list's search: code or words).
        other.setItems(query -> merges.candidates(shown.id(), query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        other.setItemLabelGenerator(c -> c.code() + " · " + c.title() + " ("
                + dialog.getTranslation("state." + c.state().name()) + ")");

        RadioButtonGroup<PetitionId> survivor = new RadioButtonGroup<>(dialog.getTranslation("merge.dialog.survivor"));
        survivor.setId("merge-survivor");
        survivor.setVisible(false);
        Paragraph explain = new Paragraph(dialog.getTranslation("merge.dialog.pick"));
        explain.setId("merge-explain");
        explain.addClassName("merge-explain");
        explain.getElement().setAttribute("aria-live", "polite");
        Paragraph problem = new Paragraph();
        problem.addClassName("dialog-problem");
        problem.setId("merge-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        Button confirm = new Button(dialog.getTranslation("merge.action"));
        confirm.setId("merge-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Runnable describe = () -> {
            MergeCandidate picked = other.getValue();
            problem.setVisible(false);
            if (picked == null) {
                survivor.setVisible(false);
                explain.setText(dialog.getTranslation("merge.dialog.pick"));
                confirm.setText(dialog.getTranslation("merge.action"));
                return;
            }
            boolean keepShown = survivor.getValue() == null || survivor.getValue().equals(shown.id());
            String kept = keepShown ? shown.code() : picked.code();
            String gone = keepShown ? picked.code() : shown.code();
            explain.setText(dialog.getTranslation("merge.dialog.explain", kept, gone));
            confirm.setText(dialog.getTranslation("merge.dialog.submit", kept));
        };
        other.addValueChangeListener(e -> {
            MergeCandidate picked = e.getValue();
            if (picked != null) {
                boolean shownOlder = !picked.isOlderThan(shown.id(), shown.createdAt());
                survivor.setItems(List.of(shown.id(), picked.id()));
                survivor.setItemLabelGenerator(id -> {
                    String code = id.equals(shown.id()) ? shown.code() : picked.code();
                    boolean older = id.equals(shown.id()) == shownOlder;
                    return older ? dialog.getTranslation("merge.dialog.survivor.older", code) : code;
                });
                survivor.setValue(shownOlder ? shown.id() : picked.id());
                survivor.setVisible(true);
            }
            describe.run();
        });
        survivor.addValueChangeListener(e -> describe.run());

        VerticalLayout body = new VerticalLayout(new Paragraph(shown.title()), other, survivor, explain, problem);
        body.setPadding(false);
        body.setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.STRETCH);
        dialog.add(body);

        confirm.addClickListener(e -> {
            MergeCandidate picked = other.getValue();
            if (picked == null) {
                other.setInvalid(true);
                other.setErrorMessage(dialog.getTranslation("merge.dialog.required"));
                other.focus();
                return;
            }
            boolean keepShown = shown.id().equals(survivor.getValue());
            MergeCommand command = keepShown
                    ? new MergeCommand(shown.id(), shown.version(), picked.id(), picked.version())
                    : new MergeCommand(picked.id(), picked.version(), shown.id(), shown.version());
            String keptCode = keepShown ? shown.code() : picked.code();
            String goneCode = keepShown ? picked.code() : shown.code();
            switch (merges.merge(command)) {
                case CommandResult.Done done -> {
                    dialog.close();
                    Notification notification = Notification.show(dialog.getTranslation("merge.done", goneCode,
                            keptCode), 4000, Notification.Position.BOTTOM_END);
                    notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    onMerged.accept(done.id());
                }
                case CommandResult.Created created -> dialog.close();
                case CommandResult.Invalid invalid -> {
                    problem.setText(dialog.getTranslation("workflow.invalid"));
                    problem.setVisible(true);
                }
                case CommandResult.Conflict conflict -> {
                    problem.setText(dialog.getTranslation("workflow.conflict"));
                    problem.setVisible(true);
                }
                case CommandResult.Refused refused -> {
                    problem.setText(dialog.getTranslation(refused.messageKey(), refused.arguments().stream()
                            .map(a -> a instanceof String s && s.startsWith("state.") ? dialog.getTranslation(s) : a)
                            .toArray()));
                    problem.setVisible(true);
                }
            }
        });
        Button cancel = new Button(dialog.getTranslation("dialog.cancel"), e -> dialog.close());
        cancel.setId("merge-cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        other.focus();
    }
}
