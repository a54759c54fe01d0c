package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;

/**
 * The petition's page on paper, for a meeting or the file: the browser prints the page itself with the print style
 * sheet (frontend/styles.css, "@media print"), which leaves out the menus, buttons and links and adds this heading,
 * seen only on paper: the unit, the sheet's title, when and by whom it was printed.
 */
final class PrintSheet {

    private PrintSheet() {
    }

    /** "In", which opens the browser's print dialog (a PDF can be saved from it). */
    static Button button(String label) {
        Button print = new Button(label, VaadinIcon.PRINT.create());
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        print.setId("petition-print");
        print.addClassName("no-print");
        print.addClickListener(e -> print.getElement().executeJs("window.print()"));
        return print;
    }

    /** The heading only paper shows. */
    static Div heading(String unitName, String title, String printedLine) {
        Span unit = new Span(unitName.toUpperCase(Locale.forLanguageTag("vi")));
        unit.addClassName("print-unit");
        Span sheet = new Span(title);
        sheet.addClassName("print-title");
        Span printed = new Span(printedLine);
        printed.addClassName("print-printed");
        Div heading = new Div(unit, sheet, printed);
        heading.addClassName("print-only");
        heading.setId("print-heading");
        return heading;
    }
}
