package vn.petitionboard.admin;

import static vn.petitionboard.jooq.Tables.DOMAIN;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import vn.petitionboard.organisation.DomainId;

/** Reads and writes the domains for {@link DomainAdminService}. Domains are shared by every unit of the installation. */
@Component
class DomainAdminStore {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final DSLContext dsl;

    DomainAdminStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Those in use first, then in their menu order. */
    List<Domain> domains(int offset, int limit) {
        return dsl.select(DOMAIN.fields()).from(DOMAIN)
                .orderBy(DOMAIN.ACTIVE.desc(), DOMAIN.SORT_ORDER, DOMAIN.NAME, DOMAIN.ID)
                .offset(offset).limit(limit)
                .fetch(DomainAdminStore::domain);
    }

    int count() {
        return dsl.fetchCount(DOMAIN);
    }

    Optional<Domain> find(DomainId id) {
        return dsl.select(DOMAIN.fields()).from(DOMAIN).where(DOMAIN.ID.eq(id)).fetchOptional(DomainAdminStore::domain);
    }

    /** The domain locked until the transaction ends, so that two administrators' changes are checked in turn. */
    Optional<Domain> lock(DomainId id) {
        return dsl.select(DOMAIN.fields()).from(DOMAIN).where(DOMAIN.ID.eq(id)).forUpdate()
                .fetchOptional(DomainAdminStore::domain);
    }

    /** Another domain with this name, ignoring case but not diacritics (as {@code DepartmentAdminStore.nameTaken}). */
    boolean nameTaken(String name, Optional<DomainId> except) {
        Condition sameName = DSL.lower(DOMAIN.NAME).collate("utf8mb4_bin")
                .eq(DSL.val(name.toLowerCase(VIETNAMESE)).collate("utf8mb4_bin"));
        return dsl.fetchExists(DOMAIN, except.map(id -> sameName.and(DOMAIN.ID.ne(id))).orElse(sameName));
    }

    /** A new domain in use at the end of the menu, with a code of its own ("LV-12"). */
    DomainId insert(String name) {
        int next = dsl.fetchCount(DOMAIN) + 1;
        while (dsl.fetchExists(DOMAIN, DOMAIN.CODE.eq("LV-" + next))) {
            next++;
        }
        Integer lastOrder = dsl.select(DSL.max(DOMAIN.SORT_ORDER)).from(DOMAIN).fetchOne(0, Integer.class);
        return dsl.insertInto(DOMAIN)
                .set(DOMAIN.CODE, "LV-" + next)
                .set(DOMAIN.NAME, name)
                .set(DOMAIN.SORT_ORDER, lastOrder == null ? 1 : lastOrder + 1)
                .returningResult(DOMAIN.ID)
                .fetchOne(DOMAIN.ID);
    }

    void rename(DomainId id, String name) {
        dsl.update(DOMAIN).set(DOMAIN.NAME, name).set(DOMAIN.VERSION, DOMAIN.VERSION.plus(1))
                .where(DOMAIN.ID.eq(id)).execute();
    }

    void setActive(DomainId id, boolean active) {
        dsl.update(DOMAIN).set(DOMAIN.ACTIVE, active).set(DOMAIN.VERSION, DOMAIN.VERSION.plus(1))
                .where(DOMAIN.ID.eq(id)).execute();
    }

    private static Domain domain(Record row) {
        return new Domain(row.get(DOMAIN.ID), row.get(DOMAIN.CODE), row.get(DOMAIN.NAME), row.get(DOMAIN.ACTIVE),
                row.get(DOMAIN.VERSION));
    }
}
