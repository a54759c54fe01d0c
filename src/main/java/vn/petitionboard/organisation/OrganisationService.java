package vn.petitionboard.organisation;

import static vn.petitionboard.jooq.Tables.DOMAIN;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.security.Permissions;

/** Reference data shared by the features: domains now; units and departments as administration arrives. */
@Service
public class OrganisationService {

    private final DSLContext dsl;

    OrganisationService(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SIGNED_IN)
    public List<DomainOption> activeDomains() {
        return dsl.select(DOMAIN.ID, DOMAIN.CODE, DOMAIN.NAME)
                .from(DOMAIN)
                .where(DOMAIN.ACTIVE.isTrue())
                .orderBy(DOMAIN.SORT_ORDER, DOMAIN.NAME)
                .fetch(r -> new DomainOption(r.value1(), r.value2(), r.value3()));
    }
}
