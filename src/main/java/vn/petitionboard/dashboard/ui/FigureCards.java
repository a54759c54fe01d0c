package vn.petitionboard.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.Optional;
import java.util.OptionalDouble;
import vn.petitionboard.dashboard.Dashboard.Figures;

/**
 * The headline figures, every one about the same petitions so that none can be read against another by mistake.
 * Still open: open, overdue, awaiting the Front, waiting on the higher level. A year: received, still open, overdue,
 * awaiting the Front, waiting on the higher level, the share resolved (with its count) and the median days.
 */
final class FigureCards extends Div {

    FigureCards(Figures f, Optional<Integer> year) {
        if (year.isPresent()) {
            add(figure("received", getTranslation("dashboard.figure.received", year.get().toString()),
                    Integer.toString(f.total()), null));
        }
        Div overdue = figure("overdue", getTranslation("dashboard.figure.overdue"), Integer.toString(f.overdue()),
                null);
        if (f.overdue() > 0) {
            overdue.addClassName("alert");
        }
        add(figure("open", getTranslation("dashboard.figure.open"), Integer.toString(f.open()), null),
                overdue,
                figure("awaiting", getTranslation("dashboard.figure.awaitingReview"),
                        Integer.toString(f.awaitingReview()), null),
                figure("waiting", getTranslation("dashboard.figure.waitingOnHigherLevel"),
                        Integer.toString(f.waitingOnHigherLevel()), null));
        year.ifPresent(y -> addOutcome(f, y));
        addClassName("dashboard-figures");
    }

    /** What became of the year's petitions: the share resolved, with the counts it comes from, and the median. */
    private void addOutcome(Figures f, int year) {
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(0);
        OptionalDouble rate = f.resolutionRate();
        OptionalDouble median = f.medianDaysToResolve();
        add(figure("rate", getTranslation("dashboard.figure.rate"),
                        rate.isPresent() ? percent.format(rate.getAsDouble()) : getTranslation("dashboard.figure.none"),
                        getTranslation("dashboard.figure.rate.detail", Integer.toString(f.resolvedOfTotal()),
                                Integer.toString(f.total()), Integer.toString(year))),
                figure("median", getTranslation("dashboard.figure.median"),
                        median.isPresent() ? getTranslation("dashboard.figure.median.value", days(median))
                                : getTranslation("dashboard.figure.none"), null));
    }

    private String days(OptionalDouble median) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(median.getAsDouble());
    }

    private static Div figure(String id, String label, String value, String detail) {
        Span valueSpan = new Span(value);
        valueSpan.addClassName("figure-value");
        valueSpan.setId("figure-" + id);
        Span labelSpan = new Span(label);
        labelSpan.addClassName("figure-label");
        Div card = new Div(valueSpan, labelSpan);
        if (detail != null) {
            Span detailSpan = new Span(detail);
            detailSpan.addClassName("figure-detail");
            card.add(detailSpan);
        }
        card.addClassName("figure");
        return card;
    }
}
