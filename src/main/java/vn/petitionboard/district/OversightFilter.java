package vn.petitionboard.district;

import java.util.Optional;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.organisation.UnitId;

/**
 * The list behind a figure of the district's overview: the same choice of petitions (a year's, or every one still
 * open), optionally of one ward and one domain, and which of them the figure counts.
 */
public record OversightFilter(Optional<Integer> year, Optional<UnitId> ward, Optional<DomainId> domain,
        Behind behind) {

    public static OversightFilter stillOpen() {
        return new OversightFilter(Optional.empty(), Optional.empty(), Optional.empty(), Behind.OPEN);
    }
}
