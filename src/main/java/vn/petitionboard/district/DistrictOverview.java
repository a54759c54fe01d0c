package vn.petitionboard.district;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.petitionboard.dashboard.Dashboard.Figures;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.organisation.UnitId;

/**
 * A district's wards side by side, and its domains across those wards, for one choice of petitions: without a year,
 * every petition still open; with a year, those received in it and what became of them. Every row's figures are
 * counted as the ward's own dashboard counts them ({@link Figures}), so a ward's row here and its own dashboard agree.
 */
public record DistrictOverview(String districtName, Optional<Integer> year, LocalDate today, List<WardRow> wards,
        Figures district, List<DomainRow> domains) {

    /** One ward of the district and its figures; zeros when it has no petition in the choice. */
    public record WardRow(WardOption ward, Figures figures) {
    }

    /** One domain's figures across all the district's wards; only domains with petitions in the choice. */
    public record DomainRow(DomainId domain, String name, Figures figures) {
    }

    public boolean hasWards() {
        return !wards.isEmpty();
    }

    /** A ward of the district, as the overview and the oversight list name it. */
    public record WardOption(UnitId id, String name) {
    }
}
