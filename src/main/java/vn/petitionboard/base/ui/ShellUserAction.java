package vn.petitionboard.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Something the signed-in user does to their own account from the shell's user area (beside the language switch and
 * logout, and in the phone's user card). Features provide them as Spring beans, so that base names no feature.
 */
public interface ShellUserAction {

    /** The button's id on a desk; the phone card's copy gets {@code id() + "-phone"}. */
    String id();

    /** Message key of the button's label. */
    String labelKey();

    VaadinIcon icon();

    /** Runs in the UI's thread when the button is clicked. */
    void run();
}
