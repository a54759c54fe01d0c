package vn.petitionboard.dashboard.ui;

import static vn.petitionboard.dashboard.ui.DashboardTable.head;
import static vn.petitionboard.dashboard.ui.DashboardTable.number;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.ui.RouteLink;
import vn.petitionboard.dashboard.Dashboard.EscalatedItem;
import vn.petitionboard.petition.PetitionRoutes;

/** What waits on the higher level: each escalated petition, where it went, when, and how long it has waited. */
final class EscalatedCard extends Section {

    EscalatedCard(List<EscalatedItem> items) {
        add(new H2(getTranslation("dashboard.escalated.title")));
        addClassName("dashboard-card");
        addClassName("dashboard-wide");
        setId("section-escalated");
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dashboard.escalated.empty"));
            none.addClassName("dashboard-empty");
            add(none);
            return;
        }
        NativeTable table = DashboardTable.create("escalated", getTranslation("dashboard.escalated.code"));
        table.removeClassName("numeric");
        NativeTableRow head = head(table);
        head.addHeaderCell().setText(getTranslation("dashboard.escalated.petition"));
        head.addHeaderCell().setText(getTranslation("dashboard.escalated.sentTo"));
        head.addHeaderCell().setText(getTranslation("dashboard.escalated.sentOn"));
        head.addHeaderCell().setText(getTranslation("dashboard.escalated.days"));
        for (EscalatedItem item : items) {
            NativeTableRow tr = table.getBody().addRow();
            tr.addHeaderCell().add(petitionLink(item));
            tr.addDataCell().setText(item.title());
            tr.addDataCell().setText(item.sentTo() == null ? "" : item.sentTo());
            tr.addDataCell().setText(Formats.date(item.sentOn()));
            number(tr, item.daysWaiting());
        }
        Div scroll = new Div(table);
        scroll.addClassName("dashboard-table-scroll");
        add(scroll);
    }

    /** The petition's page, by route: the petition feature's views are not the dashboard's to import. */
    private static Anchor petitionLink(EscalatedItem item) {
        return RouteLink.to(PetitionRoutes.details(item.id()), item.code());
    }
}
