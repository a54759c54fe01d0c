package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.petition.FollowUp;
import vn.petitionboard.petition.RequestKind;

/**
 * The department's requests to the leaders, newest first: what was asked and why, and the leader's answer. The open
 * one says it is waiting and carries the decision buttons the user may press (a leader's "Đồng ý" and "Không đồng ý").
 */
final class RequestSection extends Section {

    RequestSection(List<FollowUp.Request> requests, Component decisions) {
        add(new H2(getTranslation("followup.requests")));
        addClassName("details-section");
        setId("followup-requests");
        for (FollowUp.Request request : requests) {
            Div entry = FollowUpSections.entry(heading(request), request.reason(),
                    request.requestedBy() + " · " + request.departmentName() + " · "
                            + Formats.dateTime(request.requestedAt()));
            entry.add(status(request));
            if (request.isOpen()) {
                entry.add(decisions);
            }
            add(entry);
        }
    }

    private String heading(FollowUp.Request request) {
        String kind = getTranslation("request.kind." + request.kind());
        if (request.kind() == RequestKind.EXTENSION) {
            return kind + " · " + getTranslation("request.proposedDeadline", Formats.date(request.proposedDeadline()));
        }
        return request.suggestedDepartmentName() == null ? kind
                : kind + " · " + getTranslation("request.suggested", request.suggestedDepartmentName());
    }

    private Span status(FollowUp.Request request) {
        Span status = new Span();
        status.addClassName("followup-status");
        if (request.isOpen()) {
            status.setText(getTranslation("request.waiting"));
            status.addClassName("waiting");
        } else {
            String by = request.decidedBy() + " · " + Formats.dateTime(request.decidedAt());
            status.setText(request.decisionNote() == null
                    ? getTranslation("request.decision." + request.decision(), by)
                    : getTranslation("request.decision." + request.decision() + ".because", by,
                            request.decisionNote()));
            status.addClassName(request.decision().name().toLowerCase());
        }
        return status;
    }
}
