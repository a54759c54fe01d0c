package vn.petitionboard.petition;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives search terms to petitions that have none: the demo data, imports and any rows written before
 * petition_search_term existed. This is done here rather than in a Liquibase change set because the folding must be
 * the same as {@link vn.petitionboard.base.text.SearchText} byte for byte, and SQL cannot split text into words and
 * strip Vietnamese marks alike on MariaDB and MySQL (see docs/decisions/0004).
 * <p>
 * Start-up gives it at most {@link #DURING_STARTUP}; whatever is left goes on in a background thread, so a table of a
 * million un-indexed petitions never holds the login page back. Each statement looks at one window of ids, so its
 * cost is bounded however few rows are missing, and each batch is its own transaction (INSERT IGNORE: two instances
 * back-filling at once do no harm).
 */
@Component
class PetitionSearchBackfill implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(PetitionSearchBackfill.class);
    static final int BATCH = 500;
    static final long WINDOW = 20_000;
    static final Duration DURING_STARTUP = Duration.ofSeconds(2);
    static final Duration UNBOUNDED = Duration.ofNanos(Long.MAX_VALUE);

    private final PetitionSearchTermStore index;
    private final TransactionTemplate transactions;

    PetitionSearchBackfill(PetitionSearchTermStore index, TransactionTemplate transactions) {
        this.index = index;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        long last = index.maxPetitionId();
        long reached = backfill(0, last, DURING_STARTUP);
        if (reached < last) {
            LOG.info("Search terms: continuing in the background from petition id {} to {}", reached, last);
            Thread.ofVirtual().name("search-term-backfill").start(() -> {
                try {
                    backfill(reached, last, UNBOUNDED);
                } catch (RuntimeException e) {
                    LOG.error("Search term back-fill stopped; it resumes at the next start", e);
                }
            });
        }
    }

    /** Back-fills ids in (after, last] until done or out of time; returns the id reached. */
    long backfill(long after, long last, Duration budget) {
        long start = System.nanoTime();
        long budgetNanos = budget.toNanos();
        int written = 0;
        long reached = after;
        while (reached < last && System.nanoTime() - start < budgetNanos) {
            long from = reached;
            long upTo = Math.min(from + WINDOW, last);
            List<PetitionId> batch = transactions.execute(status -> {
                List<PetitionId> missing = index.missing(from, upTo, BATCH);
                index.insertTerms(missing);
                return missing;
            });
            written += batch.size();
            reached = batch.size() == BATCH ? batch.getLast().value() : upTo;
        }
        if (written > 0) {
            LOG.info("Search terms written for {} petitions that had none (up to id {})", written, reached);
        }
        return reached;
    }
}
