package vn.petitionboard.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import vn.petitionboard.dashboard.Dashboard.DepartmentRow;
import vn.petitionboard.dashboard.Dashboard.DomainRow;
import vn.petitionboard.dashboard.Dashboard.MonthRow;
import vn.petitionboard.petition.PetitionState;

/** The charts are well-formed SVG that really draws the data, with Vietnamese labels escaped and intact. */
class DashboardChartsTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    @Test
    void the_domain_chart_is_well_formed_svg_with_one_bar_per_non_zero_value_and_escaped_labels() throws Exception {
        List<DomainRow> rows = List.of(
                new DomainRow("Đất đai & GCN QSDĐ", Map.of(PetitionState.ASSIGNED, 2, PetitionState.IN_PROGRESS, 1)),
                new DomainRow("Môi trường <ô nhiễm>", Map.of(PetitionState.RECEIVED, 3)));

        Document svg = parse(DashboardCharts.openByDomain(rows, PetitionState::name, "Số kiến nghị"));

        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("viewBox")).isNotBlank();
        assertThat(texts(svg)).contains("Đất đai & GCN QSDĐ", "Môi trường <ô nhiễm>", "Số kiến nghị", "ASSIGNED");
        assertThat(filledRects(svg, DashboardCharts.PRIMARY)).as("the one ASSIGNED bar (primary blue)").isEqualTo(1);
        assertThat(texts(svg)).noneMatch(t -> t.contains("&amp;"));
    }

    @Test
    void the_month_chart_draws_received_and_resolved_bars() throws Exception {
        List<MonthRow> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new MonthRow(m, m == 10 ? 11 : 0, m == 3 || m == 2 ? 1 : 0));
        }

        Document svg = parse(DashboardCharts.receivedVsResolved(months, "Tháng", "Tiếp nhận", "Đã giải quyết",
                "Số kiến nghị"));

        assertThat(texts(svg)).contains("1", "12", "Tháng", "Tiếp nhận", "Đã giải quyết");
        assertThat(filledRects(svg, DashboardCharts.PRIMARY)).as("received: the October bar").isEqualTo(1);
        assertThat(filledRects(svg, DashboardCharts.SUCCESS)).as("resolved: February and March").isEqualTo(2);
    }

    @Test
    void the_department_chart_names_unassigned_petitions() throws Exception {
        List<DepartmentRow> rows = List.of(new DepartmentRow("Địa chính – Xây dựng", 3, 1),
                new DepartmentRow(null, 2, 0));

        Document svg = parse(DashboardCharts.departmentLoad(rows, "Chưa giao bộ phận", "Chưa giải quyết", "Quá hạn",
                "Số kiến nghị"));

        assertThat(texts(svg)).contains("Địa chính – Xây dựng", "Chưa giao bộ phận", "Quá hạn");
        assertThat(filledRects(svg, DashboardCharts.ERROR)).as("overdue: one bar, none for zero").isEqualTo(1);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS(SVG_NS, "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** Rectangles and paths filled with the colour: the bars of one series (the legend swatch is drawn otherwise). */
    private static long filledRects(Document svg, java.awt.Color colour) {
        String rgb = "rgb(%d,%d,%d)".formatted(colour.getRed(), colour.getGreen(), colour.getBlue());
        long count = 0;
        for (String tag : List.of("rect", "path")) {
            NodeList nodes = svg.getElementsByTagNameNS(SVG_NS, tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                String style = e.getAttribute("style") + " " + e.getAttribute("fill");
                if (style.replace(" ", "").contains("fill:" + rgb) || e.getAttribute("fill").replace(" ", "")
                        .equals(rgb)) {
                    count++;
                }
            }
        }
        return count;
    }
}
