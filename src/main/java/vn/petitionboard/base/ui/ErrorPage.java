package vn.petitionboard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;

/** A plain page with an icon, a title, an explanation and a way home: what every error view shows. */
abstract class ErrorPage extends Main implements HasDynamicTitle {

    private String pageTitle = "";

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    protected final void show(VaadinIcon icon, String title, String detail) {
        removeAll();
        pageTitle = title + " · " + getTranslation("app.title");
        addClassName("error-page");
        Icon symbol = icon.create();
        symbol.addClassName("error-icon");
        H1 heading = new H1(title);
        heading.setId("error-title");
        Anchor home = new Anchor("", getTranslation("error.home"));
        home.addClassName("error-home");
        add(symbol, heading, new Paragraph(detail), home);
    }
}
