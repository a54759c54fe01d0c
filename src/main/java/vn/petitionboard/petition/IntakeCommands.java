package vn.petitionboard.petition;

import java.util.List;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.conference.DelegateId;
import vn.petitionboard.organisation.DomainId;

/** What the clerk records while delegates speak, and the edits allowed until a petition is assigned. */
public final class IntakeCommands {

    private IntakeCommands() {
    }

    /**
     * One petition as raised at a conference. Title may be empty (the start of the content is used). With
     * answeredOnTheSpot, the answer and the leader who gave it are required and the petition is ANSWERED at once.
     */
    public record Capture(ConferenceId conference, DomainId domain, String title, String content,
            boolean withinAuthority, List<Requester> requesters, boolean answeredOnTheSpot, String answer,
            String speakerName) {
    }

    /** An existing delegate (id set), or a new one from the typed name, organisation and residential group. */
    public record Requester(DelegateId existing, String fullName, String organisation, String residentialGroup,
            String phone) {

        public static Requester existing(DelegateId id) {
            return new Requester(id, null, null, null, null);
        }

        public static Requester newDelegate(String fullName, String organisation, String residentialGroup,
                String phone) {
            return new Requester(null, fullName, organisation, residentialGroup, phone);
        }
    }

    public record Edit(PetitionId id, int version, DomainId domain, String title, String content,
            boolean withinAuthority) {
    }

    public record AddRequester(PetitionId id, int version, Requester requester) {
    }
}
