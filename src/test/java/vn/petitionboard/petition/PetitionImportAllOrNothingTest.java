package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.petitionboard.jooq.Tables.DELEGATE;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_CODE_COUNTER;
import static vn.petitionboard.jooq.Tables.PETITION_HISTORY;
import static vn.petitionboard.jooq.Tables.PETITION_SEARCH_TERM;
import static vn.petitionboard.support.ImportFiles.goodRow;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.support.ImportFiles;

/**
 * A database failure in the middle of an import (a test trigger refuses the second row's delegate link, after the
 * first row is written) rolls back every row: petitions, delegates, history, search terms and the code counter. Not
 * in a test transaction, so that the service's own transaction is the one that rolls back.
 */
@IntegrationTest
@WithUserDetails("vanthu")
class PetitionImportAllOrNothingTest {

    private static final String FAILING_DELEGATE = "Lỗi Giữa Chừng";

    @Autowired
    PetitionImportService imports;

    @Autowired
    DSLContext dsl;

    @Test
    void a_failure_midway_writes_nothing() {
        var second = goodRow("F", 2);
        second.set(4, FAILING_DELEGATE);
        byte[] file = ImportFiles.withHeaders(List.of(goodRow("F", 1), second, goodRow("F", 3)));
        assertThat(imports.check(PetitionImportServiceTest.CONFERENCE_2020, file).problems()).isEmpty();
        List<Integer> before = counts();
        dsl.execute("CREATE TRIGGER test_import_fails BEFORE INSERT ON petition_requester FOR EACH ROW"
                + " IF (SELECT full_name FROM delegate WHERE id = NEW.delegate_id) = '" + FAILING_DELEGATE + "'"
                + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'test failure midway'; END IF");
        try {
            assertThatThrownBy(() -> imports.importFile(PetitionImportServiceTest.CONFERENCE_2020, file))
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("test failure midway");
        } finally {
            dsl.execute("DROP TRIGGER test_import_fails");
        }
        assertThat(counts()).isEqualTo(before);
    }

    private List<Integer> counts() {
        return List.of(dsl.fetchCount(PETITION), dsl.fetchCount(DELEGATE), dsl.fetchCount(PETITION_HISTORY),
                dsl.fetchCount(PETITION_SEARCH_TERM),
                dsl.select(PETITION_CODE_COUNTER.LAST_SEQ).from(PETITION_CODE_COUNTER)
                        .where(PETITION_CODE_COUNTER.CODE_YEAR.eq(2020)).fetchOne(PETITION_CODE_COUNTER.LAST_SEQ));
    }
}
