package vn.petitionboard.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.dashboard.ConferenceChoice;
import vn.petitionboard.dashboard.DashboardFilter;
import vn.petitionboard.organisation.DomainOption;

/** Year (or everything still open), conference and domain above the dashboard; they read and write the query string. */
final class DashboardFilters extends Div {

    static final String YEAR = "year";
    static final String CONFERENCE = "conference";
    static final String DOMAIN = "domain";

    private final List<DomainOption> domains;
    private final List<ConferenceChoice> conferences;
    private final Select<Integer> yearSelect = new Select<>();
    private final Select<ConferenceChoice> conferenceSelect = new Select<>();
    private final Select<DomainOption> domainSelect = new Select<>();

    /** {@code onChange} runs when the user changes a filter (not when the query string sets them). */
    DashboardFilters(List<DomainOption> domains, List<ConferenceChoice> conferences, Runnable onChange) {
        this.domains = domains;
        this.conferences = conferences;

        yearSelect.setLabel(getTranslation("dashboard.year"));
        yearSelect.setId("year-select");
        yearSelect.setEmptySelectionAllowed(true);
        yearSelect.setEmptySelectionCaption(getTranslation("dashboard.year.stillOpen"));
        yearSelect.setItemLabelGenerator(y -> y == null ? getTranslation("dashboard.year.stillOpen")
                : getTranslation("dashboard.year.received", Integer.toString(y)));

        conferenceSelect.setLabel(getTranslation("dashboard.conference"));
        conferenceSelect.setId("conference-select");
        conferenceSelect.setItems(conferences);
        conferenceSelect.setEmptySelectionAllowed(true);
        conferenceSelect.setEmptySelectionCaption(getTranslation("dashboard.conference.all"));
        conferenceSelect.setItemLabelGenerator(c -> c == null ? getTranslation("dashboard.conference.all")
                : getTranslation("dashboard.conference.label", c.title(), Formats.date(c.heldOn())));

        domainSelect.setLabel(getTranslation("dashboard.domain"));
        domainSelect.setId("domain-select");
        domainSelect.setItems(domains);
        domainSelect.setEmptySelectionAllowed(true);
        domainSelect.setEmptySelectionCaption(getTranslation("dashboard.domain.all"));
        domainSelect.setItemLabelGenerator(d -> d == null ? getTranslation("dashboard.domain.all") : d.name());

        for (Select<?> select : List.of(yearSelect, conferenceSelect, domainSelect)) {
            select.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    onChange.run();
                }
            });
        }
        add(yearSelect, conferenceSelect, domainSelect);
        addClassName("dashboard-filters");
    }

    /**
     * Sets the filters from a query string. The years offered are those with petitions, plus the one asked for;
     * without one, everything still open.
     */
    void read(QueryParameters query, List<Integer> yearsWithData) {
        List<Integer> years = new ArrayList<>(yearsWithData);
        Integer year = query.getSingleParameter(YEAR).flatMap(DashboardFilters::parseInt)
                .filter(y -> y >= 1900 && y <= 9999).orElse(null);
        if (year != null && !years.contains(year)) {
            years.add(year);
            years.sort((a, b) -> b - a);
        }
        yearSelect.setItems(years);
        yearSelect.setValue(year);
        conferenceSelect.setValue(query.getSingleParameter(CONFERENCE).flatMap(DashboardFilters::parseLong)
                .flatMap(id -> conferences.stream().filter(c -> c.id().value() == id).findFirst()).orElse(null));
        domainSelect.setValue(query.getSingleParameter(DOMAIN)
                .flatMap(code -> domains.stream().filter(d -> d.code().equalsIgnoreCase(code)).findFirst())
                .orElse(null));
    }

    DashboardFilter filter() {
        DashboardFilter base = yearSelect.getValue() == null ? DashboardFilter.stillOpen()
                : DashboardFilter.year(yearSelect.getValue());
        return base
                .withConference(Optional.ofNullable(conferenceSelect.getValue()).map(ConferenceChoice::id).orElse(null))
                .withDomain(Optional.ofNullable(domainSelect.getValue()).map(DomainOption::id).orElse(null));
    }

    /** The filters as a query string, each when set. */
    QueryParameters query() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (yearSelect.getValue() != null) {
            parameters.put(YEAR, Integer.toString(yearSelect.getValue()));
        }
        if (conferenceSelect.getValue() != null) {
            parameters.put(CONFERENCE, Long.toString(conferenceSelect.getValue().id().value()));
        }
        if (domainSelect.getValue() != null) {
            parameters.put(DOMAIN, domainSelect.getValue().code());
        }
        return QueryParameters.simple(parameters);
    }

    private static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> parseLong(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
