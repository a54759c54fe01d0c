package vn.petitionboard.conference;

/** The kinds of session where residents raise petitions. */
public enum ConferenceKind {
    /** Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với MTTQ và nhân dân. */
    DIALOGUE,
    /** Tiếp xúc cử tri. */
    VOTER_CONTACT,
    /** Tiếp công dân định kỳ. */
    CITIZEN_RECEPTION;

    public String labelKey() {
        return "conference.kind." + name();
    }
}
