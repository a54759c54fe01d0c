package vn.petitionboard.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;

/**
 * "Your session ends soon": staying signed in is one click (any click or key is activity, and the guard then closes
 * this dialog); signing out at once suits a shared office computer.
 */
final class IdleWarningDialog extends Dialog {

    IdleWarningDialog(Duration left, Runnable signOut) {
        setId("idle-warning");
        setHeaderTitle(getTranslation("session.warning.title"));
        setCloseOnOutsideClick(false);
        Paragraph text = new Paragraph(getTranslation("session.warning.text", DurationText.of(this, left)));
        text.setId("idle-warning-text");
        add(text);

        Button stay = new Button(getTranslation("session.warning.stay"), e -> close());
        stay.setId("idle-stay");
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button leave = new Button(getTranslation("session.warning.signOut"), e -> signOut.run());
        leave.setId("idle-sign-out");
        leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(leave, stay);
    }
}
