package vn.petitionboard.conference;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.text.CleanText;
import vn.petitionboard.base.text.DateRange;
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

    private final ConferenceQuery query;
    private final ConferenceStore store;
    private final PetitionCounter petitions;
    private final CurrentUser currentUser;
    private final Clock clock;

    ConferenceService(ConferenceQuery query, ConferenceStore store, PetitionCounter petitions,
            CurrentUser currentUser, Clock clock) {
        this.query = query;
        this.store = store;
        this.petitions = petitions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Newest first, each with the number of its petitions the user may see (an officer: own department's). */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public List<ConferenceSummary> list(int offset, int limit) {
        return withPetitionCounts(query.list(currentUser.require().unitId(), offset, limit));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public int count() {
        return query.count(currentUser.require().unitId());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public Optional<ConferenceSummary> find(ConferenceId id) {
        return query.find(id, currentUser.require().unitId())
                .map(found -> withPetitionCounts(List.of(found)).getFirst());
    }

    @Transactional
    @PreAuthorize(CLERK)
    public SaveResult create(ConferenceForm form) {
        SignedInUser user = currentUser.require();
        InputCheck check = new InputCheck();
        ConferenceStore.Fields fields = clean(form, check);
        if (check.hasErrors()) {
            return new SaveResult.Invalid(check.errors());
        }
        ConferenceId id = store.insert(fields, user.unitId(), user.id(), LocalDateTime.now(clock));
        return new SaveResult.Saved(id, 0);
    }

    @Transactional
    @PreAuthorize(CLERK)
    public SaveResult update(ConferenceId id, int version, ConferenceForm form) {
        SignedInUser user = currentUser.require();
        InputCheck check = new InputCheck();
        ConferenceStore.Fields fields = clean(form, check);
        if (check.hasErrors()) {
            return new SaveResult.Invalid(check.errors());
        }
        return store.update(id, version, fields, user.unitId()) ? new SaveResult.Saved(id, version + 1)
                : new SaveResult.Conflict();
    }

    /** Delegates of the unit whose name contains the typed text, for the capture screen's autocomplete. */
    @Transactional(readOnly = true)
    @PreAuthorize(CLERK)
    public List<DelegateOption> findDelegates(String typed, int offset, int limit) {
        return query.delegates(currentUser.require().unitId(), CleanText.of(typed), offset, limit);
    }

    private List<ConferenceSummary> withPetitionCounts(List<ConferenceSummary> conferences) {
        Map<ConferenceId, Integer> counts = petitions.visiblePetitionsPerConference(
                conferences.stream().map(ConferenceSummary::id).toList());
        return conferences.stream().map(c -> c.withPetitionCount(counts.getOrDefault(c.id(), 0))).toList();
    }

    private ConferenceStore.Fields clean(ConferenceForm form, InputCheck check) {
        check.required("kind", form.kind());
        LocalDate heldOn = check.required("heldOn", form.heldOn());
        if (heldOn != null) {
            LocalDate latest = LocalDate.now(clock).plusYears(1);
            check.require(!heldOn.isAfter(latest), "heldOn", "validation.date.tooFar", Formats.date(latest));
            check.require(!heldOn.isBefore(DateRange.EARLIEST), "heldOn", "validation.date.tooEarly",
                    Formats.date(DateRange.EARLIEST));
        }
        if (form.delegateCount() != null) {
            check.require(form.delegateCount() >= 0 && form.delegateCount() <= DELEGATES_MAX, "delegateCount",
                    "validation.delegateCount");
        }
        return new ConferenceStore.Fields(form.kind(), check.required("title", form.title(), TITLE_MAX),
                form.heldOn(),
                check.optional("venue", form.venue(), VENUE_MAX),
                check.optional("chairs", form.chairs(), CHAIRS_MAX),
                check.optional("planNumber", form.planNumber(), PLAN_MAX),
                check.optional("legalBasis", form.legalBasis(), LEGAL_BASIS_MAX),
                form.delegateCount(),
                check.optional("minutesNote", form.minutesNote(), MINUTES_MAX));
    }
}
