package vn.petitionboard.support;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/** What MariaDB's EXPLAIN says about a statement, one line per table, for the benchmark reports. */
public final class Explain {

    private Explain() {
    }

    /** A Markdown block: a bold heading, then the plan lines in a code fence. */
    public static List<String> markdown(DSLContext dsl, String heading, String sql) {
        List<String> lines = new ArrayList<>(List.of("", "**" + heading + "**", "", "```"));
        dsl.fetch("EXPLAIN " + sql).forEach(r -> lines.add("table=%s type=%s key=%s rows=%s extra=%s".formatted(
                r.get("table"), r.get("type"), r.get("key"), r.get("rows"), r.get("Extra"))));
        lines.add("```");
        return lines;
    }

    /**
     * The same with MariaDB's ANALYZE, which runs the statement: beside the planner's estimate (rows), the rows each
     * table really gave (r_rows, an average per loop), which says whether a page stopped at its size.
     */
    public static List<String> analyzed(DSLContext dsl, String heading, String sql) {
        List<String> lines = new ArrayList<>(List.of("", "**" + heading + "**", "", "```"));
        dsl.fetch("ANALYZE " + sql).forEach(r -> lines.add("table=%s type=%s key=%s rows=%s r_rows=%s extra=%s"
                .formatted(r.get("table"), r.get("type"), r.get("key"), r.get("rows"), r.get("r_rows"),
                        r.get("Extra"))));
        lines.add("```");
        return lines;
    }
}
