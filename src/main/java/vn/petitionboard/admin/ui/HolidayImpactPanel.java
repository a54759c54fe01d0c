package vn.petitionboard.admin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import vn.petitionboard.admin.HolidayImpact;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.petition.OpenDeadline;

/** Says, before a holiday is added or removed, which open petitions have their deadline on that day. */
final class HolidayImpactPanel extends Div {

    HolidayImpactPanel() {
        addClassName("holiday-impact");
        getElement().setAttribute("aria-live", "polite");
    }

    void show(HolidayImpact impact) {
        removeAll();
        if (impact == null) {
            return;
        }
        String date = Formats.date(impact.date());
        if (impact.onDate().isEmpty()) {
            add(new Paragraph(getTranslation("admin.holiday.impact.none", date)));
        } else {
            add(new Paragraph(getTranslation("admin.holiday.impact.onDate", date, impact.onDate().size())));
            UnorderedList list = new UnorderedList();
            list.setId("holiday-impact-list");
            for (OpenDeadline deadline : impact.onDate()) {
                list.add(new ListItem(getTranslation("admin.holiday.impact.line", deadline.code(), deadline.title(),
                        Formats.date(deadline.deadline()))));
            }
            add(list);
        }
        if (impact.after() > 0) {
            add(new Paragraph(getTranslation("admin.holiday.impact.after", impact.after())));
        }
    }
}
