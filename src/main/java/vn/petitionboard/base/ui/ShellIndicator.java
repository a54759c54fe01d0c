package vn.petitionboard.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something the header shows on every page, first in the user area at every width (the notifications bell).
 * Features provide them as Spring beans, so that base names no feature.
 */
public interface ShellIndicator {

    /** A new component for one shell: every browser tab has its own. */
    Component create();
}
