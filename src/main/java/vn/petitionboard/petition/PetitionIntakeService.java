package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.base.text.CleanText;
import vn.petitionboard.base.text.InputCheck;
import vn.petitionboard.conference.DelegateId;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.petition.CommandResult.Conflict;
import vn.petitionboard.petition.CommandResult.Invalid;
import vn.petitionboard.petition.CommandResult.Refused;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.SignedInUser;

/**
 * Intake by the clerk: petitions captured during a conference, with their delegates, and edited until assigned.
 * Codes KN-&lt;year&gt;-&lt;seq&gt; come from a per-unit, per-year counter row locked for the length of the
 * transaction: two clerks capturing at once get consecutive numbers, and a rolled-back capture leaves no gap.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Permissions.CLERK + "')")
public class PetitionIntakeService {

    public static final int TITLE_MAX = 200;
    public static final int CONTENT_MAX = PetitionWorkflowService.TEXT_MAX;
    public static final int DELEGATE_NAME_MAX = 150;
    public static final int ORGANISATION_MAX = 200;
    public static final int GROUP_MAX = 100;
    public static final int PHONE_MAX = 30;
    private static final int DERIVED_TITLE_LENGTH = 80;

    private final PetitionStore store;
    private final PetitionEvents events;
    private final IntakeStore intake;
    private final IntakeQuery query;
    private final PetitionSearchTermStore searchIndex;
    private final DuplicateQuery duplicates;
    private final CurrentUser currentUser;
    private final Clock clock;

    PetitionIntakeService(PetitionStore store, PetitionEvents events, IntakeStore intake, IntakeQuery query,
            PetitionSearchTermStore searchIndex, DuplicateQuery duplicates, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.events = events;
        this.intake = intake;
        this.query = query;
        this.searchIndex = searchIndex;
        this.duplicates = duplicates;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The unit's leaders, for "answered on the spot by …". */
    @Transactional(readOnly = true)
    public List<String> leaders() {
        return query.leaders(currentUser.require().unitId());
    }

    /**
     * Open petitions of the clerk's unit that likely raise the same issue as the title and content being typed, most
     * shared words first; empty when the text has too few telling words ({@link DuplicateWords}).
     */
    @Transactional(readOnly = true)
    public List<LikelyDuplicate> likelyDuplicates(String title, String content, int limit) {
        SignedInUser user = currentUser.require();
        List<String> words = DuplicateWords.of(title, content);
        if (words.size() < DuplicateWords.MIN_MATCHES) {
            return List.of();
        }
        return duplicates.likelyDuplicates(PetitionConditions.of(user), words, DuplicateWords.MIN_MATCHES,
                Math.clamp(limit, 1, DuplicateWords.LIMIT_MAX));
    }

    public CommandResult capture(IntakeCommands.Capture command) {
        SignedInUser user = currentUser.require();
        InputCheck check = new InputCheck();
        LocalDate heldOn = command.conference() == null ? null
                : query.conferenceHeldOn(command.conference(), user.unitId()).orElse(null);
        if (heldOn == null) {
            return Refused.of("conference.notFound");
        }
        checkDomain(check, command.domain());
        String content = check.required("content", command.content(), CONTENT_MAX);
        String title = check.optional("title", command.title(), TITLE_MAX);
        List<CleanRequester> requesters = cleanRequesters(check, command.requesters(), user.unitId());
        String answer = null;
        String speaker = null;
        if (command.answeredOnTheSpot()) {
            answer = check.required("answer", command.answer(), CONTENT_MAX);
            speaker = check.required("speakerName", command.speakerName(), DELEGATE_NAME_MAX);
        }
        if (check.hasErrors()) {
            return new Invalid(check.errors());
        }

        LocalDateTime now = LocalDateTime.now(clock);
        int year = heldOn.getYear();
        int seq = intake.nextSequence(user.unitId(), year);
        String code = IntakeStore.code(year, seq);
        PetitionState state = command.answeredOnTheSpot() ? PetitionState.ANSWERED : PetitionState.RECEIVED;
        String savedTitle = title != null ? title : titleFrom(content);
        PetitionId id = intake.insert(new IntakeStore.NewPetition(command.conference(), code, year, seq,
                savedTitle, content, command.domain(), state, command.withinAuthority()), user, now);
        int position = 0;
        for (CleanRequester requester : requesters) {
            linkRequester(id, requester, user.unitId(), position++, now);
        }
        searchIndex.reindex(id);
        events.record(created(id, user.unitId(), code, savedTitle, null), HistoryEvent.RECEIVED,
                PetitionState.RECEIVED, null, user, now, HistoryText.of("history.received"));
        if (command.answeredOnTheSpot()) {
            store.answer(id, AnswerKind.ON_THE_SPOT, answer, null, null, speaker, user, now);
            events.record(created(id, user.unitId(), code, savedTitle, PetitionState.RECEIVED),
                    HistoryEvent.ANSWERED_ON_THE_SPOT, PetitionState.ANSWERED, null, user, now,
                    HistoryText.of("history.answeredOnTheSpot", speaker, answer));
        }
        return new CommandResult.Created(id, code);
    }

    /** The clerk corrects a petition until a leader assigns it. */
    public CommandResult edit(IntakeCommands.Edit command) {
        SignedInUser user = currentUser.require();
        Editable editable = editable(command.id(), command.version(), user);
        if (editable.refusal() != null) {
            return editable.refusal();
        }
        PetitionSnapshot petition = editable.petition();
        InputCheck check = new InputCheck();
        checkDomain(check, command.domain());
        String content = check.required("content", command.content(), CONTENT_MAX);
        String title = check.required("title", command.title(), TITLE_MAX);
        if (check.hasErrors()) {
            return new Invalid(check.errors());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        var changes = new java.util.HashMap<org.jooq.Field<?>, Object>();
        changes.put(PETITION.DOMAIN_ID, command.domain());
        changes.put(PETITION.TITLE, title);
        changes.put(PETITION.CONTENT, content);
        changes.put(PETITION.WITHIN_AUTHORITY, command.withinAuthority());
        if (!store.update(petition, petition.state(), changes, now)) {
            return new Conflict();
        }
        searchIndex.reindex(petition.id());
        events.record(petition, HistoryEvent.EDITED, petition.state(), petition.department(), user, now,
                HistoryText.of("history.edited", title));
        return new CommandResult.Done(petition.id(), petition.state(), petition.version() + 1);
    }

    /** The same issue raised again by another delegate, until the petition is assigned. */
    public CommandResult addRequester(IntakeCommands.AddRequester command) {
        SignedInUser user = currentUser.require();
        Editable editable = editable(command.id(), command.version(), user);
        if (editable.refusal() != null) {
            return editable.refusal();
        }
        PetitionSnapshot petition = editable.petition();
        InputCheck check = new InputCheck();
        List<CleanRequester> requesters = cleanRequesters(check, List.of(command.requester()), user.unitId());
        if (check.hasErrors()) {
            return new Invalid(check.errors());
        }
        CleanRequester requester = requesters.getFirst();
        // Refuse a delegate already on the petition before anything is written (the version stays as it is).
        if (requester.existing() != null && query.isRequester(petition.id(), requester.existing())) {
            return Refused.of("intake.refused.alreadyRequester");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (!store.update(petition, petition.state(), new java.util.HashMap<>(), now)) {
            return new Conflict();
        }
        boolean added = linkRequester(petition.id(), requester, user.unitId(),
                query.nextRequesterPosition(petition.id()), now);
        if (!added) {
            return Refused.of("intake.refused.alreadyRequester");
        }
        searchIndex.reindex(petition.id());
        events.record(petition, HistoryEvent.REQUESTER_ADDED, petition.state(), petition.department(), user, now,
                HistoryText.of("history.requesterAdded", displayName(requester)));
        return new CommandResult.Done(petition.id(), petition.state(), petition.version() + 1);
    }

    /** A petition just captured, as its history events start from (no department yet). */
    private static PetitionSnapshot created(PetitionId id, UnitId unit, String code, String title,
            PetitionState state) {
        return new PetitionSnapshot(id, unit, code, title, state, null, null, null, 0);
    }

    /** The petition as loaded, or why the clerk may no longer change it (exactly one is set). */
    private record Editable(PetitionSnapshot petition, CommandResult refusal) {
    }

    /** A petition stays editable by the clerk while it is RECEIVED and still at the version the clerk saw. */
    private Editable editable(PetitionId id, int version, SignedInUser user) {
        // The clerk sees the whole unit.
        Optional<PetitionSnapshot> loaded = store.load(id, PetitionConditions.of(user));
        if (loaded.isEmpty()) {
            return new Editable(null, Refused.of("petition.notFound"));
        }
        PetitionSnapshot petition = loaded.get();
        if (petition.version() != version) {
            return new Editable(null, new Conflict());
        }
        if (petition.state() != PetitionState.RECEIVED) {
            return new Editable(null, Refused.of("intake.refused.notEditable", "state." + petition.state().name()));
        }
        return new Editable(petition, null);
    }

    private record CleanRequester(DelegateId existing, String fullName, String organisation, String group,
            String phone) {
    }

    private String displayName(CleanRequester requester) {
        return requester.existing() == null ? requester.fullName() : query.delegateName(requester.existing());
    }

    private List<CleanRequester> cleanRequesters(InputCheck check, List<IntakeCommands.Requester> raw, UnitId unit) {
        List<CleanRequester> cleaned = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            check.fail("requesters", "validation.requester.required");
            return cleaned;
        }
        Set<DelegateId> seen = new LinkedHashSet<>();
        for (IntakeCommands.Requester r : raw) {
            if (r.existing() != null) {
                boolean known = query.isDelegateOf(r.existing(), unit);
                check.require(known, "requesters", "validation.requester.unknown");
                if (known && seen.add(r.existing())) {
                    cleaned.add(new CleanRequester(r.existing(), null, null, null, null));
                }
            } else {
                cleaned.add(new CleanRequester(null,
                        check.required("delegateName", r.fullName(), DELEGATE_NAME_MAX),
                        check.optional("organisation", r.organisation(), ORGANISATION_MAX),
                        check.optional("residentialGroup", r.residentialGroup(), GROUP_MAX),
                        check.optional("phone", r.phone(), PHONE_MAX)));
            }
        }
        return cleaned;
    }

    /** Links the delegate (creating a new one first); false when already a requester of this petition. */
    private boolean linkRequester(PetitionId petition, CleanRequester requester, UnitId unit, int position,
            LocalDateTime now) {
        DelegateId delegate = requester.existing() != null ? requester.existing()
                : intake.insertDelegate(unit, new IntakeStore.NewDelegate(requester.fullName(),
                        requester.organisation(), requester.group(), requester.phone()), now);
        return intake.linkRequester(petition, delegate, position);
    }

    private void checkDomain(InputCheck check, DomainId domain) {
        if (check.required("domain", domain) != null) {
            check.require(query.isActiveDomain(domain), "domain", "validation.domain.unknown");
        }
    }

    /** The first words of the content, for a card, when the clerk typed no title. */
    static String titleFrom(String content) {
        String firstLine = content.lines().findFirst().orElse(content).strip();
        if (CleanText.length(firstLine) <= DERIVED_TITLE_LENGTH) {
            return firstLine;
        }
        int cut = firstLine.offsetByCodePoints(0, DERIVED_TITLE_LENGTH);
        int space = firstLine.lastIndexOf(' ', cut);
        return firstLine.substring(0, space > DERIVED_TITLE_LENGTH / 2 ? space : cut).strip() + "…";
    }
}
