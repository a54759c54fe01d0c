package vn.petitionboard.petition;

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
import vn.petitionboard.base.text.SearchText;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.support.Explain;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/**
 * Not part of the normal run (tag "benchmark"):
 * ./mvnw -B test -Dgroups=benchmark -Dsurefire.excludedGroups=none -Dtest=PetitionSearchBenchmark.
 * Seeds a ward with 20,000 petitions of generated Vietnamese text and measures the three ways considered for a
 * diacritics-insensitive search (docs/decisions/0004): a folding collation, a FULLTEXT index over a folded column,
 * and the petition_search_term inverted index the app uses. Results in target/benchmarks/petition-search.md.
 */
@IntegrationTest
@Tag("benchmark")
class PetitionSearchBenchmark {

    private static final int PETITIONS = 20_000;
    private static final int RUNS = 100;

    private static final List<String> PHRASES = List.of("giải phóng mặt bằng", "đất đai",
            "giấy chứng nhận quyền sử dụng đất", "vệ sinh môi trường", "trật tự đô thị", "lấn chiếm vỉa hè",
            "mương thoát nước", "ngập úng khi mưa lớn",
            "rác thải tồn đọng", "đèn chiếu sáng ngõ", "cây xanh nghiêng đổ", "an ninh trật tự", "lắp camera an ninh",
            "tái định cư tại chỗ", "bồi thường hỗ trợ", "xây dựng không phép", "nhà văn hóa xuống cấp",
            "đường nội bộ hư hỏng", "đề nghị phường sớm giải quyết", "kiểm tra xử lý dứt điểm", "các hộ dân",
            "khu dân cư mới", "sinh hoạt chi bộ", "đảng viên nơi cư trú", "trường mầm non", "tiếng ồn karaoke",
            "bãi đỗ xe tự phát", "nước sạch sinh hoạt", "điện chập chờn", "hồ sơ đã nộp từ lâu", "đo đạc lại diện tích",
            "thủ tục hành chính", "người cao tuổi", "học sinh tan trường", "ô nhiễm không khí", "phế thải xây dựng");

    @Autowired
    PetitionSearchQuery query;

    @Autowired
    PetitionSearchTermStore index;

    @Autowired
    TestWards wards;

    @Autowired
    DSLContext dsl;

    @Test
    void search_candidates_on_20000_petitions() throws IOException {
        Ward ward = wards.create();
        long indexMillis = seed(ward);
        UnitId unit = ward.unit();
        PetitionConditions chair = PetitionConditions.of(unit, Optional.empty());
        PetitionConditions officer = PetitionConditions.of(unit, Optional.of(ward.landDepartment()));
        LocalDate today = LocalDate.of(2026, 11, 27);

        List<String> report = new ArrayList<>();
        report.add("# Petition search benchmark");
        report.add("");
        report.add(("%d petitions in one ward, title and content drawn at random from %d Vietnamese phrases, "
                + "MariaDB %s, %d runs each after %d warm-up runs.")
                .formatted(PETITIONS, PHRASES.size(), dsl.fetchValue("select version()"), RUNS, RUNS / 4));
        report.add("");
        report.add("## (a) Does a collation fold Vietnamese?");
        report.add("");
        report.add("| expression | result |");
        report.add("|---|---|");
        for (String collation : List.of("utf8mb4_general_ci", "utf8mb4_unicode_ci", "utf8mb4_unicode_520_ci",
                "utf8mb4_uca1400_ai_ci", "utf8mb4_vietnamese_ci", "utf8mb4_0900_ai_ci")) {
            for (String pair : List.of("'đất đai' = 'dat dai'", "'giải phóng' = 'giai phong'",
                    "'Đặng' = 'dang'")) {
                String[] sides = pair.split(" = ");
                String sql = "SELECT " + sides[0] + " COLLATE " + collation + " = " + sides[1];
                String result;
                try {
                    result = String.valueOf(dsl.fetchValue(sql));
                } catch (RuntimeException e) {
                    result = "error: " + firstLine(e);
                }
                report.add("| `%s` | %s |".formatted(sql, result));
            }
        }
        report.add("");
        report.add("A folding collation still needs `LIKE '%…%'` to find a word inside the content, "
                + "which no B-tree can serve:");
        report.add("");
        report.add("| statement | median ms | p95 ms | rows |");
        report.add("|---|---|---|---|");
        String likeScan = "SELECT count(*) FROM petition WHERE unit_id = " + unit.value()
                + " AND content COLLATE utf8mb4_unicode_520_ci LIKE '%dat dai%'";
        report.add(time("collation + LIKE '%dat dai%' over content", () -> number(likeScan)));
        explainSql(report, "collation + LIKE", likeScan);

        report.add("");
        report.add("## (b) FULLTEXT over a folded column");
        report.add("");
        report.add(("innodb_ft_min_token_size = %s, ft_min_word_len = %s "
                + "(server settings, not ours to change on a shared MySQL/MariaDB).")
                .formatted(variable("innodb_ft_min_token_size"), variable("ft_min_word_len")));
        report.add("");
        dsl.execute("DROP TABLE IF EXISTS bench_petition_fulltext");
        dsl.execute("CREATE TABLE bench_petition_fulltext (petition_id BIGINT NOT NULL PRIMARY KEY,"
                + " folded TEXT NOT NULL, FULLTEXT INDEX ft_folded (folded))"
                + " ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin");
        try {
            var rows = dsl.select(PETITION.ID, PETITION.CODE, PETITION.TITLE, PETITION.CONTENT).from(PETITION)
                    .where(PETITION.UNIT_ID.eq(unit)).fetch();
            for (int from = 0; from < rows.size(); from += 1000) {
                var insert = dsl.insertInto(org.jooq.impl.DSL.table("bench_petition_fulltext"),
                        org.jooq.impl.DSL.field("petition_id"), org.jooq.impl.DSL.field("folded"));
                for (var r : rows.subList(from, Math.min(from + 1000, rows.size()))) {
                    insert = insert.values(r.value1().value(),
                            String.join(" ", SearchText.terms(r.value2(), r.value3(), r.value4())));
                }
                insert.execute();
            }
            report.add("| statement | median ms | p95 ms | rows |");
            report.add("|---|---|---|---|");
            for (String words : List.of("+dat +dai", "+giai +phong +mat +bang", "+to +dan +pho", "+ve +sinh",
                    "+kn +2023 +01234")) {
                String sql = "SELECT count(*) FROM bench_petition_fulltext WHERE MATCH(folded) AGAINST('" + words
                        + "' IN BOOLEAN MODE)";
                report.add(time("FULLTEXT `" + words + "`", () -> number(sql)));
            }
            explainSql(report, "FULLTEXT +giai +phong +mat +bang", "SELECT petition_id FROM bench_petition_fulltext"
                    + " WHERE MATCH(folded) AGAINST('+giai +phong +mat +bang' IN BOOLEAN MODE)");
        } finally {
            dsl.execute("DROP TABLE IF EXISTS bench_petition_fulltext");
        }

        report.add("");
        report.add("## (c) petition_search_term (what the app uses)");
        report.add("");
        report.add(("Index build: %d petitions in %d ms (%.2f ms each, the cost added to a capture or edit); "
                + "%s term rows, table %s.").formatted(PETITIONS, indexMillis, indexMillis / (double) PETITIONS,
                        dsl.fetchValue("SELECT count(*) FROM petition_search_term"), tableSize()));
        report.add("");
        report.add("| search (chair unless said) | page of 50 median ms | p95 ms | rows | count median ms | total |");
        report.add("|---|---|---|---|---|---|");
        for (String text : List.of("dat dai", "giai phong mat bang", "giải phóng mặt bằng", "to dan pho",
                "ve sinh moi truong", "karaoke", "kn 2023 01234", "KN-2023-01234", "g", "khong co gi ca")) {
            PetitionListFilter filter = PetitionListFilter.all().withText(text);
            report.add(timeBoth("`" + text + "`", () -> query.page(chair, filter, today, 0, 50).size(),
                    () -> query.count(chair, filter, today)));
        }
        PetitionListFilter land = PetitionListFilter.all().withText("dat dai");
        report.add(timeBoth("`dat dai`, officer", () -> query.page(officer, land, today, 0, 50).size(),
                () -> query.count(officer, land, today)));
        PetitionListFilter none = PetitionListFilter.all();
        report.add(timeBoth("no search, page 1", () -> query.page(chair, none, today, 0, 50).size(),
                () -> query.count(chair, none, today)));
        report.add(timeBoth("no search, page 300 (offset 14950)",
                () -> query.page(chair, none, today, 14_950, 50).size(), () -> 0));
        explainSql(report, "page 1, no search", dsl.renderInlined(query.pageQuery(chair,
                PetitionListFilter.all(), today, 0, 50)));
        explainSql(report, "page 1, `giai phong mat bang`", dsl.renderInlined(query.pageQuery(chair,
                PetitionListFilter.all().withText("giai phong mat bang"), today, 0, 50)));
        explainSql(report, "page 1, `kn 2023 01234`", dsl.renderInlined(query.pageQuery(chair,
                PetitionListFilter.all().withText("kn 2023 01234"), today, 0, 50)));
        explainSql(report, "count, `dat dai`, officer", dsl.renderInlined(dsl.selectCount().from(PETITION)
                .where(PetitionSearchQuery.where(officer, land, today))));

        Path out = Path.of("target", "benchmarks", "petition-search.md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private int number(String sql) {
        return ((Number) dsl.fetchValue(sql)).intValue();
    }

    private String variable(String name) {
        return dsl.fetch("SHOW VARIABLES LIKE '" + name + "'").stream().map(r -> String.valueOf(r.get(1)))
                .findFirst().orElse("(none)");
    }

    private String tableSize() {
        var r = dsl.fetchOne("SELECT data_length, index_length FROM information_schema.tables"
                + " WHERE table_schema = database() AND table_name = 'petition_search_term'");
        return "%.1f MB data + %.1f MB secondary index".formatted(((Number) r.get(0)).longValue() / 1e6,
                ((Number) r.get(1)).longValue() / 1e6);
    }

    private static String firstLine(RuntimeException e) {
        String message = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        return message.lines().findFirst().orElse("").replace("|", "/");
    }

    private String time(String name, Supplier<Integer> statement) {
        double[] millis = measure(statement);
        return "| %s | %.2f | %.2f | %d |".formatted(name, millis[RUNS / 2], millis[(int) (RUNS * 0.95)],
                statement.get());
    }

    private String timeBoth(String name, Supplier<Integer> page, Supplier<Integer> count) {
        double[] pageMillis = measure(page);
        double[] countMillis = measure(count);
        return "| %s | %.2f | %.2f | %d | %.2f | %d |".formatted(name, pageMillis[RUNS / 2],
                pageMillis[(int) (RUNS * 0.95)], page.get(), countMillis[RUNS / 2], count.get());
    }

    private double[] measure(Supplier<Integer> statement) {
        for (int i = 0; i < RUNS / 4; i++) {
            statement.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            statement.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        return millis;
    }

    private void explainSql(List<String> report, String name, String sql) {
        report.addAll(Explain.markdown(dsl, "EXPLAIN " + name, sql));
    }

    /** Inserts the petitions, then indexes them as the app does; returns the indexing time. */
    private long seed(Ward ward) {
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
                String title = phrase(random) + " tổ " + (1 + random.nextInt(20));
                StringBuilder content = new StringBuilder("Đề nghị");
                for (int p = 0; p < 4 + random.nextInt(5); p++) {
                    content.append(' ').append(phrase(random)).append(p % 2 == 0 ? "," : " tại tổ dân phố số "
                            + (1 + random.nextInt(20)) + ",");
                }
                insert = insert.values(ward.unit(), ward.conference(), "KN-2023-%05d".formatted(seq), 2023, seq,
                        title, content.append(" mong được giải quyết.").toString(),
                        new DomainId(1 + random.nextInt(7)),
                        state == PetitionState.RECEIVED ? null : departments[random.nextInt(3)], state,
                        LocalDate.of(2023, 6, 1).plusDays(random.nextInt(900)),
                        start.plusMinutes(random.nextInt(1_500_000)));
            }
            insert.execute();
        }
        long begin = System.nanoTime();
        long after = 0;
        while (true) {
            List<PetitionId> missing = index.missing(after, Long.MAX_VALUE, 500);
            index.insertTerms(missing);
            if (missing.size() < 500) {
                break;
            }
            after = missing.getLast().value();
        }
        long millis = (System.nanoTime() - begin) / 1_000_000;
        dsl.execute("ANALYZE TABLE petition, petition_search_term");
        return millis;
    }

    private static String phrase(Random random) {
        return PHRASES.get(random.nextInt(PHRASES.size()));
    }
}
