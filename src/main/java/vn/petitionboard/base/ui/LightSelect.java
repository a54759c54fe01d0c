package vn.petitionboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.internal.JacksonUtils;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;

/**
 * A {@code <vaadin-select>} whose options the browser renders from its {@code items} property: one state node in all,
 * where Flow's {@link Select} keeps two more, and two (an item and its text) per option, in every open page. For a few
 * fixed options chosen by a string value (a domain's code, a column's state); it looks and behaves as the select does,
 * with its overlay, keyboard and label.
 */
@Tag("vaadin-select")
@Uses(Select.class)
public class LightSelect extends Component implements HasStyle {

    /** One option: the value the server gets back, and the words shown. The empty value reads as nothing chosen. */
    public record Option(String value, String label) implements Serializable {
        public Option {
            Objects.requireNonNull(value);
            Objects.requireNonNull(label);
        }
    }

    private SerializableConsumer<String> onChoice = value -> { };

    /**
     * A select with this id. The browser's value is kept in step with the server's, so {@link #getValue()} is what
     * the user chose.
     */
    public LightSelect(String id) {
        setId(id);
        getElement().addPropertyChangeListener("value", "value-changed", e -> {
            if (e.isUserOriginated()) {
                onChoice.accept(getValue());
            }
        });
    }

    public void setLabel(String label) {
        getElement().setProperty("label", label);
    }

    /** The options, in order; the value chosen stays chosen if it is still one of them. */
    public void setOptions(List<Option> options) {
        ArrayNode items = JacksonUtils.createArrayNode();
        options.forEach(option -> items.addObject().put("value", option.value()).put("label", option.label()));
        getElement().setPropertyJson("items", items);
    }

    /** The value chosen; empty for none. */
    public String getValue() {
        return getElement().getProperty("value", "");
    }

    public void setValue(String value) {
        getElement().setProperty("value", value == null ? "" : value);
    }

    /** Tells {@code listener} each value the user chooses (not a value set by the server); one listener. */
    public void onUserChoice(SerializableConsumer<String> listener) {
        this.onChoice = Objects.requireNonNull(listener);
    }
}
