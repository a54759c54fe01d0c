package vn.petitionboard.petition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.support.Explain;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/**
 * Not part of the normal run (tag "benchmark"): ./mvnw -B test -Dgroups=benchmark -Dsurefire.excludedGroups=none
 * -Dtest=DuplicateQueryBenchmark. The likely-duplicates statement on a ward of {@value #PETITIONS} petitions (70 %
 * resolved) with 10 search terms each drawn from 400 words, skewed so that the commonest is on about one petition in
 * four, as "rác" or "ngõ" would be. EXPLAIN, ANALYZE and timings in target/benchmarks/duplicates-explain.md (copied
 * by hand to docs/benchmarks/). Rolled back.
 */
@IntegrationTest
@Tag("benchmark")
@Transactional
class DuplicateQueryBenchmark {

    private static final int PETITIONS = Integer.getInteger("duplicates.bench.petitions", 50_000);
    private static final int RUNS = 20;

    @Autowired
    DuplicateQuery query;
    @Autowired
    TestWards wards;
    @Autowired
    DSLContext dsl;

    @Test
    void likely_duplicates_statement() throws IOException {
        Ward ward = wards.create();
        Ward other = wards.create();
        seed(ward);
        seed(other);
        dsl.execute("ANALYZE TABLE petition, petition_search_term");
        PetitionConditions clerk = PetitionConditions.of(ward.unit(), Optional.empty());
        List<String> lines = new ArrayList<>(List.of("# Likely duplicates: EXPLAIN on " + PETITIONS
                + " petitions a ward (and as many in a second ward)", ""));
        lines.add("```sql");
        lines.add(dsl.renderInlined(query.statement(clerk, List.of("w000", "w001", "w005", "w020", "w100", "w300"),
                DuplicateWords.MIN_MATCHES, 5)));
        lines.add("```");
        measure(lines, clerk, "six typed words, the commonest two among them",
                List.of("w000", "w001", "w005", "w020", "w100", "w300"));
        measure(lines, clerk, "six rarer typed words", List.of("w150", "w200", "w250", "w300", "w350", "w399"));
        measure(lines, clerk, "24 typed words (the most a text gives)",
                java.util.stream.IntStream.range(0, 24).mapToObj(i -> "w%03d".formatted(i * 16)).toList());
        Path out = Path.of("target/benchmarks/duplicates-explain.md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
    }

    private void measure(List<String> lines, PetitionConditions clerk, String heading, List<String> words) {
        String sql = dsl.renderInlined(query.statement(clerk, words, DuplicateWords.MIN_MATCHES, 5));
        lines.addAll(Explain.markdown(dsl, heading + ": EXPLAIN", sql));
        lines.addAll(Explain.analyzed(dsl, heading + ": ANALYZE", sql));
        query.likelyDuplicates(clerk, words, DuplicateWords.MIN_MATCHES, 5);
        long start = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            query.likelyDuplicates(clerk, words, DuplicateWords.MIN_MATCHES, 5);
        }
        lines.add("");
        lines.add("%s: %.1f ms a statement (mean of %d)".formatted(heading,
                (System.nanoTime() - start) / 1e6 / RUNS, RUNS));
    }

    private void seed(Ward ward) {
        long unit = ward.unit().value();
        dsl.execute("""
                INSERT INTO petition (unit_id, conference_id, code, code_year, code_seq, title, content, domain_id,
                                      state, state_changed_at)
                SELECT %d, %d, CONCAT('B-', seq), 2099, seq, 'Kiến nghị đo', 'Nội dung', 1 + seq %% 7,
                       IF(seq %% 10 < 7, 'RESOLVED', 'RECEIVED'), NOW(3)
                FROM seq_1_to_%d""".formatted(unit, ward.conference().value(), PETITIONS));
        dsl.execute("""
                INSERT IGNORE INTO petition_search_term (unit_id, term, petition_id)
                SELECT p.unit_id, CONCAT('w', LPAD(FLOOR(400 * POW(RAND(p.id * 10 + k.seq), 3)), 3, '0')), p.id
                FROM petition p JOIN seq_1_to_10 k
                WHERE p.unit_id = %d AND p.code_year = 2099""".formatted(unit));
    }
}
