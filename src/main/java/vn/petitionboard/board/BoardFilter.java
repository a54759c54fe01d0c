package vn.petitionboard.board;

import java.util.Optional;
import vn.petitionboard.organisation.DomainId;

/** What the user chose to see on the board (one domain, or all of them), and in what order its columns list cards. */
public record BoardFilter(Optional<DomainId> domain, CardOrder order) {

    public static BoardFilter allDomains() {
        return new BoardFilter(Optional.empty(), CardOrder.LONGEST_WAITING);
    }

    public static BoardFilter domain(DomainId domain) {
        return new BoardFilter(Optional.of(domain), CardOrder.LONGEST_WAITING);
    }

    /** The same cards, overdue first (see {@link CardOrder#OVERDUE_FIRST}). */
    public BoardFilter overdueFirst() {
        return new BoardFilter(domain, CardOrder.OVERDUE_FIRST);
    }
}
