package vn.petitionboard.organisation;

import static vn.petitionboard.jooq.Tables.UNIT;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Every unit, for jobs that run outside any user's session and go through the installation unit by unit (deadline
 * reminders). Called inside the job's own transaction; it shows nothing to a user.
 */
@Component
public class Units {

    private final DSLContext dsl;

    Units(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<UnitId> all() {
        return dsl.select(UNIT.ID).from(UNIT).orderBy(UNIT.ID).fetch(UNIT.ID);
    }
}
