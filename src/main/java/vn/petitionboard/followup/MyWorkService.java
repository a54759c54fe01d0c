package vn.petitionboard.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.petition.PetitionConditions;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;

/** An officer's own department's open petitions, overdue first, then by deadline. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Permissions.DEPARTMENT_OFFICER + "')")
public class MyWorkService {

    private final MyWorkQuery query;
    private final CurrentUser currentUser;
    private final Clock clock;

    MyWorkService(MyWorkQuery query, CurrentUser currentUser, Clock clock) {
        this.query = query;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<WorkItem> openPetitions(int offset, int limit) {
        return query.open(scope(), LocalDate.now(clock), offset, limit);
    }

    public int count() {
        return query.count(scope());
    }

    private PetitionConditions scope() {
        return PetitionConditions.of(currentUser.require());
    }
}
