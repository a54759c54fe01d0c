package vn.petitionboard.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.petition.PetitionConditions;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;

/** The leaders' dashboard: every figure scoped to what the signed-in user may see, counted by the database. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Permissions.VIEW_DASHBOARD)
public class DashboardService {

    private final DashboardQuery query;
    private final CurrentUser currentUser;
    private final Clock clock;

    DashboardService(DashboardQuery query, CurrentUser currentUser, Clock clock) {
        this.query = query;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The years in which the unit received petitions, newest first. */
    public List<Integer> years() {
        return query.years(scope());
    }

    /** The unit's conferences, newest first. */
    public List<ConferenceChoice> conferences() {
        return query.conferences(scope());
    }

    public Dashboard load(DashboardFilter filter) {
        LocalDate today = LocalDate.now(clock);
        PetitionConditions scope = scope();
        return new Dashboard(filter, today, query.figures(scope, filter, today), query.byDomain(scope, filter),
                query.byDepartment(scope, filter, today), query.escalated(scope, filter, today),
                query.byMonth(scope, filter), query.openByYear(scope, filter, today));
    }

    static OptionalDouble median(List<Integer> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
    }

    private PetitionConditions scope() {
        return PetitionConditions.of(currentUser.require());
    }
}
