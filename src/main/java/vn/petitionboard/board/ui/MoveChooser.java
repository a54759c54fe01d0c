package vn.petitionboard.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import vn.petitionboard.board.PetitionCard;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.petition.Transition;

/**
 * What a card's "Chuyển…" opens: the columns the card may go to, each a button with the step it means ("Đã giao ·
 * Giao xử lý"). Choosing one opens that step's dialog, the same as dropping the card there. Buttons in a dialog, so
 * Tab and Enter (or a tap) are all it takes, and Esc leaves the card where it is.
 */
final class MoveChooser extends Dialog {

    /** A column the card may be moved to and the step that moving it there is. */
    record Target(PetitionState column, Transition transition) {
    }

    MoveChooser(PetitionCard card, List<Target> targets, SerializableConsumer<Target> chosen) {
        setHeaderTitle(getTranslation("board.move.title", card.code()));
        addClassName("move-chooser");
        setId("move-chooser");
        setWidth("min(26rem, 95vw)");

        Paragraph subject = new Paragraph(card.title());
        subject.addClassName("dialog-subject");
        Div choices = new Div();
        Button first = null;
        choices.addClassName("move-targets");
        choices.getElement().setAttribute("role", "group");
        choices.getElement().setAttribute("aria-label", getTranslation("board.move.targets"));
        for (Target target : targets) {
            Button button = new Button(getTranslation("board.move.target",
                    getTranslation("state." + target.column().name()), getTranslation(target.transition().labelKey())),
                    e -> {
                        close();
                        chosen.accept(target);
                    });
            button.setId("move-to-" + target.column().name());
            button.addClassName("move-target");
            choices.add(button);
            first = first == null ? button : first;
        }
        add(subject, choices);

        Button cancel = new Button(getTranslation("dialog.cancel"), e -> close());
        cancel.setId("move-cancel");
        getFooter().add(cancel);
        if (first != null) {
            // The keyboard lands on the first column; Tab goes on to the others, Esc leaves.
            Button firstTarget = first;
            addOpenedChangeListener(e -> {
                if (e.isOpened()) {
                    firstTarget.focus();
                }
            });
        }
    }
}
