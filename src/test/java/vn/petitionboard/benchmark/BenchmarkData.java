package vn.petitionboard.benchmark;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import vn.petitionboard.base.text.SearchText;
import vn.petitionboard.benchmark.BenchmarkText.Template;

/**
 * Fills the database with N petitions of one district (Quận Long Biên from the demo data) split over new wards as a
 * {@link BenchmarkShape} says (three wards alike, or issue 13's one big ward and 15 small ones), each ward with its
 * departments, users, monthly conferences 01/2015–11/2026, delegates, requesters, a history consistent
 * with each petition's state, the assignment/answer/escalation/review rows of that history, and the search index the
 * app would have written. Everything is set-based SQL (INSERT … SELECT over a numbers table made by cross-joining a
 * 10-row table), valid on MariaDB 10.11 and MySQL 8, in chunks so no statement holds a huge transaction.
 *
 * <p>Plain SQL strings on purpose: this is a bulk loader of test data, and a 4-level derived table is clearer as SQL
 * than as jOOQ. Every value spliced in is an int computed here, never text from outside.
 *
 * <p>Shape per ward (even shape: N/3 petitions, interleaved by id like petitions captured over time): the latest
 * 4,000 (at most 60 %; the shape's {@code open}) are open, spread over the five board columns; the rest are RESOLVED,
 * reached through a department (85 %), an answer on the spot (10 %) or the higher level (5 %). A row in
 * {@code bench_dataset} marks a finished generation, so a second run with the same shape does nothing.
 */
final class BenchmarkData {

    static final String DISTRICT_CODE = "HN-LB";
    static final List<String[]> DEPARTMENTS = List.of(new String[] {"VP", "Văn phòng HĐND – UBND"},
            new String[] {"DCXD", "Địa chính – Xây dựng"}, new String[] {"KTHT", "Kinh tế – Hạ tầng – Đô thị"},
            new String[] {"TPHT", "Tư pháp – Hộ tịch"}, new String[] {"VHXH", "Văn hóa – Xã hội"},
            new String[] {"CA", "Công an phường"});
    /** Users of a ward, by offset: leaders, clerk, Front, then one officer per department. */
    static final List<String[]> USERS = List.of(new String[] {"chutich", "COMMITTEE_CHAIR", "Chủ tịch UBND phường"},
            new String[] {"bithu", "PARTY_SECRETARY", "Bí thư Đảng ủy phường"},
            new String[] {"vanthu", "CLERK", "Công chức Văn phòng – Thống kê"},
            new String[] {"mattran", "FRONT_REVIEWER", "Chủ tịch Ủy ban MTTQ phường"});
    static final int MONTHS = BenchmarkShape.MONTHS; // 01/2015 … 11/2026, one conference a month per ward
    static final int DELEGATES_PER_WARD = 300;
    /** No generated event is later than this (the data is fixed, whatever day it is generated on). */
    static final String CAP = "'2026-12-01 17:00:00'";
    /** Every generated user's password (the demo hash of demo@2020). */
    private static final String PASSWORD_HASH =
            "{bcrypt}$2a$10$W8BdAk0ngwT7hb8ONz9UjO63UBJD9CcEXHckus4R4aefyYbGlKtgC";
    private static final int CHUNK = 50_000;

    /** What the page timer needs to know about the generated data. */
    record Dataset(int petitions, long measuredUnit, String chair, String officer, String front, long generatedMillis) {
    }

    private final DSLContext pool;
    private final BenchmarkShape shape;
    private final Map<String, Long> params = new LinkedHashMap<>();
    private DSLContext dsl;

    BenchmarkData(DSLContext pool, BenchmarkShape shape) {
        this.pool = pool;
        this.shape = shape;
    }

    /** The shape's dataset, generated first if the database has none; measured: the first ward. */
    Dataset ensure() {
        return ensure(shape.wards().getFirst().prefix());
    }

    /** The shape's dataset, generated first if the database has none, measured in the ward of this user prefix. */
    Dataset ensure(String measuredPrefix) {
        int petitions = shape.petitions();
        List<String> codes = shape.wards().stream().map(BenchmarkShape.Ward::code).toList();
        pool.execute("CREATE TABLE IF NOT EXISTS bench_dataset (petitions INT NOT NULL, generated_ms BIGINT NOT NULL,"
                + " finished_at DATETIME NOT NULL)");
        Record done = pool.fetchOne("SELECT petitions, generated_ms FROM bench_dataset");
        // The same total and the shape's wards, no other: the shape's data (the wards tell the shapes apart).
        int generatedWards = pool.fetchSingle("SELECT count(*) FROM unit WHERE code LIKE 'HN-LB-%'"
                + " AND code <> 'HN-LB-TT'").get(0, Integer.class);
        boolean sameWards = generatedWards == codes.size() && codes.stream()
                .allMatch(code -> pool.fetchOne("SELECT id FROM unit WHERE code = ?", code) != null);
        if (done != null && ((Number) done.get(0)).intValue() == petitions && sameWards) {
            return describe(measuredPrefix, petitions, ((Number) done.get(1)).longValue());
        }
        if (done != null || pool.fetchOne("SELECT id FROM unit WHERE code = ?", codes.getFirst()) != null) {
            throw new IllegalStateException(("This database holds %s benchmark petitions, not the %s shape's %d (or an"
                    + " interrupted generation): run again with BENCH_FRESH=true to rebuild the schema")
                    .formatted(done == null ? "an unfinished set of" : done.get(0), shape.name(), petitions));
        }
        long start = System.nanoTime();
        pool.connection(connection -> generate(connection, petitions));
        long millis = (System.nanoTime() - start) / 1_000_000;
        pool.execute("INSERT INTO bench_dataset VALUES (?, ?, NOW())", petitions, millis);
        return describe(measuredPrefix, petitions, millis);
    }

    private Dataset describe(String prefix, int petitions, long millis) {
        long unit = pool.fetchSingle("SELECT id FROM unit WHERE code = ?", shape.ward(prefix).code())
                .get(0, Long.class);
        return new Dataset(petitions, unit, prefix + ".chutich", prefix + ".diachinh", prefix + ".mattran", millis);
    }

    /** One connection throughout: foreign key checks are off for this session only (the rows are made to fit). */
    private void generate(Connection connection, int n) {
        dsl = DSL.using(connection, SQLDialect.MYSQL);
        dsl.execute("SET SESSION foreign_key_checks = 0");
        try {
            step("reference rows", () -> reference(n));
            step("numbers", this::numbers);
            step("texts folded in Java", this::texts);
            step("plan", () -> chunked("plan", PLAN));
            step("petitions", () -> chunked("petition", PETITIONS));
            step("requesters", () -> chunked("petition_requester", REQUESTERS));
            step("history", () -> HISTORY.forEach(sql -> chunked("petition_history", sql)));
            step("follow-up", () -> List.of(ASSIGNMENTS, ANSWERS, ESCALATIONS, REVIEWS, PROGRESS)
                    .forEach(sql -> chunked("follow-up", sql)));
            step("search terms", () -> TERMS.forEach(sql -> chunked("petition_search_term", sql)));
            step("code counter", () -> dsl.execute(bind(CODE_COUNTER)));
            step("analyze", () -> dsl.execute("ANALYZE TABLE unit, department, app_user, conference, delegate,"
                    + " petition, petition_requester, petition_history, assignment, answer, escalation, review,"
                    + " progress_update, petition_search_term, petition_code_counter"));
            // The templates' words stay: the page timer picks its common and rare search words from them.
            dsl.execute("DROP TABLE bench_plan, bench_number, bench_ward, bench_domain_term, bench_delegate_term");
        } finally {
            dsl.execute("SET SESSION foreign_key_checks = 1");
        }
    }

    private void reference(int n) {
        long district = dsl.fetchSingle("SELECT id FROM unit WHERE code = ?", DISTRICT_CODE).get(0, Long.class);
        if (dsl.fetchSingle("SELECT count(*) FROM domain WHERE id BETWEEN 1 AND 7").get(0, Integer.class) != 7) {
            throw new IllegalStateException("The generator needs the seven demo domains (ids 1–7)");
        }
        params.put("N", (long) n);
        params.put("wards", (long) shape.wards().size());
        params.put("district", district);
        for (String table : List.of("unit", "department", "app_user", "conference", "delegate", "petition",
                "answer")) {
            params.put(table, dsl.fetchSingle("SELECT COALESCE(MAX(id), 0) FROM " + table).get(0, Long.class));
        }
        for (int w = 0; w < shape.wards().size(); w++) {
            BenchmarkShape.Ward ward = shape.wards().get(w);
            long unit = params.get("unit") + w + 1;
            dsl.execute("INSERT INTO unit (id, parent_id, code, name, kind) VALUES (?, ?, ?, ?, 'WARD')", unit,
                    district, ward.code(), ward.name());
            for (int d = 0; d < DEPARTMENTS.size(); d++) {
                dsl.execute("INSERT INTO department (id, unit_id, code, name, sort_order) VALUES (?, ?, ?, ?, ?)",
                        params.get("department") + w * 6 + d + 1, unit, DEPARTMENTS.get(d)[0], DEPARTMENTS.get(d)[1],
                        d + 1);
            }
            String prefix = ward.prefix();
            for (int u = 0; u < 10; u++) {
                long id = params.get("app_user") + w * 10 + u + 1;
                String[] user = u < USERS.size() ? USERS.get(u)
                        : new String[] {u == 5 ? "diachinh" : "canbo" + DEPARTMENTS.get(u - 4)[0].toLowerCase(),
                                "DEPARTMENT_OFFICER", "Công chức " + DEPARTMENTS.get(u - 4)[1]};
                // The clerk sits in the office (department 0), each officer in department u - 4, leaders in none.
                Long department = null;
                if (u >= USERS.size() || u == 2) {
                    department = params.get("department") + w * 6 + (u == 2 ? 0 : u - 4) + 1;
                }
                dsl.execute("INSERT INTO app_user (id, unit_id, department_id, username, password_hash, full_name,"
                        + " position_title) VALUES (?, ?, ?, ?, ?, ?, ?)", id, unit, department,
                        prefix + "." + user[0], PASSWORD_HASH, BenchmarkText.delegateName(1000 + w * 10 + u),
                        user[2] + " " + ward.name().substring(7));
                dsl.execute("INSERT INTO user_role (user_id, role) VALUES (?, ?)", id, user[1]);
            }
        }
    }

    private void numbers() {
        dsl.execute("DROP TABLE IF EXISTS bench_digit");
        dsl.execute("CREATE TABLE bench_digit (d INT NOT NULL PRIMARY KEY)");
        dsl.execute("INSERT INTO bench_digit VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)");
        dsl.execute("DROP TABLE IF EXISTS bench_number");
        dsl.execute("CREATE TABLE bench_number (n INT NOT NULL PRIMARY KEY)");
        dsl.execute("INSERT INTO bench_number SELECT a.d + 10 * b.d + 100 * c.d + 1000 * d.d + 10000 * e.d"
                + " + 100000 * f.d FROM bench_digit a, bench_digit b, bench_digit c, bench_digit d, bench_digit e,"
                + " bench_digit f WHERE a.d + 10 * b.d + 100 * c.d + 1000 * d.d + 10000 * e.d + 100000 * f.d < "
                + Math.max(params.get("N"), params.get("wards") * Math.max(MONTHS, DELEGATES_PER_WARD)));
        dsl.execute("DROP TABLE IF EXISTS bench_plan");
        dsl.execute(PLAN_TABLE);
        dsl.execute("DROP TABLE IF EXISTS bench_ward");
        dsl.execute("CREATE TABLE bench_ward (w INT NOT NULL PRIMARY KEY, first_n INT NOT NULL, last_n INT NOT NULL,"
                + " petitions INT NOT NULL, open_count INT NOT NULL, m0 INT NOT NULL, months INT NOT NULL)");
        for (int w = 0; w < shape.wards().size(); w++) {
            BenchmarkShape.Ward ward = shape.wards().get(w);
            long first = shape.interleaved() ? 0 : shape.firstOf(w);
            dsl.execute("INSERT INTO bench_ward VALUES (?, ?, ?, ?, ?, ?, ?)", w, first,
                    shape.interleaved() ? params.get("N") - 1 : first + ward.petitions() - 1, ward.petitions(),
                    ward.open(), ward.firstMonth(), ward.months());
        }
        dsl.execute(bind(CONFERENCES));
        dsl.execute(bind("INSERT INTO delegate (id, unit_id, full_name, organisation, residential_group, phone,"
                + " address, created_at) SELECT :delegate + n + 1, :unit + n DIV 300 + 1, '', NULL,"
                + " CONCAT('Tổ dân phố số ', 1 + n % 20), CONCAT('0912 ', LPAD(n, 6, '0')),"
                + " CONCAT('Số ', 1 + n % 97, ', tổ ', 1 + n % 20), '2015-01-01 08:00:00' FROM bench_number"
                + " WHERE n < :wards * 300"));
    }

    /** Templates, domain names and delegate names folded once by the app's own SearchText. */
    private void texts() {
        dsl.execute("DROP TABLE IF EXISTS bench_template");
        dsl.execute("CREATE TABLE bench_template (id INT NOT NULL PRIMARY KEY, title VARCHAR(200) NOT NULL,"
                + " content TEXT NOT NULL) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci");
        dsl.execute("DROP TABLE IF EXISTS bench_template_term");
        dsl.execute("CREATE TABLE bench_template_term (template_id INT NOT NULL, term VARCHAR(32) CHARACTER SET"
                + " utf8mb4 COLLATE utf8mb4_bin NOT NULL, PRIMARY KEY (template_id, term))");
        dsl.execute("DROP TABLE IF EXISTS bench_domain_term");
        dsl.execute("CREATE TABLE bench_domain_term (domain_id BIGINT NOT NULL, term VARCHAR(32) CHARACTER SET"
                + " utf8mb4 COLLATE utf8mb4_bin NOT NULL, PRIMARY KEY (domain_id, term))");
        dsl.execute("DROP TABLE IF EXISTS bench_delegate_term");
        dsl.execute("CREATE TABLE bench_delegate_term (delegate_id BIGINT NOT NULL, term VARCHAR(32) CHARACTER SET"
                + " utf8mb4 COLLATE utf8mb4_bin NOT NULL, PRIMARY KEY (delegate_id, term))");
        List<org.jooq.Query> inserts = new ArrayList<>();
        for (Template t : BenchmarkText.templates()) {
            inserts.add(dsl.query("INSERT INTO bench_template VALUES (?, ?, ?)", t.id(), t.title(), t.content()));
            for (String term : SearchText.terms(t.title(), t.content())) {
                inserts.add(dsl.query("INSERT INTO bench_template_term VALUES (?, ?)", t.id(), term));
            }
        }
        for (Record domain : dsl.fetch("SELECT id, name FROM domain WHERE id BETWEEN 1 AND 7")) {
            for (String term : SearchText.terms(domain.get(1, String.class))) {
                inserts.add(dsl.query("INSERT INTO bench_domain_term VALUES (?, ?)", domain.get(0), term));
            }
        }
        for (int d = 0; d < shape.wards().size() * DELEGATES_PER_WARD; d++) {
            long id = params.get("delegate") + d + 1;
            String name = BenchmarkText.delegateName(d);
            inserts.add(dsl.query("UPDATE delegate SET full_name = ? WHERE id = ?", name, id));
            for (String term : SearchText.terms(name)) {
                inserts.add(dsl.query("INSERT INTO bench_delegate_term VALUES (?, ?)", id, term));
            }
        }
        // One transaction: a commit per row made these few thousand rows take 40 s.
        dsl.transaction(tx -> tx.dsl().batch(inserts).execute());
    }

    private void chunked(String label, String sql) {
        long n = params.get("N");
        for (long from = 0; from < n; from += CHUNK) {
            params.put("from", from);
            params.put("to", Math.min(n, from + CHUNK) - 1);
            dsl.execute(bind(sql.replace(":petitionsOfWards", shape.interleaved() ? INTERLEAVED : BLOCKS)));
        }
    }

    private String bind(String sql) {
        String bound = sql.replace(":cap", CAP);
        // Longest names first, so ":unit" does not eat the start of ":unitX".
        List<String> names = new ArrayList<>(params.keySet());
        names.sort((a, b) -> b.length() - a.length());
        for (String name : names) {
            bound = bound.replace(":" + name, String.valueOf(params.get(name)));
        }
        return bound;
    }

    private static void step(String name, Runnable work) {
        long start = System.nanoTime();
        work.run();
        System.out.printf("[bench-data] %-22s %s%n", name, Duration.ofNanos(System.nanoTime() - start));
    }

    // Ward w's ids: unit :unit+w+1, department :department+w*6+d+1 (d as in DEPARTMENTS), user :app_user+w*10+u+1
    // (u: 0 chair, 1 secretary, 2 clerk, 3 Front, 4+d officer of department d), conference :conference+w*143+m+1.

    private static final String CONFERENCES = """
            INSERT INTO conference (id, unit_id, kind, title, held_on, venue, chairs, delegate_count, created_by,
                                    created_at)
            SELECT :conference + n + 1, :unit + n DIV 143 + 1, kind,
                   CONCAT(CASE kind WHEN 'DIALOGUE' THEN 'Hội nghị đối thoại với nhân dân'
                                    WHEN 'VOTER_CONTACT' THEN 'Tiếp xúc cử tri' ELSE 'Tiếp công dân định kỳ' END,
                          ' tháng ', 1 + n % 143 % 12, '/', 2015 + n % 143 DIV 12),
                   DATE_ADD('2015-01-15', INTERVAL n % 143 MONTH), 'Hội trường UBND phường',
                   'Chủ tịch UBND phường', 40 + n % 30, :app_user + (n DIV 143) * 10 + 3,
                   TIMESTAMP(DATE_ADD('2015-01-15', INTERVAL n % 143 MONTH)) + INTERVAL 17 HOUR
            FROM (SELECT n, CASE WHEN n % 143 % 12 = 9 THEN 'DIALOGUE' WHEN n % 143 % 12 IN (3, 10)
                                 THEN 'VOTER_CONTACT' ELSE 'CITIZEN_RECEPTION' END AS kind
                  FROM bench_number WHERE n < :wards * 143) c
            """;

    /** Petition n's ward w, its number k in the ward, and the ward's size nw, open count o and months (bench_ward). */
    private static final String INTERLEAVED = """
            SELECT x.n, x.w, x.k, bw.petitions AS nw, bw.open_count AS o, bw.m0, bw.months
            FROM (SELECT n, n % :wards AS w, n DIV :wards AS k FROM bench_number WHERE n BETWEEN :from AND :to) x
            JOIN bench_ward bw ON bw.w = x.w""";
    private static final String BLOCKS = """
            SELECT b.n, bw.w, b.n - bw.first_n AS k, bw.petitions AS nw, bw.open_count AS o, bw.m0, bw.months
            FROM bench_number b JOIN bench_ward bw ON b.n BETWEEN bw.first_n AND bw.last_n
            WHERE b.n BETWEEN :from AND :to""";

    /**
     * One row per petition with every date of its life: t0 received, ta assigned, ts started, tw answered (by the
     * department, or on the spot), te escalated, ty the higher level's reply, tr accepted by the Front. NULL = the
     * petition never got there. Offsets grow from t0, so the events are in order; none is later than :cap. Month m
     * (0 = 01/2015) spreads a ward's k over its months from m0; fkm and fky are the first k of k's month and year.
     */
    private static final String PLAN = """
            INSERT INTO bench_plan
            SELECT n, :petition + n + 1, w, k, :unit + w + 1, :conference + w * 143 + m + 1, 2015 + m DIV 12,
                   k - fky + 1, state, path, domain_id,
                   CASE domain_id WHEN 1 THEN 0 WHEN 2 THEN IF(k % 4 = 0, 3, 1) WHEN 3 THEN 2 WHEN 4 THEN 2
                                  WHEN 5 THEN 1 WHEN 6 THEN 5 ELSE 4 END,
                   (k * 31 + w * 17) % 400, t0,
                   CASE WHEN path = 'D' AND state <> 'RECEIVED'
                        THEN LEAST(t0 + INTERVAL (1 + k % 4) DAY + INTERVAL 1 HOUR, :cap) END,
                   CASE WHEN path = 'D' AND state IN ('IN_PROGRESS', 'ANSWERED', 'RESOLVED')
                        THEN LEAST(t0 + INTERVAL (2 + k % 4 + k % 6) DAY + INTERVAL 1 HOUR, :cap) END,
                   CASE WHEN path = 'D' AND state IN ('ANSWERED', 'RESOLVED')
                        THEN LEAST(t0 + INTERVAL (9 + k % 4 + k % 6 + k % 45) DAY + INTERVAL 1 HOUR, :cap)
                        WHEN path = 'S' THEN t0 + INTERVAL 30 MINUTE END,
                   CASE WHEN path = 'E' THEN LEAST(t0 + INTERVAL (3 + k % 10) DAY, :cap) END,
                   CASE WHEN path = 'E' AND state = 'RESOLVED'
                        THEN LEAST(t0 + INTERVAL (23 + k % 10 + k % 60) DAY, :cap) END,
                   CASE WHEN state = 'RESOLVED' THEN LEAST(t0 + INTERVAL (2 + k % 20 + CASE path
                        WHEN 'D' THEN 9 + k % 4 + k % 6 + k % 45 WHEN 'S' THEN 0 ELSE 23 + k % 10 + k % 60 END) DAY
                        + INTERVAL 2 HOUR, :cap) END,
                   1 + ((k * 7) % 10 >= 6) + ((k * 7) % 10 >= 9)
            FROM (SELECT c.*, TIMESTAMP(DATE_ADD('2015-01-15', INTERVAL m MONTH)) + INTERVAL 8 HOUR
                              + INTERVAL (k - fkm) * 10 SECOND AS t0
                  FROM (SELECT b.*, ((m - m0) * nw + months - 1) DIV months AS fkm,
                               (GREATEST((m DIV 12) * 12 - m0, 0) * nw + months - 1) DIV months AS fky,
                               CASE WHEN k < nw - o THEN 'RESOLVED' WHEN hs < 15 THEN 'RECEIVED'
                                    WHEN hs < 35 THEN 'ASSIGNED' WHEN hs < 70 THEN 'IN_PROGRESS'
                                    WHEN hs < 80 THEN 'ESCALATED' ELSE 'ANSWERED' END AS state,
                               CASE WHEN k >= nw - o THEN IF(hs BETWEEN 70 AND 79, 'E', 'D')
                                    WHEN pth < 2 THEN 'S' WHEN pth = 2 THEN 'E' ELSE 'D' END AS path,
                               1 + (k * 5 + k DIV 11 + w) % 7 AS domain_id
                        FROM (SELECT a.*, m0 + (k * months) DIV nw AS m,
                                     (k * 37 + w * 11) % 100 AS hs, (k * 13 + w) % 20 AS pth
                              FROM (:petitionsOfWards) a) b) c) d
            """;

    private static final String PETITIONS = """
            INSERT INTO petition (id, unit_id, conference_id, code, code_year, code_seq, title, content, domain_id,
                                  department_id, state, within_authority, deadline, state_changed_at, created_by,
                                  created_at, updated_at, version, resolved_at)
            SELECT p.id, p.unit_id, p.conference_id,
                   CONCAT('KN-', p.code_year, '-', IF(p.code_seq < 1000, LPAD(p.code_seq, 3, '0'), p.code_seq)),
                   p.code_year, p.code_seq, t.title, t.content, p.domain_id,
                   IF(p.ta IS NULL, NULL, :department + p.w * 6 + p.dept_ix + 1), p.state, p.path <> 'E',
                   IF(p.ta IS NULL, NULL, DATE(p.ta) + INTERVAL 30 DAY),
                   COALESCE(p.tr, p.ty, p.tw, p.ts, p.ta, p.te, p.t0), :app_user + p.w * 10 + 3, p.t0,
                   COALESCE(p.tr, p.ty, p.tw, p.ts, p.ta, p.te, p.t0),
                   (p.ta IS NOT NULL) + (p.ts IS NOT NULL) + (p.tw IS NOT NULL) + (p.te IS NOT NULL)
                   + (p.ty IS NOT NULL) + (p.tr IS NOT NULL),
                   p.tr
            FROM bench_plan p JOIN bench_template t ON t.id = p.template
            WHERE p.n BETWEEN :from AND :to
            """;

    private static final String REQUESTERS = """
            INSERT INTO petition_requester (petition_id, delegate_id, position)
            SELECT p.id, :delegate + p.w * 300 + (p.k * 13 + j.d * 101) % 300 + 1, j.d
            FROM bench_plan p JOIN bench_digit j ON j.d < p.requesters
            WHERE p.n BETWEEN :from AND :to
            """;

    /** One event type per statement, in the order they happen, so ids within a petition follow time. */
    private static final List<String> HISTORY = List.of(
            history("'RECEIVED'", "NULL", "'RECEIVED'", 3, "p.t0", "'Ghi nhận tại hội nghị'", "TRUE"),
            history("'ANSWERED_ON_THE_SPOT'", "'RECEIVED'", "'ANSWERED'", 1, "p.tw",
                    "'Trả lời tại hội nghị: Chủ tịch UBND phường'", "p.path = 'S'"),
            history("'ASSIGNED'", "'RECEIVED'", "'ASSIGNED'", 1, "p.ta",
                    "CONCAT('Giao bộ phận chuyên môn, hạn ', DATE_FORMAT(DATE(p.ta) + INTERVAL 30 DAY, '%d/%m/%Y'))",
                    "p.ta IS NOT NULL"),
            history("'ESCALATED'", "'RECEIVED'", "'ESCALATED'", 1, "p.te",
                    "CONCAT('Báo cáo UBND quận Long Biên, văn bản ', p.k, '/BC-UBND')", "p.te IS NOT NULL"),
            history("'STARTED'", "'ASSIGNED'", "'IN_PROGRESS'", -1, "p.ts", "NULL", "p.ts IS NOT NULL"),
            history("'PROGRESS_REPORTED'", "'IN_PROGRESS'", "'IN_PROGRESS'", -1, "LEAST(p.ts + INTERVAL 2 DAY, :cap)",
                    "CONCAT(30 + p.k % 60, '%: Đã kiểm tra hiện trạng')", "p.state = 'IN_PROGRESS' AND p.path = 'D'"),
            history("'ANSWERED'", "'IN_PROGRESS'", "'ANSWERED'", -1, "p.tw",
                    "CONCAT('Văn bản ', p.k, '/UBND')", "p.path = 'D' AND p.tw IS NOT NULL"),
            history("'HIGHER_LEVEL_REPLIED'", "'ESCALATED'", "'ANSWERED'", 1, "p.ty",
                    "CONCAT('Văn bản ', p.k, '/UBND-Q')", "p.ty IS NOT NULL"),
            history("'REVIEW_ACCEPTED'", "'ANSWERED'", "'RESOLVED'", 4, "p.tr", "NULL", "p.tr IS NOT NULL"));

    /** actor: the ward user's offset + 1 (1 chair, 3 clerk, 4 Front), or -1 for the department's officer. */
    private static String history(String event, String from, String to, int actor, String at, String details,
            String when) {
        String actorId = actor > 0 ? ":app_user + p.w * 10 + " + actor : ":app_user + p.w * 10 + 5 + p.dept_ix";
        return """
                INSERT INTO petition_history (petition_id, event_type, from_state, to_state, actor_id, actor_name,
                                              occurred_at, details)
                SELECT p.id, %s, %s, %s, u.id, u.full_name, %s, %s
                FROM bench_plan p JOIN app_user u ON u.id = %s
                WHERE p.n BETWEEN :from AND :to AND %s
                """.formatted(event, from, to, at, details, actorId, when);
    }

    private static final String ASSIGNMENTS = """
            INSERT INTO assignment (petition_id, department_id, instruction, deadline, assigned_by, assigned_at)
            SELECT p.id, :department + p.w * 6 + p.dept_ix + 1, 'Kiểm tra, xử lý và báo cáo kết quả.',
                   DATE(p.ta) + INTERVAL 30 DAY, :app_user + p.w * 10 + 1, p.ta
            FROM bench_plan p WHERE p.n BETWEEN :from AND :to AND p.ta IS NOT NULL
            """;

    /** At most one answer per petition, with a known id (the review points at it). */
    private static final String ANSWERS = """
            INSERT INTO answer (id, petition_id, kind, content, document_number, document_date, speaker_name,
                                answered_by, answered_at)
            SELECT :answer + p.n + 1, p.id,
                   CASE p.path WHEN 'D' THEN 'DEPARTMENT' WHEN 'S' THEN 'ON_THE_SPOT' ELSE 'HIGHER_LEVEL' END,
                   CASE p.path WHEN 'S' THEN 'Đã tiếp thu, phường sẽ chỉ đạo giải quyết ngay.'
                        ELSE 'Đã kiểm tra, xử lý xong và thông báo cho các hộ dân.' END,
                   IF(p.path = 'S', NULL, CONCAT(p.k, '/UBND')),
                   IF(p.path = 'S', NULL, DATE(COALESCE(p.tw, p.ty))),
                   IF(p.path = 'S', 'Chủ tịch UBND phường', NULL),
                   IF(p.path = 'D', :app_user + p.w * 10 + 5 + p.dept_ix, :app_user + p.w * 10 + 1),
                   COALESCE(p.tw, p.ty)
            FROM bench_plan p WHERE p.n BETWEEN :from AND :to AND COALESCE(p.tw, p.ty) IS NOT NULL
            """;

    private static final String ESCALATIONS = """
            INSERT INTO escalation (petition_id, target_kind, target_unit_id, reference_number, sent_on,
                                    escalated_by, escalated_at, reply_content, reply_reference, replied_on,
                                    reply_recorded_by, reply_recorded_at)
            SELECT p.id, 'PARENT_UNIT', :district, CONCAT(p.k, '/BC-UBND'), DATE(p.te), :app_user + p.w * 10 + 1,
                   p.te, IF(p.ty IS NULL, NULL, 'UBND quận đã chỉ đạo giải quyết.'),
                   IF(p.ty IS NULL, NULL, CONCAT(p.k, '/UBND-Q')), DATE(p.ty),
                   IF(p.ty IS NULL, NULL, :app_user + p.w * 10 + 1), p.ty
            FROM bench_plan p WHERE p.n BETWEEN :from AND :to AND p.te IS NOT NULL
            """;

    private static final String REVIEWS = """
            INSERT INTO review (petition_id, answer_id, verdict, reviewed_by, reviewed_at)
            SELECT p.id, :answer + p.n + 1, 'ACCEPTED', :app_user + p.w * 10 + 4, p.tr
            FROM bench_plan p WHERE p.n BETWEEN :from AND :to AND p.tr IS NOT NULL
            """;

    private static final String PROGRESS = """
            INSERT INTO progress_update (petition_id, department_id, note, percent_complete, reported_by, reported_at)
            SELECT p.id, :department + p.w * 6 + p.dept_ix + 1, 'Đã kiểm tra hiện trạng', 30 + p.k % 60,
                   :app_user + p.w * 10 + 5 + p.dept_ix, LEAST(p.ts + INTERVAL 2 DAY, :cap)
            FROM bench_plan p WHERE p.n BETWEEN :from AND :to AND p.state = 'IN_PROGRESS' AND p.path = 'D'
            """;

    /**
     * What PetitionSearchTermStore writes: the distinct folded words of code, title, content, domain name and the
     * delegates' names, under the petition's unit. The template's words first; the rest with INSERT IGNORE, as a word
     * may already be there.
     */
    private static final List<String> TERMS = List.of("""
            INSERT INTO petition_search_term (unit_id, term, petition_id)
            SELECT p.unit_id, tt.term, p.id FROM bench_plan p JOIN bench_template_term tt ON tt.template_id = p.template
            WHERE p.n BETWEEN :from AND :to
            """, """
            INSERT IGNORE INTO petition_search_term (unit_id, term, petition_id)
            SELECT p.unit_id, dt.term, p.id FROM bench_plan p JOIN bench_domain_term dt ON dt.domain_id = p.domain_id
            WHERE p.n BETWEEN :from AND :to
            """, """
            INSERT IGNORE INTO petition_search_term (unit_id, term, petition_id)
            SELECT c.unit_id, c.term, c.id FROM (
                SELECT p.unit_id, 'kn' AS term, p.id FROM bench_plan p WHERE p.n BETWEEN :from AND :to
                UNION ALL SELECT p.unit_id, CAST(p.code_year AS CHAR), p.id FROM bench_plan p
                          WHERE p.n BETWEEN :from AND :to
                UNION ALL SELECT p.unit_id, IF(p.code_seq < 1000, LPAD(p.code_seq, 3, '0'), CAST(p.code_seq AS CHAR)),
                                 p.id FROM bench_plan p WHERE p.n BETWEEN :from AND :to) c
            """, """
            INSERT IGNORE INTO petition_search_term (unit_id, term, petition_id)
            SELECT p.unit_id, dt.term, r.petition_id FROM bench_plan p
            JOIN petition_requester r ON r.petition_id = p.id
            JOIN bench_delegate_term dt ON dt.delegate_id = r.delegate_id
            WHERE p.n BETWEEN :from AND :to
            """);

    private static final String CODE_COUNTER = """
            INSERT INTO petition_code_counter (unit_id, code_year, last_seq)
            SELECT unit_id, code_year, MAX(code_seq) FROM petition WHERE unit_id BETWEEN :unit + 1 AND :unit + :wards
            GROUP BY unit_id, code_year
            ON DUPLICATE KEY UPDATE last_seq = GREATEST(last_seq, VALUES(last_seq))
            """;

    static final String PLAN_TABLE = """
            CREATE TABLE bench_plan (n INT NOT NULL PRIMARY KEY, id BIGINT NOT NULL, w INT NOT NULL, k INT NOT NULL,
                unit_id BIGINT NOT NULL, conference_id BIGINT NOT NULL, code_year INT NOT NULL, code_seq INT NOT NULL,
                state VARCHAR(16) NOT NULL, path CHAR(1) NOT NULL, domain_id BIGINT NOT NULL, dept_ix INT NOT NULL,
                template INT NOT NULL, t0 DATETIME(3) NOT NULL, ta DATETIME(3), ts DATETIME(3), tw DATETIME(3),
                te DATETIME(3), ty DATETIME(3), tr DATETIME(3), requesters INT NOT NULL)
            """;
}
