package vn.petitionboard.benchmark.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Samples, every second while the load runs: the CPU of the app's process, of MariaDB and of this client (from
 * /proc/PID/stat, as % of all the machine's cores), the whole machine's CPU (/proc/stat), the load average, and the
 * app's used heap (from one {@code jstat -gc PID 1000} process, which reads the JVM's perf data and costs the app
 * nothing). {@code jcmd PID GC.heap_info} and {@code GC.run} are only called outside the measured window.
 */
final class AppSampler implements AutoCloseable {

    /** One second. CPU figures in % of all cores; heap in KB (-1 when unknown). */
    record Sample(double appCpu, double dbCpu, double clientCpu, double machineCpu, double load1, long heapUsedKb) {
    }

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final long appPid;
    private final long dbPid;
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final double ticksPerSecond = clockTicks();
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private Process jstat;
    private volatile long heapUsedKb = -1;
    private volatile boolean running = true;

    AppSampler(long appPid) {
        this.appPid = appPid;
        this.dbPid = ProcessHandle.allProcesses().filter(p -> p.info().command().orElse("").endsWith("/mariadbd"))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
        startJstat();
        thread = Thread.ofPlatform().daemon().name("app-sampler").start(this::loop);
    }

    private void loop() {
        long[] last = {ticks(appPid), ticks(dbPid), ticks(ProcessHandle.current().pid())};
        long[] lastMachine = machine();
        long lastNanos = System.nanoTime();
        while (running) {
            try {
                TimeUnit.SECONDS.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            double seconds = (now - lastNanos) / 1e9;
            long[] current = {ticks(appPid), ticks(dbPid), ticks(ProcessHandle.current().pid())};
            long[] machine = machine();
            double[] cpu = new double[3];
            for (int i = 0; i < 3; i++) {
                cpu[i] = current[i] < 0 ? -1 : 100.0 * (current[i] - last[i]) / ticksPerSecond / seconds / cores;
            }
            double busy = machine[0] - lastMachine[0];
            double total = busy + machine[1] - lastMachine[1];
            synchronized (samples) {
                samples.add(new Sample(cpu[0], cpu[1], cpu[2], total == 0 ? 0 : 100 * busy / total, load1(),
                        heapUsedKb));
            }
            last = current;
            lastMachine = machine;
            lastNanos = now;
        }
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    /** utime + stime of a process, in clock ticks; -1 if it cannot be read. */
    private static long ticks(long pid) {
        if (pid <= 0) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name (field 2) may hold spaces; fields after it start at the last ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The machine's busy and idle ticks (all cores) from the first line of /proc/stat. */
    private static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long[] v = Arrays.stream(f).skip(1).mapToLong(Long::parseLong).toArray();
            long idle = v[3] + v[4];
            long busy = Arrays.stream(v).limit(8).sum() - idle;
            return new long[] {busy, idle};
        } catch (IOException e) {
            return new long[] {0, 0};
        }
    }

    static double load1() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException e) {
            return -1;
        }
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private void startJstat() {
        try {
            jstat = new ProcessBuilder(javaTool("jstat"), "-gc", Long.toString(appPid), "1000")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            return;
        }
        Thread.ofPlatform().daemon().name("jstat-reader").start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(jstat.getInputStream(),
                    StandardCharsets.UTF_8))) {
                List<String> header = null;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    List<String> cells = List.of(line.trim().split("\\s+"));
                    if (cells.contains("EU")) {
                        header = cells;
                    } else if (header != null && cells.size() == header.size()) {
                        double used = 0;
                        for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                            used += Double.parseDouble(cells.get(header.indexOf(column)));
                        }
                        heapUsedKb = (long) used;
                    }
                }
            } catch (IOException | RuntimeException e) {
                heapUsedKb = -1;
            }
        });
    }

    /** jcmd's GC.heap_info for the app (text), optionally after a full GC. */
    String heapInfo(boolean gcFirst) {
        if (gcFirst) {
            jcmd("GC.run");
        }
        return jcmd("GC.heap_info");
    }

    /** The "used" figure of a GC.heap_info text, in KB, or -1. */
    static long usedKb(String heapInfo) {
        Matcher m = HEAP_USED.matcher(heapInfo);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private String jcmd(String command) {
        try {
            Process p = new ProcessBuilder(javaTool("jcmd"), Long.toString(appPid), command).redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static String javaTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static double clockTicks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
            return Double.parseDouble(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
        } catch (IOException | RuntimeException e) {
            return 100;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        if (jstat != null) {
            jstat.destroy();
        }
    }
}
