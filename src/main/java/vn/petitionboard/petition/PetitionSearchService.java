package vn.petitionboard.petition;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.SignedInUser;

/**
 * The list of every petition the user may see (resolved ones too), filtered and searched without regard to
 * diacritics or case, and its Excel export. An officer's department is part of every statement's WHERE.
 */
@Service
public class PetitionSearchService {

    public static final int PAGE_MAX = 200;
    /** A text search counts its matches up to this many; past it the list says "more than 1,000". */
    public static final int SEARCH_COUNT_MAX = 1_000;

    private final PetitionSearchQuery query;
    private final CurrentUser currentUser;
    private final Clock clock;

    PetitionSearchService(PetitionSearchQuery query, CurrentUser currentUser, Clock clock) {
        this.query = query;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public List<PetitionListRow> page(PetitionListFilter filter, int offset, int limit) {
        SignedInUser user = currentUser.require();
        return query.page(PetitionConditions.of(user), filter, today(), Math.max(offset, 0),
                Math.clamp(limit, 1, PAGE_MAX));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public int count(PetitionListFilter filter) {
        SignedInUser user = currentUser.require();
        return query.count(PetitionConditions.of(user), filter, today());
    }

    /**
     * What the list's heading says: the exact count, except for a text search with more than
     * {@value #SEARCH_COUNT_MAX} matches, which stops counting there.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public ListTotal total(PetitionListFilter filter) {
        SignedInUser user = currentUser.require();
        if (!filter.hasText()) {
            return ListTotal.exactly(query.count(PetitionConditions.of(user), filter, today()));
        }
        int counted = query.countUpTo(PetitionConditions.of(user), filter, today(), SEARCH_COUNT_MAX + 1);
        return counted > SEARCH_COUNT_MAX ? ListTotal.moreThan(SEARCH_COUNT_MAX) : ListTotal.exactly(counted);
    }

    /** Writes the filtered list as an .xlsx workbook to {@code out}, rows streamed from the database. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public void exportXlsx(PetitionListFilter filter, ExcelLabels labels, OutputStream out) {
        SignedInUser user = currentUser.require();
        try (PetitionListExcel excel = new PetitionListExcel(labels)) {
            query.forEach(PetitionConditions.of(user), filter, today(), excel::add);
            excel.writeTo(out);
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The ward's clock (Asia/Ho_Chi_Minh), for the time in an export's file name. */
    public Clock clock() {
        return clock;
    }
}
