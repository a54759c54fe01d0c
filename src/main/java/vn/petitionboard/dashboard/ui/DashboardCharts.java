package vn.petitionboard.dashboard.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import vn.petitionboard.dashboard.Dashboard.DepartmentRow;
import vn.petitionboard.dashboard.Dashboard.DomainRow;
import vn.petitionboard.dashboard.Dashboard.MonthRow;
import vn.petitionboard.dashboard.Dashboard.YearRow;
import vn.petitionboard.petition.PetitionState;

/**
 * The dashboard's charts, drawn on the server with JFreeChart into SVG markup: nothing to add to the client bundle,
 * and the browser scales them. Labels come in already translated; JFreeSVG escapes them as XML text.
 */
final class DashboardCharts {

    /** DejaVu Sans has every Vietnamese letter; the browser falls back to Noto Sans or any sans-serif. */
    static final String FONT_FAMILY = "DejaVu Sans";
    /** Unquoted: JFreeSVG writes the style attribute in single quotes, so quotes here would break the markup. */
    private static final String CSS_FONTS = "DejaVu Sans, Noto Sans, sans-serif";

    // Lumo's palette: body text, contrast lines, primary blue, error red, success green.
    private static final Color TEXT = new Color(0x1A, 0x29, 0x3D);
    private static final Color GRID = new Color(0xDB, 0xE1, 0xE8);
    static final Color PRIMARY = new Color(0x16, 0x76, 0xF3);
    static final Color ERROR = new Color(0xE3, 0x2B, 0x1C);
    static final Color SUCCESS = new Color(0x15, 0x85, 0x47);
    private static final Paint[] STATE_COLOURS = {
            new Color(0x7B, 0x87, 0x94), // RECEIVED: grey, nobody has it yet
            PRIMARY,                      // ASSIGNED
            new Color(0x6A, 0x3D, 0xC8), // IN_PROGRESS
            new Color(0xC2, 0x6B, 0x00), // ESCALATED: amber, waiting elsewhere
            SUCCESS};                     // ANSWERED

    private static final int WIDTH = 640;
    private static final int HEIGHT = 320;

    private DashboardCharts() {
    }

    /** Unresolved petitions per domain, stacked by state. */
    static String openByDomain(List<DomainRow> rows, Function<PetitionState, String> stateName, String valueAxis) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (PetitionState state : PetitionState.UNRESOLVED) {
            for (DomainRow row : rows) {
                data.addValue(row.count(state), stateName.apply(state), row.domainName());
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(null, null, valueAxis, data,
                PlotOrientation.HORIZONTAL, true, false, false);
        style(chart, STATE_COLOURS);
        return svg(chart, "chart-domain", HEIGHT + 20 * Math.max(0, rows.size() - 6));
    }

    /** Received and resolved per month of the year, side by side. */
    static String receivedVsResolved(List<MonthRow> months, String monthAxis, String received, String resolved,
            String valueAxis) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MonthRow month : months) {
            data.addValue(month.received(), received, Integer.valueOf(month.month()));
            data.addValue(month.resolved(), resolved, Integer.valueOf(month.month()));
        }
        JFreeChart chart = ChartFactory.createBarChart(null, monthAxis, valueAxis, data, PlotOrientation.VERTICAL,
                true, false, false);
        style(chart, new Paint[] {PRIMARY, SUCCESS});
        // Month numbers are short: one line each, never wrapped into "1" over "0".
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelLines(1);
        chart.getCategoryPlot().getDomainAxis().setCategoryMargin(0.3);
        return svg(chart, "chart-month", HEIGHT);
    }

    /** Per department: unresolved and, of those, overdue. */
    static String departmentLoad(List<DepartmentRow> rows, String unassigned, String open, String overdue,
            String valueAxis) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (DepartmentRow row : rows) {
            String name = row.departmentName() == null ? unassigned : row.departmentName();
            data.addValue(row.open(), open, name);
            data.addValue(row.overdue(), overdue, name);
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, valueAxis, data, PlotOrientation.HORIZONTAL,
                true, false, false);
        style(chart, new Paint[] {PRIMARY, ERROR});
        return svg(chart, "chart-department", HEIGHT + 24 * Math.max(0, rows.size() - 5));
    }

    /** Open and overdue petitions by the year they were received: how old the backlog is. */
    static String openByYear(List<YearRow> years, String yearAxis, String open, String overdue, String valueAxis) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (YearRow year : years) {
            String name = Integer.toString(year.year());
            data.addValue(year.open(), open, name);
            data.addValue(year.overdue(), overdue, name);
        }
        JFreeChart chart = ChartFactory.createBarChart(null, yearAxis, valueAxis, data, PlotOrientation.VERTICAL,
                true, false, false);
        style(chart, new Paint[] {PRIMARY, ERROR});
        return svg(chart, "chart-age", HEIGHT);
    }

    private static void style(JFreeChart chart, Paint[] colours) {
        Font font = new Font(FONT_FAMILY, Font.PLAIN, 13);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(font);
        legend.setItemPaint(TEXT);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setPosition(RectangleEdge.TOP);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));

        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(font);
        categories.setLabelFont(font);
        categories.setLabelPaint(TEXT);
        categories.setTickLabelPaint(TEXT);
        categories.setAxisLinePaint(GRID);
        categories.setMaximumCategoryLabelLines(2);
        if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
            categories.setMaximumCategoryLabelWidthRatio(0.45f); // long domain and department names
        }
        categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.of("vi", "VN")));
        values.setTickLabelFont(font);
        values.setLabelFont(font);
        values.setTickLabelPaint(TEXT);
        values.setLabelPaint(TEXT);
        values.setAxisLinePaint(GRID);
        values.setUpperMargin(0.08);

        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.12);
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, colours[i]);
        }
    }

    /** The chart as an {@code <svg>} element that scales to its container; {@code id} keeps its defs unique. */
    private static String svg(JFreeChart chart, String id, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, height);
        g2.setDefsKeyPrefix(id + "-");
        g2.setFontFunction(family -> CSS_FONTS);
        chart.draw(g2, new Rectangle(0, 0, WIDTH, height));
        return g2.getSVGElement(id, false, new ViewBox(0, 0, WIDTH, height), PreserveAspectRatio.XMID_YMID,
                MeetOrSlice.MEET);
    }
}
