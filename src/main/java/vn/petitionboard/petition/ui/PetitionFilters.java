package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.conference.ConferenceSummary;
import vn.petitionboard.organisation.DepartmentOption;
import vn.petitionboard.organisation.DomainOption;
import vn.petitionboard.petition.PetitionListFilter;
import vn.petitionboard.petition.PetitionState;

/**
 * The petition list's filter bar: search text, year, conference, domain, department (for those who see every
 * department), state, overdue and escalated. It reads and writes the query string, so a filtered list can be
 * bookmarked or sent.
 */
final class PetitionFilters extends Div {

    static final String TEXT = "q";
    static final String YEAR = "year";
    static final String CONFERENCE = "conference";
    static final String DOMAIN = "domain";
    static final String DEPARTMENT = "department";
    static final String STATE = "state";
    static final String OVERDUE = "overdue";
    static final String ESCALATED = "escalated";

    private final List<DomainOption> domains;
    private final List<DepartmentOption> departments;
    private final List<ConferenceSummary> conferences;

    private final TextField search = new TextField();
    private final Select<Integer> year = new Select<>();
    private final Select<ConferenceSummary> conference = new Select<>();
    private final Select<DomainOption> domain = new Select<>();
    private final Select<DepartmentOption> department = new Select<>();
    private final Select<PetitionState> state = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final Checkbox escalated = new Checkbox();

    /** {@code onChange} runs when the user changes a filter (not when the query string sets them). */
    PetitionFilters(List<DomainOption> domains, List<DepartmentOption> departments,
            List<ConferenceSummary> conferences, boolean choosesDepartment, Runnable onChange) {
        this.domains = domains;
        this.departments = departments;
        this.conferences = conferences;

        search.setId("petition-search");
        search.setLabel(getTranslation("petitions.search"));
        search.setPlaceholder(getTranslation("petitions.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(350);
        search.addClassName("petition-search");

        List<Integer> years = conferences.stream().map(c -> c.heldOn().getYear()).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        configure(year, "year", years, y -> Integer.toString(y), "petitions.filter.all");
        configure(conference, "conference", conferences,
                c -> Formats.date(c.heldOn()) + " · " + c.title(), "petitions.filter.all");
        configure(domain, "domain", domains, DomainOption::name, "board.domain.all");
        configure(department, "department", departments, DepartmentOption::name, "petitions.filter.all");
        department.setVisible(choosesDepartment);
        configure(state, "state", List.copyOf(PetitionState.COUNTED), s -> getTranslation("state." + s.name()),
                "petitions.filter.all");

        overdue.setLabel(getTranslation("petitions.filter.overdue"));
        overdue.setId("filter-overdue");
        escalated.setLabel(getTranslation("petitions.filter.escalated"));
        escalated.setId("filter-escalated");
        Div checks = new Div(overdue, escalated);
        checks.addClassName("petition-filter-checks");

        for (HasValue<?, ?> field : List.of(search, year, conference, domain, department, state, overdue,
                escalated)) {
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    onChange.run();
                }
            });
        }
        add(search, year, conference, domain, department, state, checks);
        addClassName("petition-filters");
    }

    private <T> void configure(Select<T> select, String id, List<T> items, Function<T, String> label,
            String allKey) {
        select.setId("filter-" + id);
        select.setLabel(getTranslation("petitions.filter." + id));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(allKey));
        select.setItemLabelGenerator(item -> item == null ? getTranslation(allKey) : label.apply(item));
    }

    /** Sets the filters from a query string; what it names that does not exist is ignored. */
    void read(Map<String, List<String>> query) {
        search.setValue(single(query, TEXT).orElse(""));
        year.setValue(single(query, YEAR).flatMap(PetitionFilters::number).map(Long::intValue)
                .filter(y -> year.getListDataView().contains(y)).orElse(null));
        conference.setValue(single(query, CONFERENCE).flatMap(PetitionFilters::number)
                .flatMap(id -> conferences.stream().filter(c -> c.id().value() == id).findFirst()).orElse(null));
        domain.setValue(single(query, DOMAIN)
                .flatMap(code -> domains.stream().filter(d -> d.code().equalsIgnoreCase(code)).findFirst())
                .orElse(null));
        department.setValue(department.isVisible() ? single(query, DEPARTMENT).flatMap(PetitionFilters::number)
                .flatMap(id -> departments.stream().filter(d -> d.id().value() == id).findFirst()).orElse(null)
                : null);
        state.setValue(single(query, STATE)
                .flatMap(name -> PetitionState.COUNTED.stream().filter(s -> s.name().equalsIgnoreCase(name))
                        .findFirst()).orElse(null));
        overdue.setValue(single(query, OVERDUE).isPresent());
        escalated.setValue(single(query, ESCALATED).isPresent());
    }

    PetitionListFilter filter() {
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

    /** The filters as a query string's parameters, only those set. */
    Map<String, String> query() {
        PetitionListFilter filter = filter();
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
        return query;
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
}
