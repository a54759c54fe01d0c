package vn.petitionboard.dashboard;

import java.util.Optional;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.organisation.DomainId;

/**
 * What the dashboard counts: petitions received in {@code year}, optionally of one conference and one domain.
 * Resolutions are counted in the year the Front accepted them.
 */
public record DashboardFilter(int year, Optional<ConferenceId> conference, Optional<DomainId> domain) {

    public static DashboardFilter year(int year) {
        return new DashboardFilter(year, Optional.empty(), Optional.empty());
    }

    public DashboardFilter withConference(ConferenceId id) {
        return new DashboardFilter(year, Optional.ofNullable(id), domain);
    }

    public DashboardFilter withDomain(DomainId id) {
        return new DashboardFilter(year, conference, Optional.ofNullable(id));
    }
}
