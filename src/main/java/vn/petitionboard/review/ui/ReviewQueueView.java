package vn.petitionboard.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.ui.RouteLink;
import vn.petitionboard.petition.PetitionRoutes;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.petition.Transition;
import vn.petitionboard.petition.ui.PetitionRef;
import vn.petitionboard.petition.ui.TransitionDialogs;
import vn.petitionboard.review.ReviewItem;
import vn.petitionboard.review.ReviewQueueService;
import vn.petitionboard.security.Permissions;

/** The Front's queue of answered petitions, oldest first, each with accept and return. */
@Route("review")
@Menu(order = 70, icon = "vaadin:check-square-o", title = "nav.review")
@RolesAllowed(Permissions.FRONT_REVIEWER)
public class ReviewQueueView extends Main implements HasDynamicTitle {

    private final Grid<ReviewItem> grid = new Grid<>();

    public ReviewQueueView(ReviewQueueService queue, TransitionDialogs dialogs) {
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
        grid.setEmptyStateText(getTranslation("review.empty"));
        grid.setItems(query -> queue.waiting(query.getOffset(), query.getLimit()).stream(),
                query -> queue.count());
        add(title, hint, grid);
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
