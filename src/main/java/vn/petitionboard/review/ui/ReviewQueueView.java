package vn.petitionboard.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.ui.LitText;
import vn.petitionboard.base.ui.PhoneGrid;
import vn.petitionboard.base.ui.RouteLink;
import vn.petitionboard.petition.PetitionRoutes;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.petition.Transition;
import vn.petitionboard.petition.ui.PetitionRef;
import vn.petitionboard.petition.ui.TransitionDialogs;
import vn.petitionboard.review.ReviewItem;
import vn.petitionboard.review.ReviewQueueService;
import vn.petitionboard.petition.live.PetitionChanges;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;

/** The Front's queue of answered petitions, oldest first, each with accept and return. */
@Route("review")
@Menu(order = 70, icon = "vaadin:check-square-o", title = "nav.review")
@RolesAllowed(Permissions.FRONT_REVIEWER)
public class ReviewQueueView extends Main implements HasDynamicTitle {

    private final Grid<ReviewItem> grid = new Grid<>();

    public ReviewQueueView(ReviewQueueService queue, TransitionDialogs dialogs, PetitionChanges changes,
            CurrentUser currentUser) {
        addClassName("list-view");
        H1 title = new H1(getTranslation("review.title"));
        Paragraph hint = new Paragraph(getTranslation("review.hint"));
        hint.addClassName("list-hint");

        grid.setId("review-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(item -> RouteLink.to(PetitionRoutes.details(item.id()), item.code()))
                .setHeader(getTranslation("list.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReviewItem::title).setHeader(getTranslation("list.title")).setFlexGrow(2);
        grid.addColumn(ReviewItem::answer).setHeader(getTranslation("review.answer")).setFlexGrow(3);
        grid.addColumn(i -> i.departmentName() == null ? "" : i.departmentName())
                .setHeader(getTranslation("petition.field.department")).setAutoWidth(true);
        grid.addColumn(i -> Formats.date(i.answeredAt().toLocalDate()))
                .setHeader(getTranslation("review.answeredOn")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(item -> actions(item, dialogs)).setHeader(getTranslation("list.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        PhoneGrid.compactOnPhone(grid, grid.addColumn(compactRow(dialogs)).setHeader(getTranslation("review.compact")));
        grid.setEmptyStateText(getTranslation("review.empty"));
        grid.setItems(query -> queue.waiting(query.getOffset(), query.getLimit()).stream(),
                query -> queue.count());
        add(title, hint, grid);
        changes.whileAttached(this, currentUser.require(), batch -> grid.getDataProvider().refreshAll());
    }

    /**
     * A row as a phone shows it: code and date, title, the answer (three lines at most), the department, and the two
     * verdicts as buttons under it. One template for every row, as the board's cards are.
     */
    private LitRenderer<ReviewItem> compactRow(TransitionDialogs dialogs) {
        String template = """
                <div class="compact-row">\
                <div class="compact-top"><a class="compact-code" href="${item.href}" router-link>${item.code}</a>\
                <span class="compact-meta">${item.answeredOn}</span></div>\
                <span class="compact-title">${item.title}</span>\
                <span class="compact-detail">${item.answer}</span>\
                <span class="compact-meta">${item.department}</span>\
                <div class="row-actions">\
                <vaadin-button theme="primary small" class="compact-accept" @click="${accept}">%ACCEPT%</vaadin-button>\
                <vaadin-button theme="small" class="compact-return" @click="${giveBack}">%RETURN%</vaadin-button>\
                </div></div>"""
                .replace("%ACCEPT%", LitText.literal(getTranslation("transition.ACCEPT")))
                .replace("%RETURN%", LitText.literal(getTranslation("transition.RETURN")));
        return LitRenderer.<ReviewItem>of(template)
                .withProperty("href", item -> PetitionRoutes.details(item.id()))
                .withProperty("code", ReviewItem::code)
                .withProperty("answeredOn", item -> getTranslation("review.answeredOnDate",
                        Formats.date(item.answeredAt().toLocalDate())))
                .withProperty("title", ReviewItem::title)
                .withProperty("answer", ReviewItem::answer)
                .withProperty("department", item -> item.departmentName() == null ? "" : item.departmentName())
                .withFunction("accept", item -> verdict(Transition.ACCEPT, item, dialogs))
                .withFunction("giveBack", item -> verdict(Transition.RETURN, item, dialogs));
    }

    private void verdict(Transition transition, ReviewItem item, TransitionDialogs dialogs) {
        PetitionRef ref = new PetitionRef(item.id(), item.code(), item.title(), PetitionState.ANSWERED,
                item.departmentId(), item.version());
        Runnable refresh = () -> grid.getDataProvider().refreshAll();
        dialogs.open(transition, ref, refresh, refresh);
    }

    private Div actions(ReviewItem item, TransitionDialogs dialogs) {
        PetitionRef ref = new PetitionRef(item.id(), item.code(), item.title(), PetitionState.ANSWERED,
                item.departmentId(), item.version());
        Runnable refresh = () -> grid.getDataProvider().refreshAll();
        Button accept = new Button(getTranslation("transition.ACCEPT"),
                e -> dialogs.open(Transition.ACCEPT, ref, refresh, refresh));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        accept.setId("accept-" + item.code());
        Button giveBack = new Button(getTranslation("transition.RETURN"),
                e -> dialogs.open(Transition.RETURN, ref, refresh, refresh));
        giveBack.addThemeVariants(ButtonVariant.LUMO_SMALL);
        giveBack.setId("return-" + item.code());
        Div actions = new Div(accept, giveBack);
        actions.addClassName("row-actions");
        return actions;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " · " + getTranslation("app.title");
    }
}
