package vn.petitionboard.board;

import static vn.petitionboard.jooq.Tables.PETITION;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.PetitionConditions;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.support.Explain;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/**
 * Not part of the normal run (tag "benchmark"): ./mvnw -B test -Dgroups=benchmark -Dsurefire.excludedGroups=none
 * -Dtest=LaneQueryBenchmark. The board by domain's statements on a ward shaped like the page timer's measured one
 * (docs/benchmarks/README.md): 200,000 petitions (-Dlanes.bench.petitions), of which the latest 4,000 are open
 * (15 % received, 20 % assigned, 35 % in progress, 10 % escalated, 20 % answered), the rest resolved; 7 domains and 3
 * departments at random; deadlines of the assigned and in-progress ones from 60 days ago to 60 days ahead, and one
 * received petition in ten with a deadline (an answer the Front returned while no department had it). Timings,
 * EXPLAIN and ANALYZE with the indexes of change set 0014 and without them in target/benchmarks/board-lanes.md
 * (copied by hand to docs/benchmarks/ with the date and machine).
 */
@IntegrationTest
@Tag("benchmark")
class LaneQueryBenchmark {

    private static final int PETITIONS = Integer.getInteger("lanes.bench.petitions", 200_000);
    private static final int OPEN = 4_000;
    private static final int RUNS = 200;
    private static final DomainId LAND = new DomainId(2);

    @Autowired
    BoardQuery query;

    @Autowired
    TestWards wards;

    @Autowired
    DSLContext dsl;

    @Test
    void lane_statements() throws IOException {
        Ward ward = wards.create();
        LocalDate today = LocalDate.now();
        long seedStart = System.nanoTime();
        seed(ward, today);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        PetitionConditions chair = PetitionConditions.of(ward.unit(), Optional.empty());
        PetitionConditions officer = PetitionConditions.of(ward.unit(), Optional.of(ward.landDepartment()));
        BoardFilter lane = BoardFilter.domain(LAND).overdueFirst();
        PetitionState inProgress = PetitionState.IN_PROGRESS;

        ColumnPage third = query.page(chair, lane, inProgress, Optional.empty(), 10);
        third = query.page(chair, lane, inProgress, third.next(), 10);
        Optional<BoardCursor> thirdCursor = third.next();
        ColumnPage received = query.page(chair, lane, PetitionState.RECEIVED, Optional.empty(), 10);
        Optional<BoardCursor> undatedCursor = received.next();
        while (undatedCursor.isPresent() && undatedCursor.get().deadline() != null) {
            undatedCursor = query.page(chair, lane, PetitionState.RECEIVED, undatedCursor, 10).next();
        }
        Optional<BoardCursor> pastDated = undatedCursor;

        Map<String, Supplier<Integer>> statements = new LinkedHashMap<>();
        statements.put("lanes: counts per domain and column + overdue, chair",
                () -> query.lanes(chair, today).size());
        statements.put("lanes, officer (own department)", () -> query.lanes(officer, today).size());
        statements.put("lane column page 1 (10), overdue first, chair, in progress",
                () -> query.page(chair, lane, inProgress, Optional.empty(), 10).cards().size());
        statements.put("lane column page 3 (keyset), chair, in progress",
                () -> query.page(chair, lane, inProgress, thirdCursor, 10).cards().size());
        statements.put("lane column page 1, chair, received (with and without deadline)",
                () -> query.page(chair, lane, PetitionState.RECEIVED, Optional.empty(), 10).cards().size());
        statements.put("lane column page past the last dated card, chair, received",
                () -> query.page(chair, lane, PetitionState.RECEIVED, pastDated, 10).cards().size());
        statements.put("lane column page 1, officer, in progress",
                () -> query.page(officer, lane, inProgress, Optional.empty(), 10).cards().size());
        statements.put("lane column page 1, chair, answered (board order: nothing is due)",
                () -> query.page(chair, lane, PetitionState.ANSWERED, Optional.empty(), 10).cards().size());
        statements.put("for comparison: board column page 1 (30), chair, one domain, longest waiting",
                () -> query.page(chair, BoardFilter.domain(LAND), inProgress, Optional.empty(), 30).cards().size());
        Map<String, org.jooq.Query> plans = new LinkedHashMap<>();
        plans.put("lanes, chair", query.lanesQuery(chair, today));
        plans.put("lanes, officer", query.lanesQuery(officer, today));
        plans.put("lane column page 1, chair, in progress",
                query.pageQuery(chair, lane, inProgress, Optional.empty(), 11));
        plans.put("lane column page 3, chair, in progress", query.pageQuery(chair, lane, inProgress, thirdCursor, 11));
        plans.put("lane column past the last dated card, chair, received",
                query.pageQuery(chair, lane, PetitionState.RECEIVED, pastDated, 11));
        plans.put("lane column page 1, officer, in progress",
                query.pageQuery(officer, lane, inProgress, Optional.empty(), 11));

        // Same data, same machine, one after the other: with change set 0014's indexes, then with those before it.
        Map<String, double[]> after = time(statements);
        List<String> afterPlans = plans(plans);
        dsl.execute("ALTER TABLE petition DROP INDEX ix_petition_lane, DROP INDEX ix_petition_deadline,"
                + " ADD INDEX ix_petition_deadline (unit_id, state, deadline)");
        dsl.execute("ANALYZE TABLE petition");
        Map<String, double[]> before = time(statements);
        List<String> beforePlans = plans(plans);
        dsl.execute("ALTER TABLE petition DROP INDEX ix_petition_deadline,"
                + " ADD INDEX ix_petition_deadline (unit_id, state, deadline, domain_id, department_id),"
                + " ADD INDEX ix_petition_lane (unit_id, domain_id, state, deadline, id)");

        List<String> report = new ArrayList<>();
        report.add("# The board by domain: its statements");
        report.add("");
        report.add(("%,d petitions in one ward, %,d of them open (states, domains and departments at random), "
                + "MariaDB %s, %d runs each after %d warm-up runs; seeded in %.0f s. Each statement timed with "
                + "change set 0014's indexes (after), then with the indexes before it (before), on the same data.")
                .formatted(PETITIONS, OPEN, dsl.fetchValue("select version()"), RUNS, RUNS / 4, seedSeconds));
        report.add("");
        report.add("| statement | before: median ms | p95 ms | after: median ms | p95 ms | rows |");
        report.add("|---|--:|--:|--:|--:|--:|");
        statements.keySet().forEach(name -> report.add("| %s | %.2f | %.2f | %.2f | %.2f | %.0f |".formatted(name,
                before.get(name)[0], before.get(name)[1], after.get(name)[0], after.get(name)[1],
                after.get(name)[2])));
        report.add("");
        report.add("## After: EXPLAIN, then ANALYZE (r_rows: the rows really read)");
        report.addAll(afterPlans);
        report.add("");
        report.add("## Before: EXPLAIN, then ANALYZE");
        report.addAll(beforePlans);
        report.add("");
        report.add("SQL of a lane column's first page, chair (the two parts of one statement):");
        report.add("");
        report.add("```sql");
        report.add(dsl.renderInlined(query.pageQuery(chair, lane, inProgress, Optional.empty(), 11)));
        report.add("```");

        Path out = Path.of("target", "benchmarks", "board-lanes.md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private Map<String, double[]> time(Map<String, Supplier<Integer>> statements) {
        Map<String, double[]> figures = new LinkedHashMap<>();
        statements.forEach((name, statement) -> figures.put(name, time(statement)));
        return figures;
    }

    private List<String> plans(Map<String, org.jooq.Query> statements) {
        List<String> lines = new ArrayList<>();
        statements.forEach((name, statement) -> {
            String sql = dsl.renderInlined(statement);
            lines.addAll(Explain.markdown(dsl, name + ": EXPLAIN", sql));
            lines.addAll(Explain.analyzed(dsl, name + ": ANALYZE", sql));
        });
        return lines;
    }

    /** Median ms, p95 ms and the rows of the last run. */
    private double[] time(Supplier<Integer> statement) {
        int rows = 0;
        for (int i = 0; i < RUNS / 4; i++) {
            rows = statement.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            rows = statement.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        return new double[] {millis[RUNS / 2], millis[(int) (RUNS * 0.95)], rows};
    }

    /** Resolved petitions first, then the latest OPEN ones open, as a ward's petitions pile up over the years. */
    private void seed(Ward ward, LocalDate today) {
        Random random = new Random(42);
        DepartmentId[] departments = {ward.landDepartment(), ward.urbanDepartment(), null};
        LocalDateTime start = LocalDateTime.of(2015, 1, 1, 8, 0);
        int batchSize = 1000;
        for (int batch = 0; batch * batchSize < PETITIONS; batch++) {
            var insert = dsl.insertInto(PETITION, PETITION.UNIT_ID, PETITION.CONFERENCE_ID, PETITION.CODE,
                    PETITION.CODE_YEAR, PETITION.CODE_SEQ, PETITION.TITLE, PETITION.CONTENT, PETITION.DOMAIN_ID,
                    PETITION.DEPARTMENT_ID, PETITION.STATE, PETITION.DEADLINE, PETITION.STATE_CHANGED_AT);
            for (int i = 0; i < batchSize && batch * batchSize + i < PETITIONS; i++) {
                int seq = batch * batchSize + i + 1;
                boolean open = seq > PETITIONS - OPEN;
                PetitionState state = open ? openState(random.nextInt(100)) : PetitionState.RESOLVED;
                DepartmentId department = state == PetitionState.RECEIVED ? null : departments[random.nextInt(3)];
                LocalDate deadline = switch (state) {
                    case ASSIGNED, IN_PROGRESS -> today.plusDays(random.nextInt(121) - 60);
                    case RECEIVED -> random.nextInt(10) == 0 ? today.plusDays(random.nextInt(41) - 20) : null;
                    default -> today.minusDays(30 + random.nextInt(900));
                };
                insert = insert.values(ward.unit(), ward.conference(), "KN-B-%06d".formatted(seq), 2015, seq,
                        "Kiến nghị thử số " + seq, "Nội dung", new DomainId(1 + random.nextInt(7)), department,
                        state, deadline, start.plusMinutes(seq * 20L + random.nextInt(20)));
            }
            insert.execute();
        }
        dsl.execute("ANALYZE TABLE petition");
    }

    private static PetitionState openState(int percent) {
        if (percent < 15) {
            return PetitionState.RECEIVED;
        }
        if (percent < 35) {
            return PetitionState.ASSIGNED;
        }
        if (percent < 70) {
            return PetitionState.IN_PROGRESS;
        }
        return percent < 80 ? PetitionState.ESCALATED : PetitionState.ANSWERED;
    }
}
