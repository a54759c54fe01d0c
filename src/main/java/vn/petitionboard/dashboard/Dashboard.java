package vn.petitionboard.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;

/** The leaders' dashboard for one filter: every figure, table and chart series, each from its own SQL query. */
public record Dashboard(DashboardFilter filter, LocalDate today, Figures figures, List<DomainRow> byDomain,
        List<DepartmentRow> byDepartment, List<EscalatedItem> escalated, List<MonthRow> byMonth,
        List<YearRow> openByYear) {

    /**
     * Headline numbers, all about one set of petitions: those the filter selects (still open of every year, or
     * received in the year). {@code total} counts them, {@code open}, {@code overdue}, {@code awaitingReview} and
     * {@code waitingOnHigherLevel} are parts of it, {@code resolvedOfTotal} how many of them are resolved now (0 for
     * "still open") and the median their days from receipt to resolution.
     */
    public record Figures(int total, int open, int overdue, int awaitingReview, int waitingOnHigherLevel,
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

    /**
     * Month 1..12 of the year: petitions received, and resolutions the Front accepted in that month (of petitions
     * received in any year). Empty for "still open".
     */
    public record MonthRow(int month, int received, int resolved) {
    }

    /** How old what is still open is: the open and overdue petitions received in each year. Empty for a year. */
    public record YearRow(int year, int open, int overdue) {
    }
}
