package vn.petitionboard.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.shared.Registration;

/**
 * The browser's address while a page changes its filters: pages write their filters into the address without a
 * navigation (so a reload or a shared link shows the same), and the router does not see that. This class remembers the
 * address it wrote until the next navigation, so that the next page can know exactly where the user came from.
 */
public final class AddressBar {

    private record Written(Location location, Registration clearOnNavigation) {
    }

    private AddressBar() {
    }

    /** Shows {@code path?query} in the address bar, without navigating, and remembers it for this tab. */
    public static void replace(String path, QueryParameters query) {
        UI ui = UI.getCurrent();
        Location location = new Location(path, query);
        ui.getPage().getHistory().replaceState(null, location.getPathWithQueryParameters());
        Written before = ComponentUtil.getData(ui, Written.class);
        Registration clear = before != null ? before.clearOnNavigation()
                : ui.addAfterNavigationListener(e -> forget(ui));
        ComponentUtil.setData(ui, Written.class, new Written(location, clear));
    }

    /**
     * The address the user sees now: the one a page wrote since the last navigation, else the router's. Called
     * during a navigation (before the new page is shown), it is the page being left.
     */
    public static Location current(UI ui) {
        Written written = ComponentUtil.getData(ui, Written.class);
        return written != null ? written.location() : ui.getInternals().getActiveViewLocation();
    }

    private static void forget(UI ui) {
        Written written = ComponentUtil.getData(ui, Written.class);
        if (written != null) {
            written.clearOnNavigation().remove();
            ComponentUtil.setData(ui, Written.class, null);
        }
    }
}
