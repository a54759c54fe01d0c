package vn.petitionboard.district;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.dashboard.Dashboard.Figures;
import vn.petitionboard.district.DistrictOverview.DomainRow;
import vn.petitionboard.district.DistrictOverview.WardOption;
import vn.petitionboard.district.DistrictOverview.WardRow;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.SignedInUser;

/**
 * A district's read-only oversight of its own wards (docs/decisions/0029-district-overview.md): the overview's figures
 * per ward and per domain, and the list of petitions behind each figure. Only a district's leaders and Front
 * ({@link Permissions#OVERSEE_WARDS}); only the wards whose parent is the user's own unit, in every query. Nothing
 * here acts on a petition: commands stay scoped to the user's own unit.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Permissions.OVERSEE_WARDS)
public class DistrictService {

    private static final Figures NOTHING = new Figures(0, 0, 0, 0, 0, 0, java.util.OptionalDouble.empty());

    private final DistrictQuery query;
    private final OversightQuery oversight;
    private final CurrentUser currentUser;
    private final Clock clock;

    DistrictService(DistrictQuery query, OversightQuery oversight, CurrentUser currentUser, Clock clock) {
        this.query = query;
        this.oversight = oversight;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The district's wards, by name. */
    public List<WardOption> wards() {
        return query.wards(district());
    }

    /** The years from the wards' first petition to this year, newest first. */
    public List<Integer> years() {
        int thisYear = LocalDate.now(clock).getYear();
        int first = query.firstReceived(wardIds(wards())).map(t -> t.getYear()).orElse(thisYear);
        List<Integer> years = new ArrayList<>();
        for (int year = thisYear; year >= Math.min(first, thisYear); year--) {
            years.add(year);
        }
        return years;
    }

    /** Every ward's figures side by side, the district's, and each domain's across the wards. */
    public DistrictOverview overview(Optional<Integer> year) {
        UnitId district = district();
        String name = query.districtName(district).orElseThrow(() -> notADistrict());
        LocalDate today = LocalDate.now(clock);
        List<WardOption> wards = query.wards(district);
        List<UnitId> ids = wardIds(wards);
        Map<UnitId, DayCounts> days = query.daysByWard(ids, year);
        Map<UnitId, Figures> byWard = query.byWard(ids, year, today, days);
        List<WardRow> rows = wards.stream().map(w -> new WardRow(w, byWard.getOrDefault(w.id(), NOTHING))).toList();
        List<DomainRow> domains = query.byDomain(ids, year, today);
        return new DistrictOverview(name, year, today, rows, DistrictQuery.district(byWard, days), domains);
    }

    /** How many petitions the figure behind the filter counted. */
    public int count(OversightFilter filter) {
        return oversight.count(scope(filter), filter, LocalDate.now(clock));
    }

    /** A page of them, newest first. */
    public List<OversightRow> petitions(OversightFilter filter, int offset, int limit) {
        return oversight.page(scope(filter), filter, LocalDate.now(clock), offset, limit);
    }

    /** The wards the list may read: the district's own, or the one asked for if it is one of them. */
    private List<UnitId> scope(OversightFilter filter) {
        List<UnitId> wards = wardIds(query.wards(district()));
        if (filter.ward().isPresent()) {
            if (!wards.contains(filter.ward().get())) {
                throw new AccessDeniedException("Not a ward of the user's district: " + filter.ward().get());
            }
            return List.of(filter.ward().get());
        }
        return wards;
    }

    /** The user's unit, which must be a district: a ward's leader never reaches this with the authority, but check. */
    private UnitId district() {
        SignedInUser user = currentUser.require();
        if (!user.overseesWards()) {
            throw notADistrict();
        }
        return user.unitId();
    }

    private static AccessDeniedException notADistrict() {
        return new AccessDeniedException("Only a district's leaders and Front oversee its wards");
    }

    private static List<UnitId> wardIds(List<WardOption> wards) {
        return wards.stream().map(WardOption::id).toList();
    }
}
