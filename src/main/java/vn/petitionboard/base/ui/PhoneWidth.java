package vn.petitionboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * Tells a view whether the browser is as narrow as a phone (below 600 px, the breakpoint styles.css uses too), when
 * it is shown and whenever that changes (a phone turned sideways). For what CSS alone cannot change, such as which
 * columns a grid has: a grid squeezed to 390 px wraps its text into slivers and pushes its buttons off the screen.
 * The browser's own media query decides, so the server and the style sheet never disagree.
 */
public final class PhoneWidth {

    /** The style sheet's phone breakpoint: {@code @media (max-width: 599.98px)}. */
    public static final String MEDIA_QUERY = "(max-width: 599.98px)";

    private static final String EVENT = "pb-phone-width";

    /** Watches the media query while the element is in the page: one event when it attaches, then one per change. */
    private static final String WATCH = """
            const query = window.matchMedia($0);
            const tell = () => {
                if (!this.isConnected) { query.removeEventListener('change', tell); return; }
                this.dispatchEvent(new CustomEvent($1, { detail: query.matches }));
            };
            if (this.__pbPhoneWidth) { this.__pbPhoneWidth(); }
            query.addEventListener('change', tell);
            this.__pbPhoneWidth = () => query.removeEventListener('change', tell);
            tell();""";

    private PhoneWidth() {
    }

    /** Calls {@code onChange} with true on a phone's width and false on anything wider. */
    public static void watch(Component component, SerializableConsumer<Boolean> onChange) {
        component.getElement()
                .addEventListener(EVENT, e -> onChange.accept(e.getEventData().path("event.detail").asBoolean(false)))
                .addEventData("event.detail");
        component.addAttachListener(e -> component.getElement().executeJs(WATCH, MEDIA_QUERY, EVENT));
    }
}
