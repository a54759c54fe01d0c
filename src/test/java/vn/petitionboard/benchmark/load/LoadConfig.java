package vn.petitionboard.benchmark.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run's settings, from the environment (see docs/benchmarks/README.md): where the app is and which process it is,
 * how many users, for how long, and optionally the app's database for the check that every confirmed move wrote its
 * history row.
 */
record LoadConfig(URI baseUrl, int users, Duration rampUp, Duration duration, Duration interval,
        Duration requestTimeout, List<String> wards, String password, long appPid, Optional<Database> database) {

    record Database(String url, String user, String password) {
    }

    static LoadConfig fromEnvironment() {
        URI base = URI.create(env("LOAD_BASE_URL").orElse("http://localhost:8091"));
        int users = Integer.parseInt(env("LOAD_USERS").orElse("20"));
        Duration ramp = Duration.ofSeconds(Long.parseLong(env("LOAD_RAMP_UP_SECONDS")
                .orElse(Long.toString(Math.max(10, users * 3L / 10)))));
        Duration duration = Duration.ofSeconds(Long.parseLong(env("LOAD_DURATION_SECONDS").orElse("60")));
        Duration interval = Duration.ofSeconds(Long.parseLong(env("LOAD_INTERVAL_SECONDS").orElse("10")));
        Duration timeout = Duration.ofSeconds(Long.parseLong(env("LOAD_REQUEST_TIMEOUT_SECONDS").orElse("120")));
        long pid = env("LOAD_APP_PID").map(Long::parseLong).orElseGet(() -> listeningPid(base.getPort()));
        Optional<Database> db = env("LOAD_DB_URL").map(url -> new Database(url,
                env("LOAD_DB_USER").orElse("petitionboard_test"),
                env("LOAD_DB_PASSWORD").orElse("petitionboard-test-pw")));
        List<String> wards = List.of(env("LOAD_WARDS").orElse("gt,nl,bd").split(","));
        return new LoadConfig(base, users, ramp, duration, interval, timeout, wards,
                env("LOAD_PASSWORD").orElse("demo@2020"), pid, db);
    }

    long intervalNanos() {
        return interval.toNanos();
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }

    /** The process listening on the port (from ss), so that the CPU and heap sampled are the app's. */
    private static long listeningPid(int port) {
        try {
            Process ss = new ProcessBuilder("ss", "-Hltnp", "sport = :" + port).start();
            String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("pid=(\\d+)").matcher(out);
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
        } catch (IOException e) {
            // fall through
        }
        throw new IllegalStateException("No process listens on port " + port + ": start the app first, or set"
                + " LOAD_APP_PID");
    }
}
