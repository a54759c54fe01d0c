package vn.petitionboard.security.admin;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;

/** Administration of the unit's users. Read-only for now; editing comes with the administration issue. */
@Service
public class UserAdminService {

    private final UserAdminQuery query;
    private final CurrentUser currentUser;

    UserAdminService(UserAdminQuery query, CurrentUser currentUser) {
        this.query = query;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.ADMINISTER)
    public List<UserSummary> users(int offset, int limit) {
        return query.users(currentUser.require().unitId(), offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.ADMINISTER)
    public int countUsers() {
        return query.countUsers(currentUser.require().unitId());
    }
}
