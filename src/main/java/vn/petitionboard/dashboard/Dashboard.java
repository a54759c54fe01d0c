package vn.petitionboard.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;

/** The leaders' dashboard for one filter: every figure, table and chart series, each from its own SQL query. */
public record Dashboard(DashboardFilter filter, LocalDate today, Figures figures, List<DomainRow> byDomain,
        List<DepartmentRow> byDepartment, List<EscalatedItem> escalated, List<MonthRow> byMonth) {

    /**
     * Headline numbers. {@code total} and {@code resolvedOfTotal} are the petitions received in the year (and
     * conference, domain) and how many of them are resolved now; {@code resolvedInYear} counts the Front's
     * acceptances dated in the year, whenever the petition was received.
     */
    public record Figures(int total, int open, int overdue, int awaitingReview, int resolvedInYear,
            int resolvedOfTotal, OptionalDouble medianDaysToResolve) {

        /** Resolved / all petitions in the filter, 0..1; empty when the filter has no petitions. */
        public OptionalDouble resolutionRate() {
            return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) resolvedOfTotal / total);
        }
    }

    /** One domain's petitions by state; states with none are absent from the map. */
    public record DomainRow(String domainName, Map<PetitionState, Integer> counts) {

        public int count(PetitionState state) {
            return counts.getOrDefault(state, 0);
        }

        public int open() {
            return PetitionState.UNRESOLVED.stream().mapToInt(this::count).sum();
        }
    }

    /** A department's unresolved and overdue petitions; a null name stands for "not assigned yet". */
    public record DepartmentRow(String departmentName, int open, int overdue) {
    }

    /** An escalated petition still waiting on the higher level, and for how many days since it was sent. */
    public record EscalatedItem(PetitionId id, String code, String title, String sentTo, LocalDate sentOn,
            int daysWaiting) {
    }

    /** Month 1..12 of the year: petitions received and resolutions accepted. */
    public record MonthRow(int month, int received, int resolved) {
    }
}
