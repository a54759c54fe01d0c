package vn.petitionboard.base.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Function;

/** A component that listens to a feed while it is on the page, and stops when it leaves (or its tab is closed). */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    public static void whileAttached(Component component, Function<UI, Registration> subscribe) {
        Registration[] current = new Registration[1];
        component.addAttachListener(event -> {
            if (current[0] == null) {
                current[0] = subscribe.apply(event.getUI());
            }
        });
        component.addDetachListener(event -> {
            if (current[0] != null) {
                current[0].remove();
                current[0] = null;
            }
        });
    }
}
