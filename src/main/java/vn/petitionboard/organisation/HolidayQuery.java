package vn.petitionboard.organisation;

import static vn.petitionboard.jooq.Tables.PUBLIC_HOLIDAY;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Reads the public_holiday table. */
@Component
class HolidayQuery {

    private final DSLContext dsl;

    HolidayQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The public holidays from first to last, both included. */
    Set<LocalDate> between(LocalDate first, LocalDate last) {
        return new HashSet<>(dsl.select(PUBLIC_HOLIDAY.HOLIDAY_DATE).from(PUBLIC_HOLIDAY)
                .where(PUBLIC_HOLIDAY.HOLIDAY_DATE.between(first, last))
                .fetch(PUBLIC_HOLIDAY.HOLIDAY_DATE));
    }
}
