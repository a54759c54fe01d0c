package vn.petitionboard.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.petitionboard.petition.PetitionState;

/** How many of the report's petitions were in each state on the report's date, per domain, with a total line. */
public record ReportSummary(List<Line> lines, Line total) {

    /** One domain's counts; {@code count(state)} is zero for a state no petition of the domain was in. */
    public record Line(String domainName, Map<PetitionState, Integer> counts) {

        public Line {
            counts = Collections.unmodifiableMap(new EnumMap<>(counts.isEmpty()
                    ? new EnumMap<PetitionState, Integer>(PetitionState.class) : counts));
        }

        public int count(PetitionState state) {
            return counts.getOrDefault(state, 0);
        }

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Counts the rows as they stand (their state is already the state on the report's date). */
    static ReportSummary of(List<ReportRow> rows, String totalLabel) {
        Map<String, EnumMap<PetitionState, Integer>> byDomain = new LinkedHashMap<>();
        EnumMap<PetitionState, Integer> all = new EnumMap<>(PetitionState.class);
        rows.stream()
                .sorted(Comparator.comparingInt(ReportRow::domainOrder).thenComparing(ReportRow::domainName))
                .forEach(row -> {
                    byDomain.computeIfAbsent(row.domainName(), d -> new EnumMap<>(PetitionState.class))
                            .merge(row.state(), 1, Integer::sum);
                    all.merge(row.state(), 1, Integer::sum);
                });
        List<Line> lines = new ArrayList<>();
        byDomain.forEach((domain, counts) -> lines.add(new Line(domain, counts)));
        return new ReportSummary(List.copyOf(lines), new Line(totalLabel, all));
    }
}
