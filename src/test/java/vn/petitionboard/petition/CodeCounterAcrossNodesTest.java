package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.CONFERENCE;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_CODE_COUNTER;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.base.db.TestDatabase;
import vn.petitionboard.base.db.WriteConflict;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.security.SignedInUser;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/**
 * Two app "nodes", each with a connection pool and a jOOQ of its own and nothing else shared but the database, number
 * captures of the same unit at once through the real {@link IntakeStore}, some of them rolled back: the codes that
 * remain are 1..n with no gap and no duplicate. On this single InnoDB server the counter row's lock already makes
 * them wait for each other; on a Galera cluster the same code meets certification failures instead, which a
 * writer here runs again as a whole the way the service's retry does (docs/decisions/0032-galera-safe-code.md).
 */
@IntegrationTest
class CodeCounterAcrossNodesTest {

    private static final DomainId ENVIRONMENT = new DomainId(4);
    private static final int NODES = 2;
    private static final int WRITERS_PER_NODE = 4;
    private static final int CAPTURES_PER_WRITER = 25;
    /** Every 7th capture fails after it took its number: its number must go back, not leave a gap. */
    private static final int ROLLED_BACK_EVERY = 7;

    @Autowired
    TestWards wards;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext dsl;

    @Test
    void two_nodes_capturing_for_one_unit_at_once_leave_codes_without_gaps_or_duplicates() throws Exception {
        Ward ward = wards.create();
        SignedInUser clerk = (SignedInUser) users.loadUserByUsername(ward.clerk());
        int year = dsl.select(CONFERENCE.HELD_ON).from(CONFERENCE).where(CONFERENCE.ID.eq(ward.conference()))
                .fetchSingle(CONFERENCE.HELD_ON).getYear();
        Queue<Integer> committed = new ConcurrentLinkedQueue<>();
        AtomicInteger rolledBack = new AtomicInteger();
        AtomicInteger retried = new AtomicInteger();

        List<HikariDataSource> pools = new ArrayList<>();
        ExecutorService writers = Executors.newFixedThreadPool(NODES * WRITERS_PER_NODE);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> running = new ArrayList<>();
            for (int node = 0; node < NODES; node++) {
                HikariDataSource pool = pool("node-" + (node + 1));
                pools.add(pool);
                DSLContext nodeDsl = DSL.using(pool, SQLDialect.MYSQL);
                for (int w = 0; w < WRITERS_PER_NODE; w++) {
                    running.add(writers.submit(() -> {
                        start.await();
                        for (int i = 1; i <= CAPTURES_PER_WRITER; i++) {
                            capture(nodeDsl, ward, clerk, year, i % ROLLED_BACK_EVERY == 0, committed, rolledBack,
                                    retried);
                        }
                        return null;
                    }));
                }
            }
            start.countDown();
            for (Future<?> writer : running) {
                writer.get();
            }
        } finally {
            writers.shutdownNow();
            pools.forEach(HikariDataSource::close);
        }

        int total = NODES * WRITERS_PER_NODE * CAPTURES_PER_WRITER;
        System.out.printf("Code counter: %d captures on %d nodes, %d committed, %d rolled back, %d retried%n", total,
                NODES, committed.size(), rolledBack.get(), retried.get());
        assertThat(rolledBack.get()).isPositive();
        assertThat(committed.stream().sorted().toList()).as("numbers handed to committed captures")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, committed.size()).boxed().toList());
        List<String> codes = dsl.select(PETITION.CODE).from(PETITION).where(PETITION.UNIT_ID.eq(ward.unit()))
                .orderBy(PETITION.CODE_SEQ).fetch(PETITION.CODE);
        assertThat(codes).as("codes in the database").containsExactlyElementsOf(IntStream
                .rangeClosed(1, committed.size()).mapToObj(seq -> IntakeStore.code(year, seq)).toList());
        assertThat(dsl.select(PETITION_CODE_COUNTER.LAST_SEQ).from(PETITION_CODE_COUNTER)
                .where(PETITION_CODE_COUNTER.UNIT_ID.eq(ward.unit()).and(PETITION_CODE_COUNTER.CODE_YEAR.eq(year)))
                .fetchSingle(PETITION_CODE_COUNTER.LAST_SEQ)).isEqualTo(committed.size());
    }

    /** One capture's transaction: the number, the petition; run again as a whole after a write conflict. */
    private static void capture(DSLContext node, Ward ward, SignedInUser clerk, int year, boolean fails,
            Queue<Integer> committed, AtomicInteger rolledBack, AtomicInteger retried) {
        for (int attempt = 1;; attempt++) {
            try {
                int seq = node.transactionResult(transaction -> {
                    IntakeStore intake = new IntakeStore(transaction.dsl());
                    int taken = intake.nextSequence(ward.unit(), year);
                    if (fails) {
                        throw new IllegalStateException("a later step of the capture fails");
                    }
                    intake.insert(new IntakeStore.NewPetition(ward.conference(), IntakeStore.code(year, taken), year,
                            taken, "Kiến nghị " + taken, "Nội dung " + taken, ENVIRONMENT, PetitionState.RECEIVED,
                            true), clerk, LocalDateTime.now());
                    return taken;
                });
                committed.add(seq);
                return;
            } catch (IllegalStateException expected) {
                rolledBack.incrementAndGet();
                return;
            } catch (RuntimeException e) {
                if (!WriteConflict.isRetryable(e) || attempt == 5) {
                    throw e;
                }
                retried.incrementAndGet();
            }
        }
    }

    private static HikariDataSource pool(String name) {
        TestDatabase db = TestDatabase.current();
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName(name);
        pool.setJdbcUrl(db.jdbcUrl());
        pool.setUsername(db.username());
        pool.setPassword(db.password());
        pool.setMaximumPoolSize(WRITERS_PER_NODE);
        return pool;
    }
}
