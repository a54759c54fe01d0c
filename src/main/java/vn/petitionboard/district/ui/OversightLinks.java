package vn.petitionboard.district.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.petitionboard.district.Behind;
import vn.petitionboard.district.OversightFilter;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.organisation.UnitId;

/**
 * The addresses of the district's pages and the query strings they share: {@code year} (a year, or {@code open} for
 * every petition still open), {@code ward}, {@code domain}, {@code show} (which petitions a figure counted).
 */
final class OversightLinks {

    static final String OVERVIEW = "district";
    static final String LIST = "district/petitions";
    static final String YEAR = "year";
    static final String STILL_OPEN = "open";
    static final String WARD = "ward";
    static final String DOMAIN = "domain";
    static final String SHOW = "show";

    private OversightLinks() {
    }

    /** The list behind a figure. */
    static String list(OversightFilter filter) {
        return LIST + "?" + query(filter).getQueryString();
    }

    static QueryParameters query(OversightFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(YEAR, yearParameter(filter.year()));
        filter.ward().ifPresent(w -> parameters.put(WARD, Long.toString(w.value())));
        filter.domain().ifPresent(d -> parameters.put(DOMAIN, Long.toString(d.value())));
        parameters.put(SHOW, filter.behind().parameter());
        return QueryParameters.simple(parameters);
    }

    static String overview(Optional<Integer> year) {
        return OVERVIEW + "?" + YEAR + "=" + yearParameter(year);
    }

    static String yearParameter(Optional<Integer> year) {
        return year.map(y -> Integer.toString(y)).orElse(STILL_OPEN);
    }

    /** The year asked for: {@code open} for still open, a year, or (nothing or nonsense) the default given. */
    static Optional<Integer> year(QueryParameters query, Optional<Integer> otherwise) {
        Optional<String> text = query.getSingleParameter(YEAR);
        if (text.isPresent() && text.get().equals(STILL_OPEN)) {
            return Optional.empty();
        }
        return text.flatMap(OversightLinks::number).map(Long::intValue).filter(y -> y >= 1900 && y <= 9999)
                .or(() -> otherwise);
    }

    static OversightFilter filter(QueryParameters query, Optional<Integer> defaultYear) {
        return new OversightFilter(year(query, defaultYear),
                query.getSingleParameter(WARD).flatMap(OversightLinks::number).map(UnitId::new),
                query.getSingleParameter(DOMAIN).flatMap(OversightLinks::number).map(DomainId::new),
                query.getSingleParameter(SHOW).map(Behind::fromParameter).orElse(Behind.ALL));
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
