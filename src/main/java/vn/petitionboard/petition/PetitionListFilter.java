package vn.petitionboard.petition;

import java.util.Optional;
import vn.petitionboard.base.text.SearchText;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.DomainId;

/**
 * What the petition list is narrowed to; every part is optional. {@code year} is the conference's year (the year in
 * the code), {@code escalated} the petitions the higher level has now, {@code text} a diacritics-insensitive search.
 */
public record PetitionListFilter(Optional<Integer> year, Optional<ConferenceId> conference,
        Optional<DomainId> domain, Optional<DepartmentId> department, Optional<PetitionState> state,
        boolean overdue, boolean escalated, String text) {

    public PetitionListFilter {
        text = text == null ? "" : text.strip();
    }

    /** Whether the text holds a word to search for (punctuation alone does not). */
    public boolean hasText() {
        return !SearchText.terms(text).isEmpty();
    }

    public static PetitionListFilter all() {
        return new PetitionListFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, false, "");
    }

    public PetitionListFilter withYear(Integer value) {
        return new PetitionListFilter(Optional.ofNullable(value), conference, domain, department, state, overdue,
                escalated, text);
    }

    public PetitionListFilter withConference(ConferenceId value) {
        return new PetitionListFilter(year, Optional.ofNullable(value), domain, department, state, overdue,
                escalated, text);
    }

    public PetitionListFilter withDomain(DomainId value) {
        return new PetitionListFilter(year, conference, Optional.ofNullable(value), department, state, overdue,
                escalated, text);
    }

    public PetitionListFilter withDepartment(DepartmentId value) {
        return new PetitionListFilter(year, conference, domain, Optional.ofNullable(value), state, overdue,
                escalated, text);
    }

    public PetitionListFilter withState(PetitionState value) {
        return new PetitionListFilter(year, conference, domain, department, Optional.ofNullable(value), overdue,
                escalated, text);
    }

    public PetitionListFilter withOverdue(boolean value) {
        return new PetitionListFilter(year, conference, domain, department, state, value, escalated, text);
    }

    public PetitionListFilter withEscalated(boolean value) {
        return new PetitionListFilter(year, conference, domain, department, state, overdue, value, text);
    }

    public PetitionListFilter withText(String value) {
        return new PetitionListFilter(year, conference, domain, department, state, overdue, escalated, value);
    }
}
