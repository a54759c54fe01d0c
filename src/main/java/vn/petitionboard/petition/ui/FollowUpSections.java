package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Function;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.petition.FollowUp;
import vn.petitionboard.petition.PetitionDetails;

/** The follow-up part of the details view: current assignment, progress, answers, escalations, the Front's reviews. */
class FollowUpSections extends Div {

    private FollowUpSections(PetitionDetails petition, Function<FollowUp.AttachmentRef, String> download) {
        FollowUp f = petition.followUp();
        f.origin().ifPresent(o -> add(section("followup.origin", "followup-origin",
                entry(getTranslation("followup.origin.heading", o.unitName(), o.code()), o.note(),
                        o.escalatedBy() + " · " + Formats.dateTime(o.escalatedAt())))));
        f.currentAssignment().ifPresent(a -> add(section("followup.assignment", "followup-assignment",
                entry(a.departmentName(),
                        a.instruction(), a.assignedBy() + " · " + Formats.dateTime(a.assignedAt())))));
        if (!f.progress().isEmpty()) {
            Section progress = section("followup.progress", "followup-progress");
            for (FollowUp.Progress p : f.progress()) {
                Div entry = entry(p.percent() + "%", p.note(), p.reportedBy() + " · " + Formats.dateTime(p.reportedAt()));
                addLinks(entry, p.attachments(), download);
                progress.add(entry);
            }
            add(progress);
        }
        if (!f.answers().isEmpty()) {
            Section answers = section("followup.answers", "followup-answers");
            f.answers().forEach(a -> {
                Div entry = entry(getTranslation("answer.kind." + a.kind())
                                + (a.documentNumber() != null ? " · " + getTranslation("followup.document",
                                a.documentNumber(), Formats.date(a.documentDate())) : ""),
                        a.content(), (a.speakerName() != null ? a.speakerName() : a.answeredBy()) + " · "
                                + Formats.dateTime(a.answeredAt()));
                addLinks(entry, a.attachments(), download);
                answers.add(entry);
            });
            add(answers);
        }
        if (!f.escalations().isEmpty()) {
            Section escalations = section("followup.escalations", "followup-escalations");
            f.escalations().forEach(e -> {
                String record = e.linkedCode() != null ? getTranslation("followup.escalation.linked", e.linkedCode())
                        : e.referenceNumber();
                Div entry = entry(e.targetName() + " · " + record + " · " + Formats.date(e.sentOn()),
                        e.note(), e.escalatedBy());
                Span status = new Span(e.waiting() ? getTranslation("followup.escalation.waiting")
                        : getTranslation("followup.escalation.replied", Formats.date(e.repliedOn()),
                                e.replyReference() == null ? "" : e.replyReference()));
                status.addClassNames("followup-status", e.waiting() ? "waiting" : "replied");
                entry.add(status);
                if (e.replyContent() != null) {
                    Span reply = new Span(e.replyContent());
                    reply.addClassName("followup-text");
                    entry.add(reply);
                }
                escalations.add(entry);
            });
            add(escalations);
        }
        if (!f.reviews().isEmpty()) {
            Section reviews = section("followup.reviews", "followup-reviews");
            f.reviews().forEach(r -> reviews.add(entry(getTranslation("review.verdict." + r.verdict())
                            + (r.newDeadline() != null ? " · " + getTranslation("followup.newDeadline",
                            Formats.date(r.newDeadline())) : ""),
                    r.reason(), r.reviewedBy() + " · " + Formats.dateTime(r.reviewedAt()))));
            add(reviews);
        }
    }

    static FollowUpSections of(PetitionDetails petition, Function<FollowUp.AttachmentRef, String> download) {
        return new FollowUpSections(petition, download);
    }

    private Section section(String titleKey, String id, Div... entries) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.addClassName("details-section");
        section.setId(id);
        section.add(entries);
        return section;
    }

    static Div entry(String heading, String text, String byline) {
        Span head = new Span(heading);
        head.addClassName("followup-heading");
        Div entry = new Div(head);
        entry.addClassName("followup-entry");
        if (text != null && !text.isBlank()) {
            Span body = new Span(text); // text, never HTML
            body.addClassName("followup-text");
            entry.add(body);
        }
        Span by = new Span(byline);
        by.addClassName("followup-by");
        entry.add(by);
        return entry;
    }

    /** A link per file, each asking the service again when clicked (see PetitionDetailsView#download). */
    private static void addLinks(Div entry, List<FollowUp.AttachmentRef> files,
            Function<FollowUp.AttachmentRef, String> download) {
        for (FollowUp.AttachmentRef file : files) {
            Anchor link = new Anchor(download.apply(file), "");
            link.add(VaadinIcon.PAPERCLIP.create(), new Span(file.fileName() + " (" + size(file.sizeBytes()) + ")"));
            link.addClassName("attachment-link");
            link.getElement().setAttribute("download", true);
            entry.add(link);
        }
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " KB" : "%.1f MB".formatted(bytes / 1048576.0);
    }
}
