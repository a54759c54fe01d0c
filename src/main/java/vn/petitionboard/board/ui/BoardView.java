package vn.petitionboard.board.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.petitionboard.base.ui.AddressBar;
import vn.petitionboard.base.ui.LightSelect;
import vn.petitionboard.board.BoardFilter;
import vn.petitionboard.board.BoardService;
import vn.petitionboard.board.PetitionCard;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.organisation.DomainOption;
import vn.petitionboard.organisation.OrganisationService;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.petition.live.PetitionChange;
import vn.petitionboard.petition.live.PetitionChanges;
import vn.petitionboard.petition.ui.TransitionDialogs;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.SignedInUser;

/**
 * The kanban board of the unit's unresolved petitions, one column per state, filtered by domain (?domain=CODE). Its
 * other view, one swimlane per domain, is {@link DomainBoardView}, a link away in the toolbar.
 */
@Route("board")
@Menu(order = 10, icon = "vaadin:grid-big", title = "nav.board")
@RolesAllowed({Permissions.PARTY_SECRETARY, Permissions.COMMITTEE_CHAIR, Permissions.DEPARTMENT_OFFICER,
        Permissions.FRONT_REVIEWER, Permissions.CLERK})
public class BoardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String DOMAIN_PARAMETER = "domain";
    private static final String ALL_DOMAINS = "*";

    private final BoardService boardService;
    private final Clock clock;
    private final List<DomainOption> domains;
    /**
     * The domain filter: the options' value is the domain's code, {@link #ALL_DOMAINS} for all (the select shows an
     * empty value as nothing chosen, not as the option's words).
     */
    private final LightSelect domainSelect = new LightSelect("domain-select");
    private final BoardHeading heading = new BoardHeading(getTranslation("board.title"));
    private final List<BoardColumn> columns;
    private final Div board = new Div();
    private final ColumnSwitcher columnSelect = new ColumnSwitcher("column-select", board);
    private LocalDate today;
    /** The domain shown, for the live feed's thread (null: all). */
    private volatile DomainId shownDomain;

    public BoardView(BoardService boardService, OrganisationService organisationService, CurrentUser currentUser,
            TransitionDialogs dialogs, PetitionChanges changes, Clock clock) {
        this.boardService = boardService;
        this.clock = clock;
        this.today = LocalDate.now(clock);
        this.domains = organisationService.activeDomains();
        addClassName("board-view");

        domainSelect.setLabel(getTranslation("board.domain"));
        LightSelect.Option all = new LightSelect.Option(ALL_DOMAINS, getTranslation("board.domain.all"));
        domainSelect.setOptions(Stream.concat(Stream.of(all),
                domains.stream().map(d -> new LightSelect.Option(d.code(), d.name()))).toList());
        domainSelect.onUserChoice(code -> {
            rememberInUrl(domainByCode(code).orElse(null));
            refresh();
        });
        Div toolbar = new Div(heading, BoardViewToggle.create(this, false), domainSelect, columnSelect);
        toolbar.addClassName("board-toolbar");
        add(toolbar);

        SignedInUser user = currentUser.require();
        BoardHeading.scopeNotice(this, user).ifPresent(this::add);

        BoardDragAndDrop dragAndDrop = new BoardDragAndDrop(user, dialogs, this::refresh);
        // One card template for the five columns: it is sent to the browser once per column, kept once.
        LitRenderer<PetitionCard> cards = CardRenderer.create(() -> today, dragAndDrop::movable,
                dragAndDrop::chooseMove, this);
        columns = PetitionState.UNRESOLVED.stream()
                .map(state -> new BoardColumn(state, BoardColumn.Place.BOARD, boardService, dragAndDrop, cards))
                .toList();
        columns.forEach(dragAndDrop::column);
        board.addClassName("board-columns");
        columns.forEach(board::add);
        add(board);
        // Another user's move (on any app instance) in the domain shown: the counts, and the columns the cards left or
        // entered, read once for all the boards of the same scope told of the same changes.
        changes.whileAttached(this, user, change -> shownDomain == null || change.mayConcern(shownDomain),
                batch -> refresh(touched(batch), true));
    }

    private static Set<PetitionState> touched(List<PetitionChange> batch) {
        if (batch.stream().anyMatch(PetitionChange::unitWide)) {
            return EnumSet.allOf(PetitionState.class);
        }
        Set<PetitionState> states = EnumSet.noneOf(PetitionState.class);
        batch.forEach(change -> {
            Optional.ofNullable(change.from()).ifPresent(states::add);
            Optional.ofNullable(change.to()).ifPresent(states::add);
        });
        return states;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> code = event.getLocation().getQueryParameters().getSingleParameter(DOMAIN_PARAMETER);
        domainSelect.setValue(code.flatMap(this::domainByCode).map(DomainOption::code).orElse(ALL_DOMAINS));
        refresh();
    }

    private void refresh() {
        refresh(EnumSet.allOf(PetitionState.class), false);
    }

    /**
     * The counts, and the columns of those states (a column whose cards did not change sends nothing); live: for
     * changes the feed told of (answers shared with the other boards told of them).
     */
    private void refresh(Set<PetitionState> states, boolean live) {
        BoardFilter filter = domainByCode(domainSelect.getValue())
                .map(d -> BoardFilter.domain(d.id())).orElse(BoardFilter.allDomains());
        shownDomain = filter.domain().orElse(null);
        Map<PetitionState, Integer> counts = live ? boardService.liveCounts(filter) : boardService.counts(filter);
        today = LocalDate.now(clock);
        columns.stream().filter(column -> states.contains(column.state()))
                .forEach(column -> column.reload(filter, counts.getOrDefault(column.state(), 0), today, live));
        int sum = counts.values().stream().mapToInt(Integer::intValue).sum();
        heading.total(getTranslation("board.total", sum));
        columnSelect.counts(counts);
    }

    private Optional<DomainOption> domainByCode(String code) {
        return ALL_DOMAINS.equals(code) ? Optional.empty()
                : domains.stream().filter(d -> d.code().equalsIgnoreCase(code)).findFirst();
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
