package vn.petitionboard.admin;

import static vn.petitionboard.jooq.Tables.PUBLIC_HOLIDAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Reads and writes the public_holiday table (one calendar for the installation) for {@link HolidayAdminService}. */
@Component
class HolidayAdminStore {

    private final DSLContext dsl;

    HolidayAdminStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Holiday> of(int year) {
        return dsl.selectFrom(PUBLIC_HOLIDAY)
                .where(PUBLIC_HOLIDAY.HOLIDAY_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .orderBy(PUBLIC_HOLIDAY.HOLIDAY_DATE)
                .fetch(r -> new Holiday(r.getHolidayDate(), r.getName()));
    }

    /** The first and last years that have a holiday, if any. */
    Optional<int[]> yearSpan() {
        var span = dsl.select(DSL.min(PUBLIC_HOLIDAY.HOLIDAY_DATE), DSL.max(PUBLIC_HOLIDAY.HOLIDAY_DATE))
                .from(PUBLIC_HOLIDAY).fetchOne();
        return span == null || span.value1() == null ? Optional.empty()
                : Optional.of(new int[] {span.value1().getYear(), span.value2().getYear()});
    }

    Optional<Holiday> find(LocalDate date) {
        return dsl.selectFrom(PUBLIC_HOLIDAY).where(PUBLIC_HOLIDAY.HOLIDAY_DATE.eq(date)).forUpdate()
                .fetchOptional(r -> new Holiday(r.getHolidayDate(), r.getName()));
    }

    /** False when the date already has a holiday (the date is the key: two administrators cannot both add it). */
    boolean insert(Holiday holiday) {
        return dsl.insertInto(PUBLIC_HOLIDAY).set(PUBLIC_HOLIDAY.HOLIDAY_DATE, holiday.date())
                .set(PUBLIC_HOLIDAY.NAME, holiday.name())
                .onDuplicateKeyIgnore()
                .execute() == 1;
    }

    void delete(LocalDate date) {
        dsl.deleteFrom(PUBLIC_HOLIDAY).where(PUBLIC_HOLIDAY.HOLIDAY_DATE.eq(date)).execute();
    }
}
