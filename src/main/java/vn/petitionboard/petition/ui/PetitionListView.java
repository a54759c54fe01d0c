package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.conference.ConferenceService;
import vn.petitionboard.conference.ConferenceSummary;
import vn.petitionboard.organisation.DepartmentOption;
import vn.petitionboard.organisation.DomainOption;
import vn.petitionboard.organisation.OrganisationService;
import vn.petitionboard.petition.ExcelLabels;
import vn.petitionboard.petition.PetitionListFilter;
import vn.petitionboard.petition.PetitionListRow;
import vn.petitionboard.petition.PetitionSearchService;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.SignedInUser;

/**
 * Every petition the user may see, resolved ones too, filtered and searched without regard to diacritics ("giai
 * phong mat bang" finds "giải phóng mặt bằng"). The filters live in the query string, so a list can be bookmarked or
 * sent; "Xuất Excel" exports exactly the filtered list.
 */
@Route("petitions")
@Menu(order = 20, icon = "vaadin:list", title = "nav.petitions")
@RolesAllowed({Permissions.PARTY_SECRETARY, Permissions.COMMITTEE_CHAIR, Permissions.DEPARTMENT_OFFICER,
        Permissions.FRONT_REVIEWER, Permissions.CLERK})
public class PetitionListView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String TEXT = "q";
    static final String YEAR = "year";
    static final String CONFERENCE = "conference";
    static final String DOMAIN = "domain";
    static final String DEPARTMENT = "department";
    static final String STATE = "state";
    static final String OVERDUE = "overdue";
    static final String ESCALATED = "escalated";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int CONFERENCES_SHOWN = 100;

    private final PetitionSearchService petitions;
    private final List<DomainOption> domains;
    private final List<DepartmentOption> departments;
    private final List<ConferenceSummary> conferences;
    private final ExcelLabels excelLabels;

    private final TextField search = new TextField();
    private final Select<Integer> year = new Select<>();
    private final Select<ConferenceSummary> conference = new Select<>();
    private final Select<DomainOption> domain = new Select<>();
    private final Select<DepartmentOption> department = new Select<>();
    private final Select<PetitionState> state = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final Checkbox escalated = new Checkbox();
    private final Span total = new Span();
    private final Grid<PetitionListRow> grid = new Grid<>();

    /** Read by the export request too, which runs outside the UI's lock. */
    private volatile PetitionListFilter filter = PetitionListFilter.all();

    public PetitionListView(PetitionSearchService petitions, OrganisationService organisation,
            ConferenceService conferenceService, CurrentUser currentUser) {
        this.petitions = petitions;
        this.domains = organisation.activeDomains();
        this.departments = organisation.activeDepartments();
        this.conferences = conferenceService.list(0, CONFERENCES_SHOWN);
        this.excelLabels = new ExcelLabels(getTranslation("petitions.export.sheet"),
                ExcelLabels.COLUMNS.stream().map(c -> getTranslation("petitions.column." + c)).toList(),
                s -> getTranslation("state." + s.name()));
        addClassNames("list-view", "petition-list-view");

        H1 title = new H1(getTranslation("petitions.title"));
        total.setId("petition-list-total");
        total.addClassName("petition-list-total");
        Anchor export = new Anchor(exportHandler(), AttachmentType.DOWNLOAD, "");
        export.setId("petition-export");
        export.addClassName("petition-export");
        export.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("petitions.export")));
        Div heading = new Div(title, total, export);
        heading.addClassName("petition-list-heading");
        add(heading);

        SignedInUser user = currentUser.require();
        if (user.departmentScope().isPresent()) {
            Span scope = new Span(getTranslation("board.scope.department",
                    user.departmentName() == null ? "" : user.departmentName()));
            scope.addClassName("list-hint");
            scope.setId("petition-list-scope");
            add(scope);
        }
        add(filters(user.departmentScope().isEmpty()), grid());
    }

    private Div filters(boolean choosesDepartment) {
        search.setId("petition-search");
        search.setLabel(getTranslation("petitions.search"));
        search.setPlaceholder(getTranslation("petitions.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(350);
        search.addClassName("petition-search");

        List<Integer> years = conferences.stream().map(c -> c.heldOn().getYear()).distinct().sorted(
                java.util.Comparator.reverseOrder()).toList();
        configure(year, "year", years, y -> Integer.toString(y), "petitions.filter.all");
        configure(conference, "conference", conferences,
                c -> Formats.date(c.heldOn()) + " · " + c.title(), "petitions.filter.all");
        configure(domain, "domain", domains, DomainOption::name, "board.domain.all");
        configure(department, "department", departments, DepartmentOption::name, "petitions.filter.all");
        department.setVisible(choosesDepartment);
        configure(state, "state", Arrays.asList(PetitionState.values()), s -> getTranslation("state." + s.name()),
                "petitions.filter.all");

        overdue.setLabel(getTranslation("petitions.filter.overdue"));
        overdue.setId("filter-overdue");
        escalated.setLabel(getTranslation("petitions.filter.escalated"));
        escalated.setId("filter-escalated");
        Div checks = new Div(overdue, escalated);
        checks.addClassName("petition-filter-checks");

        listen(search);
        listen(year);
        listen(conference);
        listen(domain);
        listen(department);
        listen(state);
        listen(overdue);
        listen(escalated);
        Div bar = new Div(search, year, conference, domain, department, state, checks);
        bar.addClassName("petition-filters");
        return bar;
    }

    private <E extends HasValue.ValueChangeEvent<V>, V> void listen(HasValue<E, V> field) {
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                filter = fromFields();
                rememberInUrl();
                grid.getDataProvider().refreshAll();
            }
        });
    }

    private <T> void configure(Select<T> select, String id, List<T> items,
            java.util.function.Function<T, String> label, String allKey) {
        select.setId("filter-" + id);
        select.setLabel(getTranslation("petitions.filter." + id));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(allKey));
        select.setItemLabelGenerator(item -> item == null ? getTranslation(allKey) : label.apply(item));
    }

    private Grid<PetitionListRow> grid() {
        grid.setId("petition-grid");
        grid.addClassName("petition-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(row -> {
                    RouterLink link = new RouterLink(row.code(), PetitionDetailsView.class,
                            new RouteParameters("id", Long.toString(row.id().value())));
                    link.addClassName("petition-code");
                    return link;
                })
                .setHeader(getTranslation("petitions.column.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PetitionListRow::title).setHeader(getTranslation("petitions.column.title")).setFlexGrow(3);
        grid.addColumn(PetitionListRow::domain).setHeader(getTranslation("petitions.column.domain")).setFlexGrow(1);
        grid.addColumn(row -> row.department() == null ? "" : row.department())
                .setHeader(getTranslation("petitions.column.department")).setFlexGrow(1);
        grid.addColumn(row -> getTranslation("state." + row.state().name()))
                .setHeader(getTranslation("petitions.column.state")).setAutoWidth(true).setFlexGrow(0);
        LocalDate today = petitions.today();
        grid.addComponentColumn(row -> deadline(row, today))
                .setHeader(getTranslation("petitions.column.deadline")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> Formats.date(row.conferenceDate()))
                .setHeader(getTranslation("petitions.column.conferenceDate")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("petitions.empty"));
        grid.setItems(query -> petitions.page(filter, query.getOffset(), query.getLimit()).stream(), query -> {
            int count = petitions.count(filter);
            total.setText(getTranslation("petitions.total", count));
            return count;
        });
        return grid;
    }

    private Span deadline(PetitionListRow row, LocalDate today) {
        Span span = new Span(Formats.date(row.deadline()));
        if (row.isOverdue(today)) {
            span.addClassName("overdue");
            span.getElement().setAttribute("title", getTranslation("board.card.overdue"));
        }
        return span;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        search.setValue(single(query, TEXT).orElse(""));
        year.setValue(single(query, YEAR).flatMap(PetitionListView::number).map(Long::intValue)
                .filter(y -> year.getListDataView().contains(y)).orElse(null));
        conference.setValue(single(query, CONFERENCE).flatMap(PetitionListView::number)
                .flatMap(id -> conferences.stream().filter(c -> c.id().value() == id).findFirst()).orElse(null));
        domain.setValue(single(query, DOMAIN)
                .flatMap(code -> domains.stream().filter(d -> d.code().equalsIgnoreCase(code)).findFirst())
                .orElse(null));
        department.setValue(department.isVisible() ? single(query, DEPARTMENT).flatMap(PetitionListView::number)
                .flatMap(id -> departments.stream().filter(d -> d.id().value() == id).findFirst()).orElse(null)
                : null);
        state.setValue(single(query, STATE)
                .flatMap(name -> Arrays.stream(PetitionState.values()).filter(s -> s.name().equalsIgnoreCase(name))
                        .findFirst()).orElse(null));
        overdue.setValue(single(query, OVERDUE).isPresent());
        escalated.setValue(single(query, ESCALATED).isPresent());
        filter = fromFields();
        grid.getDataProvider().refreshAll();
    }

    private PetitionListFilter fromFields() {
        return PetitionListFilter.all()
                .withText(search.getValue())
                .withYear(year.getValue())
                .withConference(conference.getValue() == null ? null : conference.getValue().id())
                .withDomain(domain.getValue() == null ? null : domain.getValue().id())
                .withDepartment(department.getValue() == null ? null : department.getValue().id())
                .withState(state.getValue())
                .withOverdue(overdue.getValue())
                .withEscalated(escalated.getValue());
    }

    private void rememberInUrl() {
        Map<String, String> query = new LinkedHashMap<>();
        if (!filter.text().isEmpty()) {
            query.put(TEXT, filter.text());
        }
        filter.year().ifPresent(y -> query.put(YEAR, y.toString()));
        filter.conference().ifPresent(c -> query.put(CONFERENCE, Long.toString(c.value())));
        Optional.ofNullable(domain.getValue()).ifPresent(d -> query.put(DOMAIN, d.code()));
        filter.department().ifPresent(d -> query.put(DEPARTMENT, Long.toString(d.value())));
        filter.state().ifPresent(s -> query.put(STATE, s.name()));
        if (filter.overdue()) {
            query.put(OVERDUE, "1");
        }
        if (filter.escalated()) {
            query.put(ESCALATED, "1");
        }
        String url = RouteConfiguration.forSessionScope().getUrl(PetitionListView.class);
        String queryString = QueryParameters.simple(query).getQueryString();
        UI.getCurrent().getPage().getHistory().replaceState(null, queryString.isEmpty() ? url : url + "?"
                + queryString);
    }

    /**
     * The workbook is written to a temporary file as the rows stream from the database, then streamed to the
     * browser; the file goes when the stream is closed.
     */
    private DownloadHandler exportHandler() {
        return DownloadHandler.fromInputStream(event -> {
            PetitionListFilter current = filter;
            Path file = Files.createTempFile("kien-nghi-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                petitions.exportXlsx(current, excelLabels, out);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            String name = "kien-nghi-" + petitions.today() + ".xlsx";
            return new DownloadResponse(new DeletingInputStream(file), name, XLSX, Files.size(file));
        });
    }

    private static final class DeletingInputStream extends FilterInputStream {

        private final Path file;

        DeletingInputStream(Path file) throws IOException {
            super(Files.newInputStream(file));
            this.file = file;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    private static Optional<String> single(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().filter(Objects::nonNull).map(String::strip)
                .filter(s -> !s.isEmpty()).findFirst();
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("petitions.title") + " · " + getTranslation("app.title");
    }
}
