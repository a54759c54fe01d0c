package vn.petitionboard.dashboard;

import java.util.Optional;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.organisation.DomainId;

/**
 * What the dashboard counts, optionally of one conference and one domain: without a year, every petition still open
 * whenever it was received (what the ward has on its hands today); with a year, the petitions received in that year
 * and what became of them.
 */
public record DashboardFilter(Optional<Integer> year, Optional<ConferenceId> conference, Optional<DomainId> domain) {

    /** Everything still open, of every year: the dashboard's default. */
    public static DashboardFilter stillOpen() {
        return new DashboardFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The petitions received in {@code year}, resolved or not. */
    public static DashboardFilter year(int year) {
        return new DashboardFilter(Optional.of(year), Optional.empty(), Optional.empty());
    }

    public DashboardFilter withConference(ConferenceId id) {
        return new DashboardFilter(year, Optional.ofNullable(id), domain);
    }

    public DashboardFilter withDomain(DomainId id) {
        return new DashboardFilter(year, conference, Optional.ofNullable(id));
    }

    /** True when the filter is "everything still open" rather than one year's petitions. */
    public boolean isStillOpen() {
        return year.isEmpty();
    }
}
