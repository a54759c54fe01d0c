package vn.petitionboard.district;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * How many resolved petitions took each number of days, as the database counted them (one row per distinct number
 * of days, never one per petition), and their median as the ward's dashboard takes it: the middle value, or the mean
 * of the two middle values.
 */
final class DayCounts {

    private final TreeMap<Integer, Integer> counts = new TreeMap<>();

    void add(int days, int petitions) {
        counts.merge(days, petitions, Integer::sum);
    }

    void addAll(DayCounts other) {
        other.counts.forEach(this::add);
    }

    OptionalDouble median() {
        int n = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (n == 0) {
            return OptionalDouble.empty();
        }
        return n % 2 == 1 ? OptionalDouble.of(nth(n / 2)) : OptionalDouble.of((nth(n / 2 - 1) + nth(n / 2)) / 2.0);
    }

    /** The value at 0-based position {@code index} of the sorted durations. */
    private int nth(int index) {
        int seen = 0;
        for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
            seen += entry.getValue();
            if (index < seen) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("index " + index + " beyond " + seen);
    }
}
