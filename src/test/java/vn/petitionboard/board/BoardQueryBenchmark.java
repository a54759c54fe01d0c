package vn.petitionboard.board;

import static vn.petitionboard.jooq.Tables.PETITION;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * Not part of the normal run (tag "benchmark"): ./mvnw -B test -Dgroups=benchmark -Dtest=BoardQueryBenchmark.
 * Seeds a ward with 20,000 petitions, then times the board's statements and records what MariaDB's EXPLAIN says about
 * them in target/benchmarks/board-query.md (copied by hand to docs/benchmarks/ with the date and machine).
 */
@IntegrationTest
@Tag("benchmark")
class BoardQueryBenchmark {

    private static final int PETITIONS = 20_000;
    private static final int RUNS = 200;

    @Autowired
    BoardQuery query;

    @Autowired
    TestWards wards;

    @Autowired
    DSLContext dsl;

    @Test
    void board_statements_on_20000_petitions() throws IOException {
        Ward ward = wards.create();
        seed(ward);
        PetitionConditions chair = PetitionConditions.of(ward.unit(), Optional.empty());
        PetitionConditions officer = PetitionConditions.of(ward.unit(), Optional.of(ward.landDepartment()));
        BoardFilter all = BoardFilter.allDomains();
        BoardFilter environment = BoardFilter.domain(new DomainId(4));

        ColumnPage first = query.page(chair, all, PetitionState.IN_PROGRESS, Optional.empty(), 30);
        ColumnPage deep = first;
        for (int i = 0; i < 50 && deep.next().isPresent(); i++) {
            deep = query.page(chair, all, PetitionState.IN_PROGRESS, deep.next(), 30);
        }
        Optional<BoardCursor> deepCursor = deep.next();

        List<String> report = new ArrayList<>();
        report.add("# Board query benchmark");
        report.add("");
        report.add("%d petitions in one ward (states, domains and departments spread at random), MariaDB %s, %d runs each, after %d warm-up runs."
                .formatted(PETITIONS, dsl.fetchValue("select version()"), RUNS, RUNS / 4));
        report.add("");
        report.add("| statement | median ms | p95 ms | rows |");
        report.add("|---|---|---|---|");
        report.add(time("column page 1, chair, all domains", () ->
                query.page(chair, all, PetitionState.IN_PROGRESS, Optional.empty(), 30).cards().size()));
        report.add(time("column page 51 (keyset), chair", () ->
                query.page(chair, all, PetitionState.IN_PROGRESS, deepCursor, 30).cards().size()));
        report.add(time("column page 1, chair, one domain", () ->
                query.page(chair, environment, PetitionState.IN_PROGRESS, Optional.empty(), 30).cards().size()));
        report.add(time("column page 1, officer (own department)", () ->
                query.page(officer, all, PetitionState.IN_PROGRESS, Optional.empty(), 30).cards().size()));
        report.add(time("counts of all columns, chair", () -> query.counts(chair, all).size()));
        report.add(time("counts of all columns, officer", () -> query.counts(officer, all).size()));
        report.add("");
        report.add("## EXPLAIN");
        explain(report, "column page 1, chair", query.pageQuery(chair, all, PetitionState.IN_PROGRESS,
                Optional.empty(), 31));
        explain(report, "column page 51, chair", query.pageQuery(chair, all, PetitionState.IN_PROGRESS,
                deepCursor, 31));
        explain(report, "column page 1, chair, one domain", query.pageQuery(chair, environment,
                PetitionState.IN_PROGRESS, Optional.empty(), 31));
        explain(report, "column page 1, officer", query.pageQuery(officer, all, PetitionState.IN_PROGRESS,
                Optional.empty(), 31));

        Path out = Path.of("target", "benchmarks", "board-query.md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private String time(String name, Supplier<Integer> statement) {
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
        return "| %s | %.2f | %.2f | %d |".formatted(name, millis[RUNS / 2], millis[(int) (RUNS * 0.95)], rows);
    }

    private void explain(List<String> report, String name, org.jooq.Query statement) {
        report.addAll(Explain.markdown(dsl, name, dsl.renderInlined(statement)));
    }

    private void seed(Ward ward) {
        Random random = new Random(42);
        PetitionState[] states = PetitionState.COUNTED.toArray(PetitionState[]::new);
        DepartmentId[] departments = {ward.landDepartment(), ward.urbanDepartment(), null};
        LocalDateTime start = LocalDateTime.of(2023, 1, 1, 8, 0);
        for (int batch = 0; batch < PETITIONS / 1000; batch++) {
            var insert = dsl.insertInto(PETITION, PETITION.UNIT_ID, PETITION.CONFERENCE_ID, PETITION.CODE,
                    PETITION.CODE_YEAR, PETITION.CODE_SEQ, PETITION.TITLE, PETITION.CONTENT, PETITION.DOMAIN_ID,
                    PETITION.DEPARTMENT_ID, PETITION.STATE, PETITION.DEADLINE, PETITION.STATE_CHANGED_AT);
            for (int i = 0; i < 1000; i++) {
                int seq = batch * 1000 + i + 1;
                PetitionState state = states[random.nextInt(states.length)];
                insert = insert.values(ward.unit(), ward.conference(), "KN-2023-%05d".formatted(seq), 2023, seq,
                        "Kiến nghị thử số " + seq, "Nội dung", new DomainId(1 + random.nextInt(7)),
                        state == PetitionState.RECEIVED ? null : departments[random.nextInt(3)], state,
                        LocalDate.of(2023, 6, 1).plusDays(random.nextInt(900)),
                        start.plusMinutes(random.nextInt(1_500_000)));
            }
            insert.execute();
        }
        dsl.execute("ANALYZE TABLE petition");
    }
}
