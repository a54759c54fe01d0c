package vn.petitionboard.board;

import java.util.Optional;
import vn.petitionboard.organisation.DomainId;

/** What the user chose to see on the board: one domain, or all of them. */
public record BoardFilter(Optional<DomainId> domain) {

    public static BoardFilter allDomains() {
        return new BoardFilter(Optional.empty());
    }

    public static BoardFilter domain(DomainId domain) {
        return new BoardFilter(Optional.of(domain));
    }
}
