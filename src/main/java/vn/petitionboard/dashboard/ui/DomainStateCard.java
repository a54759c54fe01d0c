package vn.petitionboard.dashboard.ui;

import static vn.petitionboard.dashboard.ui.DashboardTable.head;
import static vn.petitionboard.dashboard.ui.DashboardTable.number;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.petitionboard.dashboard.Dashboard.DomainRow;
import vn.petitionboard.petition.PetitionState;

/** Every domain against every state (resolved ones too, for a year), with totals both ways. */
final class DomainStateCard extends Section {

    DomainStateCard(List<DomainRow> rows, boolean stillOpen) {
        List<PetitionState> states = stillOpen ? List.copyOf(PetitionState.UNRESOLVED)
                : List.copyOf(PetitionState.COUNTED);
        NativeTable table = DashboardTable.create("domain-state", getTranslation("dashboard.table.domain"));
        NativeTableRow head = head(table);
        for (PetitionState state : states) {
            head.addHeaderCell().setText(getTranslation("state." + state.name()));
        }
        head.addHeaderCell().setText(getTranslation("dashboard.table.total"));
        Map<PetitionState, Integer> totals = new LinkedHashMap<>();
        for (DomainRow row : rows) {
            NativeTableRow tr = table.getBody().addRow();
            tr.addHeaderCell().setText(row.domainName());
            int sum = 0;
            for (PetitionState state : states) {
                number(tr, row.count(state));
                sum += row.count(state);
                totals.merge(state, row.count(state), Integer::sum);
            }
            number(tr, sum);
        }
        NativeTableRow foot = table.getFoot().addRow();
        foot.addHeaderCell().setText(getTranslation("dashboard.table.total"));
        int all = 0;
        for (PetitionState state : states) {
            number(foot, totals.getOrDefault(state, 0));
            all += totals.getOrDefault(state, 0);
        }
        number(foot, all);
        add(new H2(getTranslation("dashboard.domainState.title")));
        addClassName("dashboard-card");
        addClassName("dashboard-wide");
        setId("section-domain-state");
        Div scroll = new Div(table);
        scroll.addClassName("dashboard-table-scroll");
        // On a phone the table scrolls sideways and holds no link: the keyboard must be able to reach and scroll it.
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", getTranslation("dashboard.domainState.title"));
        add(scroll);
    }
}
