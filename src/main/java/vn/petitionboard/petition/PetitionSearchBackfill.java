package vn.petitionboard.petition;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives search terms to petitions that have none, at start-up: the demo data and any rows written before
 * petition_search_term existed. This is done here rather than in a Liquibase change set because the folding must be
 * the same as {@link vn.petitionboard.base.text.SearchText} byte for byte, and SQL cannot split text into words and
 * strip Vietnamese marks alike on MariaDB and MySQL (see docs/decisions/0004). Only missing rows are touched, so a
 * normal start costs one indexed query.
 */
@Component
class PetitionSearchBackfill implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(PetitionSearchBackfill.class);
    private static final int BATCH = 500;

    private final PetitionSearchTermStore index;
    private final TransactionTemplate transactions;

    PetitionSearchBackfill(PetitionSearchTermStore index, TransactionTemplate transactions) {
        this.index = index;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        int total = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<PetitionId> missing = transactions.execute(status -> {
                List<PetitionId> batch = index.missing(from, BATCH);
                index.insertTerms(batch);
                return batch;
            });
            total += missing.size();
            if (missing.size() < BATCH) {
                break;
            }
            after = missing.getLast().value();
        }
        if (total > 0) {
            LOG.info("Search terms written for {} petitions that had none", total);
        }
    }
}
