package vn.petitionboard.petition.ui.capture;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.petitionboard.conference.DelegateOption;
import vn.petitionboard.petition.IntakeCommands.Requester;

/** A delegate in the list: an existing record, or a new person with what was typed about them. */
record PendingRequester(DelegateOption chosen, String organisation, String group, String phone) {

    Requester toRequester() {
        return chosen.id() != null ? Requester.existing(chosen.id())
                : Requester.newDelegate(chosen.fullName(), organisation, group, phone);
    }

    String label() {
        String details = chosen.id() != null ? details(chosen) : joined(organisation, group);
        return details.isEmpty() ? chosen.fullName() : chosen.fullName() + " · " + details;
    }

    /** An existing delegate's organisation and group, as the suggestion list and the chips show them. */
    static String details(DelegateOption option) {
        return joined(option.organisation(), option.residentialGroup());
    }

    private static String joined(String... parts) {
        return Stream.of(parts).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
    }
}
