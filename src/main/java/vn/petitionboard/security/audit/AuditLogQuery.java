package vn.petitionboard.security.audit;

import static vn.petitionboard.jooq.Tables.AUDIT_LOG;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import vn.petitionboard.organisation.UnitId;

/**
 * Reads the audit log a page at a time, newest first. An administrator sees their unit's entries and those of no unit
 * (sign-in attempts with a username no account has): the unit condition is one ref_or_null lookup on the
 * (unit_id, occurred_at) or (unit_id, action, occurred_at) index.
 */
@Component
class AuditLogQuery {

    private final DSLContext dsl;

    AuditLogQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<AuditEntry> entries(UnitId unit, AuditFilter filter, int offset, int limit) {
        return dsl.select(AUDIT_LOG.ID, AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.ACTOR_USERNAME, AUDIT_LOG.ACTION,
                        AUDIT_LOG.TARGET_TYPE, AUDIT_LOG.TARGET_LABEL, AUDIT_LOG.BEFORE_STATE, AUDIT_LOG.AFTER_STATE,
                        AUDIT_LOG.CLIENT_ADDRESS)
                .from(AUDIT_LOG)
                .where(conditions(unit, filter))
                .orderBy(AUDIT_LOG.OCCURRED_AT.desc(), AUDIT_LOG.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> new AuditEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9()));
    }

    int count(UnitId unit, AuditFilter filter) {
        return dsl.fetchCount(AUDIT_LOG, conditions(unit, filter));
    }

    private static List<Condition> conditions(UnitId unit, AuditFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(AUDIT_LOG.UNIT_ID.eq(unit).or(AUDIT_LOG.UNIT_ID.isNull()));
        if (filter.action() != null) {
            conditions.add(AUDIT_LOG.ACTION.eq(filter.action()));
        }
        if (filter.from() != null) {
            conditions.add(AUDIT_LOG.OCCURRED_AT.ge(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            conditions.add(AUDIT_LOG.OCCURRED_AT.lt(filter.to().plusDays(1).atStartOfDay()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().strip();
            // contains() escapes % and _ typed by the user; the column's collation ignores case.
            conditions.add(AUDIT_LOG.ACTOR_USERNAME.contains(text).or(AUDIT_LOG.TARGET_LABEL.contains(text)));
        }
        return conditions;
    }
}
