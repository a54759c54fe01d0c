package vn.petitionboard.conference;

import static vn.petitionboard.jooq.Tables.CONFERENCE;
import static vn.petitionboard.jooq.Tables.DELEGATE;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.base.text.CleanText;
import vn.petitionboard.base.text.InputCheck;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.SignedInUser;

/** Conferences of the user's unit: everyone who works on petitions reads them; the clerk records them. */
@Service
public class ConferenceService {

    public static final int TITLE_MAX = 300;
    public static final int VENUE_MAX = 300;
    public static final int CHAIRS_MAX = 500;
    public static final int PLAN_MAX = 100;
    public static final int LEGAL_BASIS_MAX = 1000;
    public static final int MINUTES_MAX = 4000;
    public static final int DELEGATES_MAX = 100_000;

    private static final String CLERK = "hasRole('" + Permissions.CLERK + "')";

    private final DSLContext dsl;
    private final CurrentUser currentUser;
    private final Clock clock;

    ConferenceService(DSLContext dsl, CurrentUser currentUser, Clock clock) {
        this.dsl = dsl;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public List<ConferenceSummary> list(int offset, int limit) {
        return summaries().where(CONFERENCE.UNIT_ID.eq(currentUser.require().unitId()))
                .orderBy(CONFERENCE.HELD_ON.desc(), CONFERENCE.ID.desc())
                .offset(offset).limit(limit)
                .fetch(ConferenceService::toSummary);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public int count() {
        return dsl.fetchCount(CONFERENCE, CONFERENCE.UNIT_ID.eq(currentUser.require().unitId()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public Optional<ConferenceSummary> find(ConferenceId id) {
        return summaries().where(CONFERENCE.ID.eq(id).and(CONFERENCE.UNIT_ID.eq(currentUser.require().unitId())))
                .fetchOptional(ConferenceService::toSummary);
    }

    @Transactional
    @PreAuthorize(CLERK)
    public SaveResult create(ConferenceForm form) {
        SignedInUser user = currentUser.require();
        InputCheck check = new InputCheck();
        Cleaned c = clean(form, check);
        if (check.hasErrors()) {
            return new SaveResult.Invalid(check.errors());
        }
        ConferenceId id = dsl.insertInto(CONFERENCE)
                .set(fields(form, c))
                .set(CONFERENCE.UNIT_ID, user.unitId())
                .set(CONFERENCE.CREATED_BY, user.id())
                .set(CONFERENCE.CREATED_AT, LocalDateTime.now(clock))
                .returningResult(CONFERENCE.ID)
                .fetchOne(CONFERENCE.ID);
        return new SaveResult.Saved(id, 0);
    }

    @Transactional
    @PreAuthorize(CLERK)
    public SaveResult update(ConferenceId id, int version, ConferenceForm form) {
        SignedInUser user = currentUser.require();
        InputCheck check = new InputCheck();
        Cleaned c = clean(form, check);
        if (check.hasErrors()) {
            return new SaveResult.Invalid(check.errors());
        }
        int updated = dsl.update(CONFERENCE)
                .set(fields(form, c))
                .set(CONFERENCE.VERSION, CONFERENCE.VERSION.plus(1))
                .where(CONFERENCE.ID.eq(id).and(CONFERENCE.UNIT_ID.eq(user.unitId()))
                        .and(CONFERENCE.VERSION.eq(version)))
                .execute();
        return updated == 1 ? new SaveResult.Saved(id, version + 1) : new SaveResult.Conflict();
    }

    /** Delegates of the unit whose name contains the typed text, for the capture screen's autocomplete. */
    @Transactional(readOnly = true)
    @PreAuthorize(CLERK)
    public List<DelegateOption> findDelegates(String typed, int offset, int limit) {
        String text = CleanText.of(typed);
        var condition = DELEGATE.UNIT_ID.eq(currentUser.require().unitId());
        if (text != null) {
            condition = condition.and(DELEGATE.FULL_NAME.contains(text));
        }
        return dsl.select(DELEGATE.ID, DELEGATE.FULL_NAME, DELEGATE.ORGANISATION, DELEGATE.RESIDENTIAL_GROUP)
                .from(DELEGATE)
                .where(condition)
                .orderBy(DELEGATE.FULL_NAME, DELEGATE.ID)
                .offset(offset).limit(limit)
                .fetch(r -> new DelegateOption(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private record Cleaned(String title, String venue, String chairs, String planNumber, String legalBasis,
            String minutesNote) {
    }

    /** The columns a form writes, the same for a new conference and an edit. */
    private static Map<Field<?>, Object> fields(ConferenceForm form, Cleaned c) {
        Map<Field<?>, Object> fields = new HashMap<>();
        fields.put(CONFERENCE.KIND, form.kind().name());
        fields.put(CONFERENCE.TITLE, c.title());
        fields.put(CONFERENCE.HELD_ON, form.heldOn());
        fields.put(CONFERENCE.VENUE, c.venue());
        fields.put(CONFERENCE.CHAIRS, c.chairs());
        fields.put(CONFERENCE.PLAN_NUMBER, c.planNumber());
        fields.put(CONFERENCE.LEGAL_BASIS, c.legalBasis());
        fields.put(CONFERENCE.DELEGATE_COUNT, form.delegateCount());
        fields.put(CONFERENCE.MINUTES_NOTE, c.minutesNote());
        return fields;
    }

    private Cleaned clean(ConferenceForm form, InputCheck check) {
        check.required("kind", form.kind());
        LocalDate heldOn = check.required("heldOn", form.heldOn());
        if (heldOn != null) {
            check.require(!heldOn.isAfter(LocalDate.now(clock).plusYears(1)), "heldOn", "validation.date.tooFar");
        }
        if (form.delegateCount() != null) {
            check.require(form.delegateCount() >= 0 && form.delegateCount() <= DELEGATES_MAX, "delegateCount",
                    "validation.delegateCount");
        }
        return new Cleaned(check.required("title", form.title(), TITLE_MAX),
                check.optional("venue", form.venue(), VENUE_MAX),
                check.optional("chairs", form.chairs(), CHAIRS_MAX),
                check.optional("planNumber", form.planNumber(), PLAN_MAX),
                check.optional("legalBasis", form.legalBasis(), LEGAL_BASIS_MAX),
                check.optional("minutesNote", form.minutesNote(), MINUTES_MAX));
    }

    private org.jooq.SelectJoinStep<? extends Record> summaries() {
        // An officer counts only the petitions they may see: their own department's.
        var counted = PETITION.CONFERENCE_ID.eq(CONFERENCE.ID);
        var department = currentUser.require().departmentScope();
        if (department.isPresent()) {
            counted = counted.and(PETITION.DEPARTMENT_ID.eq(department.get()));
        }
        var petitions = DSL.selectCount().from(PETITION).where(counted).<Integer>asField("petition_count");
        return dsl.select(CONFERENCE.ID, CONFERENCE.KIND, CONFERENCE.TITLE, CONFERENCE.HELD_ON, CONFERENCE.VENUE,
                        CONFERENCE.CHAIRS, CONFERENCE.PLAN_NUMBER, CONFERENCE.LEGAL_BASIS, CONFERENCE.DELEGATE_COUNT,
                        CONFERENCE.MINUTES_NOTE, petitions, CONFERENCE.VERSION)
                .from(CONFERENCE);
    }

    private static ConferenceSummary toSummary(Record r) {
        return new ConferenceSummary(r.get(CONFERENCE.ID), ConferenceKind.valueOf(r.get(CONFERENCE.KIND)),
                r.get(CONFERENCE.TITLE), r.get(CONFERENCE.HELD_ON), r.get(CONFERENCE.VENUE), r.get(CONFERENCE.CHAIRS),
                r.get(CONFERENCE.PLAN_NUMBER), r.get(CONFERENCE.LEGAL_BASIS), r.get(CONFERENCE.DELEGATE_COUNT),
                r.get(CONFERENCE.MINUTES_NOTE), r.get("petition_count", Integer.class), r.get(CONFERENCE.VERSION));
    }
}
