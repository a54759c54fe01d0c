package vn.petitionboard.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.petition.ImportCheck;
import vn.petitionboard.petition.PetitionImportService;
import vn.petitionboard.support.ImportFiles;

/**
 * Not part of the normal run (tag "benchmark"):
 * ./mvnw -B test -Dgroups=benchmark -Dsurefire.excludedGroups=none -Dtest=ImportBenchmark.
 * Checks and imports a generated 10,000-row file into the demo ward's 2020 conference (rolled back afterwards), checks
 * a 20,000-row file and refuses a 100,000-row one, with the time and the most heap in use during each (sampled every
 * 5 ms). Results in target/benchmarks/import.md, copied by hand to docs/benchmarks/.
 */
@IntegrationTest
@Tag("benchmark")
@Transactional
@WithUserDetails("vanthu")
class ImportBenchmark {

    private static final ConferenceId CONFERENCE_2020 = new ConferenceId(2);

    @Autowired
    PetitionImportService imports;

    @Test
    void ten_thousand_rows_are_checked_and_imported_well_under_a_minute() throws IOException {
        List<String> report = new ArrayList<>();
        report.add("# Import from Excel benchmark");
        report.add("");
        report.add("Heap limit of the test JVM: " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB. Peak heap is"
                + " the most in use (sampled every 5 ms) while the step ran, after a GC before it.");
        report.add("");
        report.add("| step | file | time | heap in use before (after GC) | peak heap |");
        report.add("|---|---|---|---|---|");

        byte[] tenThousand = ImportFiles.generated("BENCH", 10_000);
        byte[] twentyThousand = ImportFiles.generated("BENCH20", 20_000);
        List<List<Object>> huge = new ArrayList<>();
        huge.add(ImportFiles.headers());
        for (int n = 1; n <= 100_000; n++) {
            huge.add(ImportFiles.goodRow("HUGE", n));
        }
        byte[] hundredThousand = ImportFiles.xlsx(huge, List.of());
        huge.clear();

        ImportCheck check = measure(report, "check", tenThousand, "10,000 rows",
                () -> imports.check(CONFERENCE_2020, tenThousand));
        assertThat(check.newRows()).isEqualTo(10_000);
        ImportCheck done = measure(report, "check again and import (one transaction)", tenThousand, "10,000 rows",
                () -> imports.importFile(CONFERENCE_2020, tenThousand));
        assertThat(done.imported()).isTrue();
        ImportCheck again = measure(report, "import the same file again (all skipped)", tenThousand, "10,000 rows",
                () -> imports.importFile(CONFERENCE_2020, tenThousand));
        assertThat(again.alreadyThere()).hasSize(10_000);
        assertThat(measure(report, "check", twentyThousand, "20,000 rows (the limit)",
                () -> imports.check(CONFERENCE_2020, twentyThousand)).newRows()).isEqualTo(20_000);
        assertThat(measure(report, "refuse", hundredThousand, "100,000 rows",
                () -> imports.check(CONFERENCE_2020, hundredThousand)).problems().getFirst().messageKey())
                .isEqualTo("import.file.tooManyRows");

        Path out = Path.of("target", "benchmarks", "import.md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    private static ImportCheck measure(List<String> report, String step, byte[] file, String rows,
            Supplier<ImportCheck> work) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                0, 5, TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        ImportCheck result = work.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        sampler.shutdownNow();
        report.add("| %s | %s, %.1f MB | %,d ms | %d MB | %d MB |".formatted(step, rows, file.length / 1048576.0,
                millis, before / (1 << 20), peak.get() / (1 << 20)));
        return result;
    }
}
