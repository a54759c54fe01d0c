package vn.petitionboard.followup.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.ui.PhoneGrid;
import vn.petitionboard.base.ui.RouteLink;
import vn.petitionboard.followup.MyWorkService;
import vn.petitionboard.followup.WorkItem;
import vn.petitionboard.petition.PetitionRoutes;
import vn.petitionboard.petition.live.PetitionChanges;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;

/** The officer's list: their department's open petitions, overdue first, then by deadline. */
@Route("my-work")
@Menu(order = 60, icon = "vaadin:tasks", title = "nav.myWork")
@RolesAllowed(Permissions.DEPARTMENT_OFFICER)
public class MyWorkView extends Main implements HasDynamicTitle {

    public MyWorkView(MyWorkService work, PetitionChanges changes, CurrentUser currentUser, Clock clock) {
        addClassName("list-view");
        LocalDate today = LocalDate.now(clock);
        Grid<WorkItem> grid = new Grid<>();
        grid.setId("my-work-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(item -> RouteLink.to(PetitionRoutes.details(item.id()), item.code()))
                .setHeader(getTranslation("list.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkItem::title).setHeader(getTranslation("list.title")).setFlexGrow(3);
        grid.addColumn(i -> getTranslation("state." + i.state().name()))
                .setHeader(getTranslation("petition.field.state")).setAutoWidth(true);
        grid.addColumn(WorkItem::domainName).setHeader(getTranslation("petition.field.domain")).setAutoWidth(true);
        grid.addComponentColumn(item -> deadline(item, today)).setHeader(getTranslation("petition.field.deadline"))
                .setAutoWidth(true).setFlexGrow(0);
        PhoneGrid.compactOnPhone(grid, grid.addColumn(LitRenderer.<WorkItem>of("""
                        <div class="compact-row">\
                        <div class="compact-top">\
                        <a class="compact-code" href="${item.href}" router-link>${item.code}</a>\
                        <span class="compact-state">${item.state}</span></div>\
                        <span class="compact-title">${item.title}</span>\
                        <span class="compact-meta">${item.domain}</span>\
                        <span class="compact-meta ${item.overdue ? 'overdue' : ''}">${item.deadline}</span></div>""")
                .withProperty("href", item -> PetitionRoutes.details(item.id()))
                .withProperty("code", WorkItem::code)
                .withProperty("state", item -> getTranslation("state." + item.state().name()))
                .withProperty("title", WorkItem::title)
                .withProperty("domain", WorkItem::domainName)
                .withProperty("overdue", item -> item.isOverdue(today))
                .withProperty("deadline", item -> deadline(item, today).getText()))
                .setHeader(getTranslation("mywork.compact")));
        grid.setEmptyStateText(getTranslation("mywork.empty"));
        grid.setItems(query -> work.openPetitions(query.getOffset(), query.getLimit()).stream(),
                query -> work.count());
        add(new H1(getTranslation("mywork.title")), grid);
        changes.whileAttached(this, currentUser.require(), batch -> grid.getDataProvider().refreshAll());
    }

    private Span deadline(WorkItem item, LocalDate today) {
        if (item.deadline() == null) {
            Span none = new Span(getTranslation("board.card.noDeadline"));
            none.addClassName("muted");
            return none;
        }
        String text = Formats.date(item.deadline()) + " · " + timeLeft(item, today);
        Span span = new Span(text);
        if (item.isOverdue(today)) {
            span.addClassName("overdue");
        }
        return span;
    }

    private String timeLeft(WorkItem item, LocalDate today) {
        WorkItem.DeadlineNote note = item.deadlineNote(today);
        return getTranslation(note.key(), note.days());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mywork.title") + " · " + getTranslation("app.title");
    }
}
