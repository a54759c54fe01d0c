package vn.petitionboard.base.ui;

import java.util.List;

/**
 * What the shell shows about the signed-in user. Declared here so that base needs no feature: the principal that
 * security signs in implements it, and the layout finds it through Vaadin's AuthenticationContext.
 */
public interface ShellUser {

    String fullName();

    String unitName();

    /** Message keys of the user's roles, in the order the shell lists them. */
    List<String> roleLabelKeys();
}
