package vn.petitionboard.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reference data shared by the features: domains now; units and departments as administration arrives. Any signed-in
 * user may read it, whatever their role, hence Spring's own {@code isAuthenticated()} rather than a role constant from
 * security (which depends on this package, not the other way round).
 */
@Service
public class OrganisationService {

    private static final String SIGNED_IN = "isAuthenticated()";

    private final OrganisationQuery query;
    private final CurrentUnit currentUnit;

    OrganisationService(OrganisationQuery query, CurrentUnit currentUnit) {
        this.query = query;
        this.currentUnit = currentUnit;
    }

    /** The signed-in user's unit's active departments. */
    @Transactional(readOnly = true)
    @PreAuthorize(SIGNED_IN)
    public List<DepartmentOption> activeDepartments() {
        return query.activeDepartments(currentUnit.unitId());
    }

    /** The name of the unit directly above the user's (where escalations go), if any. */
    @Transactional(readOnly = true)
    @PreAuthorize(SIGNED_IN)
    public Optional<String> parentUnitName() {
        return query.parentUnitName(currentUnit.unitId());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(SIGNED_IN)
    public List<DomainOption> activeDomains() {
        return query.activeDomains();
    }
}
