package vn.petitionboard.conference;

/** An existing delegate offered by the capture screen's autocomplete. */
public record DelegateOption(DelegateId id, String fullName, String organisation, String residentialGroup) {

    /** "Nguyễn Văn Bình · Hội Cựu chiến binh phường · Tổ dân phố số 3". */
    public String label() {
        StringBuilder label = new StringBuilder(fullName);
        if (organisation != null) {
            label.append(" · ").append(organisation);
        }
        if (residentialGroup != null) {
            label.append(" · ").append(residentialGroup);
        }
        return label.toString();
    }
}
