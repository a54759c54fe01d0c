package vn.petitionboard.benchmark.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The failover test's record of what the virtual users saw, for deploy/failover-test to check against the database
 * nodes: steps.tsv has every step (epoch ms at its end, user, app node of the session — for a failed step the node
 * of the user's last step that worked —, kind, ms, "ok" or the failure)
 * and moves.tsv every move the app acknowledged (epoch ms, user, app node, petition id, code, from, to, transition).
 * Lines are flushed as they are written, so a run cut short still leaves what it saw.
 */
final class FailoverJournal implements AutoCloseable {

    private final BufferedWriter steps;
    private final BufferedWriter moves;

    FailoverJournal(Path folder) {
        try {
            steps = Files.newBufferedWriter(folder.resolve("steps.tsv"), StandardCharsets.UTF_8);
            moves = Files.newBufferedWriter(folder.resolve("moves.tsv"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One user's journal: its lines carry the user and the node its connection's session is on at that moment. */
    LoadStats.Journal of(LoadPlan.User user, FlowConnection connection) {
        String who = user.index() + ":" + user.username();
        return new LoadStats.Journal() {
            /** The node of the last step that worked: a failed step is the node's the user was on when it began. */
            private String node = "-";

            @Override
            public void step(LoadStats.Kind kind, long nanos, String failure) {
                if (failure == null) {
                    node = connection.node();
                }
                write(steps, who, node, kind.name(), Long.toString(nanos / 1_000_000),
                        failure == null ? "ok" : failure.replace('\t', ' ').replace('\n', ' '));
            }

            @Override
            public void applied(VirtualUser.Pick pick) {
                write(moves, who, connection.node(), Long.toString(pick.card().id()), pick.card().code(),
                        pick.move().from(), pick.move().to(), pick.move().transition());
            }
        };
    }

    private static void write(BufferedWriter out, String... fields) {
        String line = System.currentTimeMillis() + "\t" + String.join("\t", fields) + "\n";
        synchronized (out) {
            try {
                out.write(line);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        steps.close();
        moves.close();
    }
}
