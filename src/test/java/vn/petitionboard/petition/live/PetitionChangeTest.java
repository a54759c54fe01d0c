package vn.petitionboard.petition.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.petition.HistoryEvent;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;

/** Which changes a board showing one domain hears. */
class PetitionChangeTest {

    private static final DomainId ENVIRONMENT = new DomainId(4);

    private static PetitionChange of(PetitionId petition, DomainId domain) {
        return new PetitionChange(1, new UnitId(1), petition, null, null, domain, HistoryEvent.ASSIGNED,
                PetitionState.RECEIVED, PetitionState.ASSIGNED, null, "Chủ tịch", LocalDateTime.now());
    }

    @Test
    void a_board_of_one_domain_hears_that_domain_and_whole_imports_only() {
        assertThat(of(new PetitionId(7), ENVIRONMENT).mayConcern(ENVIRONMENT)).isTrue();
        assertThat(of(new PetitionId(7), new DomainId(2)).mayConcern(ENVIRONMENT)).isFalse();
        assertThat(of(null, null).mayConcern(ENVIRONMENT)).as("an import").isTrue();
    }
}
