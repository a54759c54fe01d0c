package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.UnitId;

/**
 * A search's page looks among the unit's newest petitions first (PetitionSearchQuery#page): a full page found there
 * must be exactly the page of the whole list. Checked with windows smaller than the demo ward's 17 petitions.
 */
@IntegrationTest
class PetitionSearchWindowTest {

    private static final PetitionConditions CHAIR = PetitionConditions.of(new UnitId(3), Optional.empty());
    private static final PetitionConditions LAND_OFFICER = PetitionConditions.of(new UnitId(3),
            Optional.of(new DepartmentId(2)));

    @Autowired
    PetitionSearchQuery query;

    @Test
    void a_full_page_among_the_newest_petitions_is_the_page_of_the_whole_list() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        int fullPages = 0;
        for (PetitionConditions scope : List.of(CHAIR, LAND_OFFICER)) {
            for (String text : List.of("kn", "dat", "2020", "t", "ngo")) {
                PetitionListFilter filter = PetitionListFilter.all().withText(text);
                for (int window = 1; window <= 17; window++) {
                    for (int offset = 0; offset <= 3; offset++) {
                        for (int limit = 1; limit <= 4; limit++) {
                            List<String> windowed = query.pageQuery(scope, filter, today, offset, limit,
                                    query.recent(scope, window)).fetch(r -> r.value2());
                            if (windowed.size() == limit) {
                                fullPages++;
                                assertThat(windowed).as("%s, window %d, offset %d, limit %d", text, window, offset,
                                        limit).isEqualTo(query.pageQuery(scope, filter, today, offset, limit)
                                        .fetch(r -> r.value2()));
                            }
                        }
                    }
                }
            }
        }
        assertThat(fullPages).as("windows that held a full page").isGreaterThan(100);
    }

    @Test
    void a_count_up_to_a_maximum_is_the_count_or_the_maximum_whichever_is_smaller() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        int capped = 0;
        for (PetitionConditions scope : List.of(CHAIR, LAND_OFFICER)) {
            for (String text : List.of("kn", "dat", "2020", "t", "ngo", "khongcochudo")) {
                PetitionListFilter filter = PetitionListFilter.all().withText(text);
                int count = query.count(scope, filter, today);
                for (int max = 1; max <= 18; max++) {
                    assertThat(query.countUpTo(scope, filter, today, max)).as("%s up to %d", text, max)
                            .isEqualTo(Math.min(count, max));
                    capped += count > max ? 1 : 0;
                }
            }
        }
        assertThat(capped).as("counts that stopped at their maximum").isGreaterThan(20);
    }
}
