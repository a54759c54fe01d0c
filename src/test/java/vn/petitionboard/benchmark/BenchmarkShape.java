package vn.petitionboard.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How {@link BenchmarkData} spreads its petitions over the generated wards of Quận Long Biên. {@code even}: the page
 * timer's shape since issue 8, N petitions over three wards alike, interleaved by id, 2015–2026. {@code district}:
 * issue 13's, Gia Thụy with 100,000 petitions shaped like even's wards plus 15 wards of demo size, each ward's
 * petitions a block of ids.
 *
 * @param interleaved petition n goes to ward n % wards (even); otherwise ward w holds a block of consecutive n
 */
record BenchmarkShape(String name, List<Ward> wards, boolean interleaved) {

    /**
     * One generated ward. Its petitions are received over {@code months} months from month {@code firstMonth}
     * (0 = 01/2015), spread evenly; the latest {@code open} of them are still open.
     */
    record Ward(String code, String name, String prefix, int petitions, int open, int firstMonth, int months) {
    }

    /** The wards of Quận Long Biên (the demo's Thượng Thanh, HN-LB-TT, aside) and three invented ones after them. */
    private static final List<String[]> LONG_BIEN = List.of(new String[] {"HN-LB-GT", "Phường Gia Thụy", "gt"},
            new String[] {"HN-LB-NL", "Phường Ngọc Lâm", "nl"}, new String[] {"HN-LB-BD", "Phường Bồ Đề", "bd"},
            new String[] {"HN-LB-CK", "Phường Cự Khối", "ck"}, new String[] {"HN-LB-DG", "Phường Đức Giang", "dg"},
            new String[] {"HN-LB-GB", "Phường Giang Biên", "gb"}, new String[] {"HN-LB-LB", "Phường Long Biên", "lb"},
            new String[] {"HN-LB-NT", "Phường Ngọc Thụy", "nt"}, new String[] {"HN-LB-PD", "Phường Phúc Đồng", "pd"},
            new String[] {"HN-LB-PL", "Phường Phúc Lợi", "pl"}, new String[] {"HN-LB-SD", "Phường Sài Đồng", "sd"},
            new String[] {"HN-LB-TB", "Phường Thạch Bàn", "tb"}, new String[] {"HN-LB-VH", "Phường Việt Hưng", "vh"},
            new String[] {"HN-LB-DD", "Phường Đông Dư", "dd"}, new String[] {"HN-LB-CL", "Phường Cổ Linh", "cl"},
            new String[] {"HN-LB-AM", "Phường Ái Mộ", "am"});
    static final int MONTHS = 143; // 01/2015 … 11/2026
    static final int OPEN_PER_WARD = 4_000;
    static final int DISTRICT_BIG_WARD = 100_000;
    static final int DISTRICT_SMALL_WARDS = 15;
    /** A demo-sized ward: a few hundred petitions over 01/2024–11/2026, a fifth of them open. */
    static final int SMALL_MONTHS = 35;

    /** N petitions over Gia Thụy, Ngọc Lâm and Bồ Đề, interleaved, each ward's latest 4,000 (at most 60 %) open. */
    static BenchmarkShape even(int petitions) {
        List<Ward> wards = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            int size = (petitions - 1 - w) / 3 + 1;
            wards.add(ward(w, size, Math.min(OPEN_PER_WARD, size * 6 / 10), 0, MONTHS));
        }
        return new BenchmarkShape("even", wards, true);
    }

    /**
     * Issue 13: Gia Thụy with 100,000 petitions (4,000 open, 2015–2026, as in {@link #even}), then 15 wards of 240–520
     * petitions received 01/2024–11/2026, a fifth of them open.
     */
    static BenchmarkShape district() {
        List<Ward> wards = new ArrayList<>();
        wards.add(ward(0, DISTRICT_BIG_WARD, OPEN_PER_WARD, 0, MONTHS));
        IntStream.rangeClosed(1, DISTRICT_SMALL_WARDS).forEach(w -> {
            int size = 240 + w * 67 % 281;
            wards.add(ward(w, size, size / 5, MONTHS - SMALL_MONTHS, SMALL_MONTHS));
        });
        return new BenchmarkShape("district", wards, false);
    }

    /** BENCH_SHAPE=district, or the even shape of BENCH_PETITIONS petitions (20,000 unless set). */
    static BenchmarkShape fromEnvironment() {
        if ("district".equals(System.getenv("BENCH_SHAPE"))) {
            return district();
        }
        return even(Integer.parseInt(System.getenv().getOrDefault("BENCH_PETITIONS", "20000").replace("_", "")));
    }

    private static Ward ward(int w, int petitions, int open, int firstMonth, int months) {
        String[] unit = LONG_BIEN.get(w);
        return new Ward(unit[0], unit[1], unit[2], petitions, open, firstMonth, months);
    }

    int petitions() {
        return wards.stream().mapToInt(Ward::petitions).sum();
    }

    /** The ward whose users have this prefix (gt, nl, …). */
    Ward ward(String prefix) {
        return wards.stream().filter(w -> w.prefix().equals(prefix)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("No generated ward " + prefix + " in the " + name + " shape"));
    }

    /** The first petition number (n, from 0) of ward w when the wards are blocks. */
    int firstOf(int w) {
        return wards.subList(0, w).stream().mapToInt(Ward::petitions).sum();
    }
}
