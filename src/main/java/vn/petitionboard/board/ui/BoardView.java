package vn.petitionboard.board.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.petitionboard.base.ui.AddressBar;
import vn.petitionboard.board.BoardFilter;
import vn.petitionboard.board.BoardService;
import vn.petitionboard.board.PetitionCard;
import vn.petitionboard.organisation.DomainOption;
import vn.petitionboard.organisation.OrganisationService;
import vn.petitionboard.petition.PetitionConditions;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.petition.ui.TransitionDialogs;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.SignedInUser;

/** The kanban board of the unit's unresolved petitions, one column per state, filtered by domain (?domain=CODE). */
@Route("board")
@Menu(order = 10, icon = "vaadin:grid-big", title = "nav.board")
@RolesAllowed({Permissions.PARTY_SECRETARY, Permissions.COMMITTEE_CHAIR, Permissions.DEPARTMENT_OFFICER,
        Permissions.FRONT_REVIEWER, Permissions.CLERK})
public class BoardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String DOMAIN_PARAMETER = "domain";

    private final BoardService boardService;
    private final Clock clock;
    private final List<DomainOption> domains;
    private final Select<DomainOption> domainSelect = new Select<>();
    private final Span total = new Span();
    private final List<BoardColumn> columns;
    private final Select<PetitionState> columnSelect = new Select<>();
    private final Div board = new Div();
    private Map<PetitionState, Integer> counts = Map.of();
    private LocalDate today;

    public BoardView(BoardService boardService, OrganisationService organisationService, CurrentUser currentUser,
            TransitionDialogs dialogs, Clock clock) {
        this.boardService = boardService;
        this.clock = clock;
        this.today = LocalDate.now(clock);
        this.domains = organisationService.activeDomains();
        addClassName("board-view");

        H1 title = new H1(getTranslation("board.title"));
        total.addClassName("board-total");
        total.setId("board-total");
        Div heading = new Div(title, total);
        heading.addClassName("board-heading");

        domainSelect.setLabel(getTranslation("board.domain"));
        domainSelect.setId("domain-select");
        domainSelect.setItems(domains);
        domainSelect.setItemLabelGenerator(d -> d == null ? getTranslation("board.domain.all") : d.name());
        domainSelect.setEmptySelectionAllowed(true);
        domainSelect.setEmptySelectionCaption(getTranslation("board.domain.all"));
        domainSelect.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                rememberInUrl(e.getValue());
                refresh();
            }
        });
        columnSelect.setLabel(getTranslation("board.column.choose"));
        columnSelect.setId("column-select");
        columnSelect.addClassName("board-column-switcher");
        columnSelect.setItems(PetitionState.UNRESOLVED);
        columnSelect.setItemLabelGenerator(state -> getTranslation("board.column.option",
                getTranslation("state." + state.name()), counts.getOrDefault(state, 0)));
        columnSelect.addValueChangeListener(e -> showColumn(e.getValue()));
        Div toolbar = new Div(heading, domainSelect, columnSelect);
        toolbar.addClassName("board-toolbar");
        add(toolbar);

        SignedInUser user = currentUser.require();
        if (PetitionConditions.of(user).department().isPresent()) {
            Span scope = new Span(getTranslation("board.scope.department",
                    user.departmentName() == null ? "" : user.departmentName()));
            scope.addClassName("board-scope");
            scope.setId("board-scope");
            add(scope);
        }

        BoardDragAndDrop dragAndDrop = new BoardDragAndDrop(user, dialogs, this::refresh);
        // One card template for the five columns: it is sent to the browser once per column, kept once.
        LitRenderer<PetitionCard> cards = CardRenderer.create(() -> today, dragAndDrop::movable,
                dragAndDrop::chooseMove, this);
        columns = PetitionState.UNRESOLVED.stream()
                .map(state -> new BoardColumn(state, boardService, dragAndDrop, cards)).toList();
        columns.forEach(dragAndDrop::column);
        board.addClassName("board-columns");
        columns.forEach(board::add);
        add(board);
    }

    /**
     * Below 600 px the board shows one column at a time (styles.css), the one chosen here: a phone cannot show five
     * columns side by side, and sideways swiping through them loses the headers. Wider, every column shows and the
     * chooser is hidden.
     */
    private void showColumn(PetitionState state) {
        board.getElement().setAttribute("data-shown", state == null ? "" : state.name());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> code = event.getLocation().getQueryParameters().getSingleParameter(DOMAIN_PARAMETER);
        domainSelect.setValue(code.flatMap(this::domainByCode).orElse(null));
        refresh();
    }

    private void refresh() {
        BoardFilter filter = Optional.ofNullable(domainSelect.getValue())
                .map(d -> BoardFilter.domain(d.id())).orElse(BoardFilter.allDomains());
        Map<PetitionState, Integer> counts = boardService.counts(filter);
        today = LocalDate.now(clock);
        columns.forEach(column -> column.reload(filter, counts.getOrDefault(column.state(), 0), today));
        int sum = counts.values().stream().mapToInt(Integer::intValue).sum();
        total.setText(getTranslation("board.total", sum));
        this.counts = counts;
        columnSelect.getListDataView().refreshAll();
        if (columnSelect.getValue() == null) {
            // First the first column with petitions in it: an officer's "Tiếp nhận" is always empty.
            columnSelect.setValue(PetitionState.UNRESOLVED.stream().filter(s -> counts.getOrDefault(s, 0) > 0)
                    .findFirst().orElse(PetitionState.RECEIVED));
        }
    }

    private Optional<DomainOption> domainByCode(String code) {
        return domains.stream().filter(d -> d.code().equalsIgnoreCase(code)).findFirst();
    }

    private void rememberInUrl(DomainOption domain) {
        String url = RouteConfiguration.forSessionScope().getUrl(BoardView.class);
        QueryParameters query = domain == null ? QueryParameters.empty()
                : QueryParameters.of(DOMAIN_PARAMETER, domain.code());
        AddressBar.replace(url, query);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.title") + " · " + getTranslation("app.title");
    }
}
