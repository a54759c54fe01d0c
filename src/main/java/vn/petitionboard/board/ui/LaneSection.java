package vn.petitionboard.board.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableFunction;
import java.time.LocalDate;
import vn.petitionboard.board.DomainLane;

/**
 * One domain's lane: a {@link Details} whose header ({@link LaneSummary}) is the lane's toggle button (Tab, Enter or
 * Space; aria-expanded), and whose columns ({@link LaneColumns}) exist only while it is open. A closed lane holds no
 * card: opening it loads its columns (one statement per column), closing it lets them go. Until the columns arrive,
 * the open lane says it is loading.
 */
final class LaneSection extends Details {

    private final Html summary;
    /** What the summary was last given. */
    private String summaryHtml;
    private final Paragraph loading = new Paragraph();
    private final SerializableFunction<DomainLane, LaneColumns> columnsOf;
    private DomainLane lane;
    private LocalDate today;
    private LaneColumns columns;

    LaneSection(DomainLane lane, LocalDate today, SerializableFunction<DomainLane, LaneColumns> columnsOf) {
        this.lane = lane;
        this.today = today;
        this.columnsOf = columnsOf;
        addClassName("lane");
        setId("lane-" + lane.domain().value());
        getElement().setAttribute("data-domain", lane.code());
        summaryHtml = LaneSummary.html(lane, this::getTranslation);
        summary = new Html(summaryHtml);
        setSummary(summary);
        loading.setText(getTranslation("board.lane.loading"));
        loading.addClassName("lane-loading");
        loading.getElement().setAttribute("role", "status");
        add(loading);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                showColumns();
            } else {
                dropColumns();
            }
        });
    }

    /** Opens the lane and loads its columns. */
    void open() {
        setOpened(true);
        showColumns();
    }

    /** The lane's counts now; an open lane's columns reload (cards that did not change are not sent again). */
    void update(DomainLane newLane, LocalDate newToday, boolean live) {
        this.lane = newLane;
        this.today = newToday;
        // The same counts leave the summary's elements as they are: another user's change (the live board) re-reads
        // every lane, and rewriting an unchanged summary would replace elements under a reader's eyes and cursor.
        String html = LaneSummary.html(newLane, this::getTranslation);
        if (!html.equals(summaryHtml)) {
            summary.setHtmlContent(html);
            summaryHtml = html;
        }
        setClassName("has-overdue", newLane.hasOverdue());
        if (columns != null) {
            columns.reload(newLane, newToday, live);
        }
    }

    private void showColumns() {
        if (columns == null) {
            columns = columnsOf.apply(lane);
            remove(loading);
            add(columns);
            columns.reload(lane, today, false);
        }
    }

    private void dropColumns() {
        if (columns != null) {
            remove(columns);
            columns = null;
            add(loading);
        }
    }
}
