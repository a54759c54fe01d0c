package vn.petitionboard.review;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.petition.PetitionConditions;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;

/** The Fatherland Front's queue: answered petitions of the unit, oldest answer first. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Permissions.FRONT_REVIEWER + "')")
public class ReviewQueueService {

    private final ReviewQueueQuery query;
    private final CurrentUser currentUser;

    ReviewQueueService(ReviewQueueQuery query, CurrentUser currentUser) {
        this.query = query;
        this.currentUser = currentUser;
    }

    public List<ReviewItem> waiting(int offset, int limit) {
        return query.waiting(scope(), offset, limit);
    }

    public int count() {
        return query.count(scope());
    }

    private PetitionConditions scope() {
        return PetitionConditions.of(currentUser.require());
    }
}
