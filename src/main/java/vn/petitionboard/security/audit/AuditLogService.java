package vn.petitionboard.security.audit;

import java.text.Normalizer;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;

/** The administrator's reading of the audit log: their unit's entries and those of no unit, filtered, a page at a time. */
@Service
public class AuditLogService {

    private final AuditLogQuery query;
    private final CurrentUser currentUser;

    AuditLogService(AuditLogQuery query, CurrentUser currentUser) {
        this.query = query;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.ADMINISTER)
    public List<AuditEntry> entries(AuditFilter filter, int offset, int limit) {
        return query.entries(currentUser.require().unitId(), clean(filter), offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.ADMINISTER)
    public int count(AuditFilter filter) {
        return query.count(currentUser.require().unitId(), clean(filter));
    }

    /** The search text in NFC (as usernames are stored), cut to a username's length. */
    private static AuditFilter clean(AuditFilter filter) {
        if (filter == null) {
            return AuditFilter.NONE;
        }
        String text = filter.text() == null ? null : Normalizer.normalize(filter.text(), Normalizer.Form.NFC);
        if (text != null && text.codePointCount(0, text.length()) > AuditFilter.TEXT_MAX) {
            text = text.substring(0, text.offsetByCodePoints(0, AuditFilter.TEXT_MAX));
        }
        return new AuditFilter(filter.action(), filter.from(), filter.to(), text);
    }
}
