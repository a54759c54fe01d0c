package vn.petitionboard.report;

import static vn.petitionboard.jooq.Tables.ANSWER;
import static vn.petitionboard.jooq.Tables.ASSIGNMENT;
import static vn.petitionboard.jooq.Tables.ESCALATION;
import static vn.petitionboard.jooq.Tables.PROGRESS_UPDATE;
import static vn.petitionboard.jooq.Tables.REVIEW;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.conference.ConferenceKind;
import vn.petitionboard.petition.AnswerKind;
import vn.petitionboard.petition.PetitionState;

/**
 * The report's words. The report is an official document of a Vietnamese People's Committee (Decree 30/2020/NĐ-CP),
 * so the .docx and .xlsx are always in Vietnamese, whatever language the screen is in; the screen's own labels come
 * from the message bundles.
 */
final class ReportWording {

    static final Locale VIETNAMESE = Locale.of("vi", "VN");
    static final String TOTAL = "Tổng số";
    /** The name of the unit a petition was escalated to, selected under this alias by the report's query. */
    static final Field<String> TARGET_UNIT_NAME = DSL.field(DSL.name("target_unit_name"), String.class);

    private ReportWording() {
    }

    static String state(PetitionState state) {
        return switch (state) {
            case RECEIVED -> "Mới tiếp nhận";
            case ASSIGNED -> "Đã giao";
            case IN_PROGRESS -> "Đang xử lý";
            case ESCALATED -> "Chuyển cấp trên";
            case ANSWERED -> "Đã trả lời";
            case RESOLVED -> "Đã giải quyết";
            case MERGED -> "Đã gộp";
        };
    }

    static String upper(String text) {
        return text == null ? "" : text.toUpperCase(VIETNAMESE);
    }

    /** "Phường Thượng Thanh" → "Thượng Thanh", for the place in "Thượng Thanh, ngày … tháng … năm …". */
    static String placeName(String unitName) {
        for (String kind : new String[] {"Thành phố ", "Thị trấn ", "Thị xã ", "Phường ", "Quận ", "Huyện ", "Xã "}) {
            if (unitName.startsWith(kind)) {
                return unitName.substring(kind.length());
            }
        }
        return unitName;
    }

    /** "Phường Thượng Thanh" → "phường Thượng Thanh", inside a sentence. */
    static String inSentence(String unitName) {
        return unitName.isEmpty() ? unitName : unitName.substring(0, 1).toLowerCase(VIETNAMESE) + unitName.substring(1);
    }

    /**
     * The plan as the opening sentence names it: typed as the form suggests ("05/KH-ĐU") it becomes "Kế hoạch số
     * 05/KH-ĐU"; typed in words ("Kế hoạch số 05/KH-ĐU ngày 25/9/2020", "Công văn …") it stays as typed.
     */
    static String plan(String planNumber) {
        String plan = planNumber.strip();
        return Character.isDigit(plan.charAt(0)) ? "Kế hoạch số " + plan : plan;
    }

    static String longDate(LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : Integer.toString(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : Integer.toString(date.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    static String subject(ReportHeading heading) {
        return heading.conferenceKind() == ConferenceKind.DIALOGUE
                ? "Kết quả giải quyết kiến nghị tại hội nghị đối thoại năm " + heading.year()
                : "Kết quả giải quyết kiến nghị tại hội nghị ngày " + Formats.date(heading.heldOn());
    }

    /**
     * The answer or the latest progress known on the report's date, by the state the petition was in then: the
     * answer once answered; where it was sent once escalated; otherwise the newer of the latest progress note and
     * the Front's latest return, else the leader's instruction.
     */
    static String outcome(PetitionState state, Record r) {
        return switch (state) {
            case ANSWERED, RESOLVED -> answer(r);
            case ESCALATED -> escalation(r);
            case RECEIVED, ASSIGNED, IN_PROGRESS -> progress(r);
            // A merged petition is never in a report (PetitionConditions.visible()); it lives on in its survivor.
            case MERGED -> "";
        };
    }

    private static String answer(Record r) {
        String content = r.get(ANSWER.CONTENT);
        if (content == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (r.get(ANSWER.KIND) == AnswerKind.ON_THE_SPOT) {
            text.append("Trả lời tại hội nghị");
            if (r.get(ANSWER.SPEAKER_NAME) != null) {
                text.append(" (").append(r.get(ANSWER.SPEAKER_NAME)).append(')');
            }
            text.append(": ");
        }
        text.append(content);
        if (r.get(ANSWER.DOCUMENT_NUMBER) != null) {
            text.append(" (Văn bản số ").append(r.get(ANSWER.DOCUMENT_NUMBER));
            if (r.get(ANSWER.DOCUMENT_DATE) != null) {
                text.append(" ngày ").append(Formats.date(r.get(ANSWER.DOCUMENT_DATE)));
            }
            text.append(')');
        }
        return text.toString();
    }

    private static String escalation(Record r) {
        if (r.get(ESCALATION.REFERENCE_NUMBER) == null) {
            return "";
        }
        String targetUnit = r.get(TARGET_UNIT_NAME);
        String to = r.get(ESCALATION.AGENCY_NAME) != null ? r.get(ESCALATION.AGENCY_NAME)
                : "UBND " + inSentence(targetUnit == null ? "" : targetUnit);
        String text = "Đã chuyển " + to + " (văn bản số " + r.get(ESCALATION.REFERENCE_NUMBER) + " ngày "
                + Formats.date(r.get(ESCALATION.SENT_ON)) + ")";
        return r.get(ESCALATION.NOTE) == null ? text + "; đang chờ cấp trên trả lời."
                : text + ". " + r.get(ESCALATION.NOTE);
    }

    private static String progress(Record r) {
        LocalDateTime progressAt = r.get(PROGRESS_UPDATE.REPORTED_AT);
        LocalDateTime returnedAt = r.get(REVIEW.REVIEWED_AT);
        if (returnedAt != null && (progressAt == null || returnedAt.isAfter(progressAt))) {
            return "MTTQ đề nghị tiếp tục giải quyết: " + r.get(REVIEW.REASON) + " (ngày "
                    + Formats.date(returnedAt.toLocalDate()) + ")";
        }
        if (progressAt != null) {
            return r.get(PROGRESS_UPDATE.NOTE) + " (đạt " + r.get(PROGRESS_UPDATE.PERCENT_COMPLETE) + "%, ngày "
                    + Formats.date(progressAt.toLocalDate()) + ")";
        }
        if (r.get(ASSIGNMENT.INSTRUCTION) != null) {
            return "Chỉ đạo: " + r.get(ASSIGNMENT.INSTRUCTION);
        }
        return "Chưa giao xử lý";
    }

    /** Who raised a petition a lower unit escalated, and where it came from ("…; chuyển lên từ Phường … – KN-…"). */
    static String fromLowerUnit(String delegates, String origin) {
        return delegates == null || delegates.isBlank() ? "Chuyển lên từ " + origin
                : delegates + "; chuyển lên từ " + origin;
    }
}
