package vn.petitionboard.benchmark.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not part of the normal run (tag "benchmark"). Puts LOAD_USERS virtual users on a running app (the production jar,
 * started by hand: see docs/benchmarks/README.md), each speaking Vaadin's UIDL over HTTP like a browser: sign in,
 * open the board, move a card every 10 s through its dialog. Writes target/benchmarks/load-N.md. With LOAD_DB_URL,
 * fails unless every move the client saw applied wrote its history row, and no other.
 */
@Tag("benchmark")
class LoadClientBenchmark {

    @Test
    void virtual_users_move_cards_on_the_board() throws Exception {
        LoadConfig config = LoadConfig.fromEnvironment();
        LoadRun.Result result = new LoadRun(config).run();
        Path report = LoadReport.write(result);
        System.out.println(Files.readString(report));

        assertThat(result.movesApplied()).as("moves applied").isPositive();
        if (config.database().isPresent()) {
            assertThat(result.historyTotal()).as("history rows written during the run, one per applied move")
                    .isEqualTo(result.movesApplied());
        }
    }
}
