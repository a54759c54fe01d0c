package vn.petitionboard.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.petition.live.PetitionChanges;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestPetitions.Captured;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/**
 * The reads of boards the live feed told of changes, through the service on the real database: shared by boards of
 * the same scope, never by another scope, and never older than the feed's read that told them.
 */
@IntegrationTest
class BoardLiveReadsTest {

    @Autowired
    TestWards wards;
    @Autowired
    TestPetitions petitions;
    @Autowired
    SignIn signIn;
    @Autowired
    BoardService board;
    @Autowired
    PetitionChanges feed;

    Ward ward;

    @BeforeEach
    void ward() throws Exception {
        ward = wards.create();
        petitions.received(ward, "Đèn đường ngõ 4 hỏng");
        feed.poll();
    }

    @Test
    void the_chair_and_the_front_told_of_the_same_changes_get_one_read() throws Exception {
        // The feed also reads by itself twice a second: the two boards must ask between two of its reads.
        for (int attempt = 0; attempt < 20; attempt++) {
            long before = feed.generation();
            ColumnPage chairs = live(ward.chair(), PetitionState.RECEIVED);
            ColumnPage fronts = live(ward.front(), PetitionState.RECEIVED);
            if (feed.generation() == before) {
                assertThat(fronts).isSameAs(chairs);
                assertThat(codes(chairs)).hasSize(1);
                return;
            }
        }
        throw new AssertionError("the feed read between the two boards' reads 20 times in a row");
    }

    @Test
    void a_board_told_of_a_new_petition_sees_it_though_another_board_read_before() throws Exception {
        live(ward.chair(), PetitionState.RECEIVED);

        Captured added = petitions.received(ward, "Rác tồn đọng ở chợ tạm");
        feed.poll();

        assertThat(codes(live(ward.front(), PetitionState.RECEIVED))).contains(added.code());
        assertThat(signIn.as(ward.front(), () -> board.liveCounts(BoardFilter.allDomains())))
                .containsEntry(PetitionState.RECEIVED, 2);
    }

    @Test
    void the_boards_by_domain_share_their_lanes_and_see_a_change_the_feed_told_of() throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            long before = feed.generation();
            List<DomainLane> chairs = signIn.as(ward.chair(), () -> board.liveLanes());
            List<DomainLane> fronts = signIn.as(ward.front(), () -> board.liveLanes());
            if (feed.generation() == before) {
                assertThat(fronts).isSameAs(chairs);
                break;
            }
        }

        petitions.received(ward, "Cống thoát nước tắc ngõ 6");
        feed.poll();

        assertThat(signIn.as(ward.front(), () -> board.liveLanes()).stream()
                .mapToInt(lane -> lane.count(PetitionState.RECEIVED)).sum()).isEqualTo(2);
        assertThat(signIn.as(ward.landOfficer(), () -> board.liveLanes()).stream()
                .mapToInt(lane -> lane.count(PetitionState.RECEIVED)).sum()).isZero();
    }

    @Test
    void an_officer_never_gets_the_unit_wide_answer() throws Exception {
        assertThat(codes(live(ward.chair(), PetitionState.RECEIVED))).isNotEmpty();

        assertThat(codes(live(ward.landOfficer(), PetitionState.RECEIVED))).isEmpty();
        assertThat(signIn.as(ward.landOfficer(), () -> board.liveCounts(BoardFilter.allDomains())))
                .containsEntry(PetitionState.RECEIVED, 0);
    }

    @Test
    void no_one_signed_in_gets_nothing() {
        assertThatThrownBy(() -> board.liveColumn(PetitionState.RECEIVED, BoardFilter.allDomains(), 30))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> board.liveCounts(BoardFilter.allDomains()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> board.liveLanes()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private ColumnPage live(String user, PetitionState state) throws Exception {
        return signIn.as(user, () -> board.liveColumn(state, BoardFilter.allDomains(), BoardService.PAGE_SIZE));
    }

    private static List<String> codes(ColumnPage page) {
        return page.cards().stream().map(PetitionCard::code).toList();
    }
}
