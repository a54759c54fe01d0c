package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.UnitId;

/** Which live changes a page may notice: its unit's; for an officer, those of their department before or after. */
class PetitionChangeNoticeTest {

    private static final UnitId WARD = new UnitId(7);
    private static final UnitId OTHER_WARD = new UnitId(8);
    private static final DepartmentId LAND = new DepartmentId(1);
    private static final DepartmentId URBAN = new DepartmentId(2);

    private final PetitionConditions landOfficer = PetitionConditions.of(WARD, Optional.of(LAND));
    private final PetitionConditions chair = PetitionConditions.of(WARD, Optional.empty());

    @Test
    void an_officer_notices_a_petition_that_comes_to_or_leaves_their_department_and_nothing_else() {
        assertThat(landOfficer.mayNotice(WARD, LAND, null)).as("assigned to land").isTrue();
        assertThat(landOfficer.mayNotice(WARD, URBAN, LAND)).as("moved away from land").isTrue();
        assertThat(landOfficer.mayNotice(WARD, URBAN, URBAN)).as("urban's own").isFalse();
        assertThat(landOfficer.mayNotice(WARD, null, null)).as("not assigned yet").isFalse();
        assertThat(landOfficer.mayNotice(OTHER_WARD, LAND, LAND)).as("another ward's").isFalse();
    }

    @Test
    void a_whole_unit_reader_notices_every_change_of_their_unit_only() {
        assertThat(chair.mayNotice(WARD, URBAN, URBAN)).isTrue();
        assertThat(chair.mayNotice(WARD, null, null)).isTrue();
        assertThat(chair.mayNotice(OTHER_WARD, null, null)).isFalse();
    }
}
