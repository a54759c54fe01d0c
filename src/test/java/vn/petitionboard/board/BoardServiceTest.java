package vn.petitionboard.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.petition.PetitionState;

/** The board's read model against the real database and the demo data of 0100-demo-data.sql. */
@IntegrationTest
class BoardServiceTest {

    private static final DomainId ENVIRONMENT = new DomainId(4);

    @Autowired
    BoardService board;

    @Autowired
    DSLContext dsl;

    @Test
    @WithUserDetails("chutich")
    void chair_sees_every_unresolved_petition_of_the_unit_in_its_state_column() {
        assertThat(codes(PetitionState.RECEIVED, BoardFilter.allDomains())).containsExactly("KN-2020-007", "KN-2020-010");
        assertThat(codes(PetitionState.ASSIGNED, BoardFilter.allDomains())).containsExactly("KN-2020-002", "KN-2020-005");
        assertThat(codes(PetitionState.IN_PROGRESS, BoardFilter.allDomains()))
                .containsExactly("KN-2019-005", "KN-2020-004", "KN-2020-003");
        assertThat(codes(PetitionState.ESCALATED, BoardFilter.allDomains()))
                .containsExactly("KN-2019-004", "KN-2020-008", "KN-2020-009");
        assertThat(codes(PetitionState.ANSWERED, BoardFilter.allDomains()))
                .containsExactly("KN-2019-006", "KN-2020-001", "KN-2020-006");
        assertThat(board.counts(BoardFilter.allDomains())).containsExactlyInAnyOrderEntriesOf(Map.of(
                PetitionState.RECEIVED, 2, PetitionState.ASSIGNED, 2, PetitionState.IN_PROGRESS, 3,
                PetitionState.ESCALATED, 3, PetitionState.ANSWERED, 3));
    }

    @Test
    @WithUserDetails("chutich")
    void a_domain_filter_keeps_only_that_domains_cards_and_counts() {
        BoardFilter environment = BoardFilter.domain(ENVIRONMENT);
        assertThat(codes(PetitionState.RECEIVED, environment)).containsExactly("KN-2020-007");
        assertThat(codes(PetitionState.ANSWERED, environment)).containsExactly("KN-2020-006");
        assertThat(codes(PetitionState.IN_PROGRESS, environment)).isEmpty();
        assertThat(board.counts(environment)).containsEntry(PetitionState.RECEIVED, 1)
                .containsEntry(PetitionState.ANSWERED, 1).containsEntry(PetitionState.ESCALATED, 0);
    }

    @Test
    @WithUserDetails("diachinh")
    void officer_sees_only_own_departments_petitions() {
        assertThat(codes(PetitionState.RECEIVED, BoardFilter.allDomains())).isEmpty();
        assertThat(codes(PetitionState.ASSIGNED, BoardFilter.allDomains())).containsExactly("KN-2020-002");
        assertThat(codes(PetitionState.IN_PROGRESS, BoardFilter.allDomains()))
                .containsExactly("KN-2019-005", "KN-2020-003");
        assertThat(codes(PetitionState.ANSWERED, BoardFilter.allDomains())).isEmpty();
        assertThat(board.counts(BoardFilter.allDomains()).values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(3);
    }

    @Test
    @WithUserDetails("hatang")
    void another_officer_sees_only_the_other_departments_petitions() {
        assertThat(codes(PetitionState.ASSIGNED, BoardFilter.allDomains())).containsExactly("KN-2020-005");
        assertThat(codes(PetitionState.IN_PROGRESS, BoardFilter.allDomains())).containsExactly("KN-2020-004");
        assertThat(codes(PetitionState.ANSWERED, BoardFilter.allDomains())).containsExactly("KN-2020-006");
    }

    @Test
    @WithUserDetails("mattran")
    void front_reviewer_sees_the_whole_unit() {
        assertThat(board.counts(BoardFilter.allDomains()).values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(13);
    }

    @Test
    @WithUserDetails("chutich")
    void pages_follow_each_other_without_gaps_or_repeats() {
        ColumnPage first = board.column(PetitionState.IN_PROGRESS, BoardFilter.allDomains(), Optional.empty(), 2);
        assertThat(first.cards()).extracting(PetitionCard::code).containsExactly("KN-2019-005", "KN-2020-004");
        assertThat(first.next()).isPresent();
        ColumnPage second = board.column(PetitionState.IN_PROGRESS, BoardFilter.allDomains(), first.next(), 2);
        assertThat(second.cards()).extracting(PetitionCard::code).containsExactly("KN-2020-003");
        assertThat(second.next()).isEmpty();
    }

    @Test
    @Transactional // the extra petitions are rolled back after the test
    @WithUserDetails("chutich")
    void a_column_shows_at_most_30_cards_a_page_and_load_more_reaches_the_rest_even_with_equal_timestamps() {
        LocalDateTime sameInstant = LocalDateTime.of(2021, 3, 1, 8, 0);
        for (int seq = 1; seq <= 35; seq++) {
            dsl.insertInto(PETITION)
                    .set(PETITION.UNIT_ID, new UnitId(3)).set(PETITION.CONFERENCE_ID, new ConferenceId(2))
                    .set(PETITION.CODE, "KN-2021-%03d".formatted(seq)).set(PETITION.CODE_YEAR, 2021)
                    .set(PETITION.CODE_SEQ, seq).set(PETITION.TITLE, "Kiến nghị thử " + seq)
                    .set(PETITION.CONTENT, "Nội dung").set(PETITION.DOMAIN_ID, ENVIRONMENT)
                    .set(PETITION.STATE, PetitionState.RECEIVED).set(PETITION.STATE_CHANGED_AT, sameInstant)
                    .execute();
        }
        ColumnPage first = board.column(PetitionState.RECEIVED, BoardFilter.allDomains(), Optional.empty());
        assertThat(first.cards()).hasSize(BoardService.PAGE_SIZE);
        ColumnPage second = board.column(PetitionState.RECEIVED, BoardFilter.allDomains(), first.next());
        assertThat(second.next()).isEmpty();

        List<String> all = new ArrayList<>();
        first.cards().forEach(c -> all.add(c.code()));
        second.cards().forEach(c -> all.add(c.code()));
        assertThat(all).hasSize(37).doesNotHaveDuplicates()
                .contains("KN-2020-007", "KN-2020-010", "KN-2021-001", "KN-2021-035");
        assertThat(board.counts(BoardFilter.allDomains())).containsEntry(PetitionState.RECEIVED, 37);
    }

    @Test
    @WithUserDetails("quantri")
    void the_administrator_has_no_access_to_petitions_which_proves_method_security_is_on() {
        assertThatThrownBy(() -> board.counts(BoardFilter.allDomains())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        assertThatThrownBy(() -> board.counts(BoardFilter.allDomains()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithUserDetails("chutich")
    void there_is_no_resolved_column() {
        assertThatThrownBy(() -> board.column(PetitionState.RESOLVED, BoardFilter.allDomains(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> codes(PetitionState state, BoardFilter filter) {
        return board.column(state, filter, Optional.empty()).cards().stream().map(PetitionCard::code).toList();
    }
}
