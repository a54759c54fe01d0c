package vn.petitionboard.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.function.ValueProvider;
import java.io.Serializable;
import java.time.LocalDate;
import vn.petitionboard.base.ui.LitText;
import vn.petitionboard.board.PetitionCard;

/**
 * The cards of a column as a Lit template rendered in the browser by the column's virtual list. The server keeps only
 * the cards' data (no element, no markup per card) and sends each card's values once, as JSON, for the cards the
 * browser asks for; the template itself is sent once per column (docs/benchmarks/board-cost.md).
 * <p>
 * A card is a link (Tab and Enter open it) that screen readers read in full: code, age, domain, title, department,
 * deadline and, when overdue, the word "Quá hạn" next to the warning icon, so overdue is never said by colour alone.
 * Nothing gives it an aria-label, which would replace all of that with a shorter name.
 * <p>
 * A card the user may move has a "Chuyển…" button beside the link (the next Tab stop, never inside the link: a
 * button in a link is neither valid nor announced): the keyboard's and the phone's way to do what a drag does. It is
 * part of the template and calls the server with the card, so it costs no component per card.
 */
final class CardRenderer {

    static final String TEMPLATE = """
            <a class="petition-card ${item.overdue ? 'is-overdue' : ''} ${item.movable ? 'draggable' : ''}" \
            href="${item.href}" router-link data-code="${item.code}" data-id="${item.id}" \
            draggable="${item.movable ? 'true' : 'false'}">\
            <div class="card-top"><span class="card-code">${item.code}</span>\
            <span class="card-age" title="${item.daysInState}">\
            <vaadin-icon icon="vaadin:clock" class="age-icon" aria-hidden="true"></vaadin-icon>\
            <span>${item.days}</span></span></div>\
            <span class="card-domain tag">${item.domain}</span>\
            <span class="card-title">${item.title}</span>\
            <span class="card-department ${item.assigned ? '' : 'muted'}">${item.department}</span>\
            <span class="card-deadline ${item.overdue ? 'overdue' : ''} ${item.hasDeadline ? '' : 'muted'}" title="${item.overdueWord}">\
            <vaadin-icon icon="vaadin:warning" class="overdue-icon" aria-hidden="true" ?hidden="${!item.overdue}">\
            </vaadin-icon><span>${item.deadline}</span>\
            <span class="overdue-word">${item.overdueWord}</span></span></a>\
            <button type="button" class="card-move" ?hidden="${!item.movable}" data-code="${item.code}" \
            aria-label="%MOVE_LABEL%" @click="${move}">%MOVE%</button>""";

    /** Stands for the card's code in the move button's label while the label's text is escaped. */
    private static final String CODE = "@@code@@";

    private CardRenderer() {
    }

    /**
     * The renderer for one column: {@code today} and {@code movable} are asked when a card is sent, so a card sent
     * after midnight or after the user's rights changed shows what is true then.
     */
    static LitRenderer<PetitionCard> create(SerializableSupplier<LocalDate> today, SerializablePredicate<PetitionCard> movable,
            SerializableConsumer<PetitionCard> move, Component i18n) {
        CardFace.Texts texts = i18n::getTranslation;
        Faces faces = new Faces(card -> CardFace.of(card, today.get(), movable.test(card), texts));
        return LitRenderer.<PetitionCard>of(template(texts))
                .withProperty("id", faces.value(CardFace::id))
                .withProperty("code", faces.value(CardFace::code))
                .withProperty("href", faces.value(CardFace::href))
                .withProperty("title", faces.value(CardFace::title))
                .withProperty("domain", faces.value(CardFace::domain))
                .withProperty("department", faces.value(CardFace::department))
                .withProperty("assigned", faces.value(CardFace::assigned))
                .withProperty("days", faces.value(CardFace::days))
                .withProperty("daysInState", faces.value(CardFace::daysInState))
                .withProperty("deadline", faces.value(CardFace::deadline))
                .withProperty("hasDeadline", faces.value(CardFace::hasDeadline))
                .withProperty("overdue", faces.value(CardFace::overdue))
                .withProperty("overdueWord", faces.value(CardFace::overdueWord))
                .withProperty("movable", faces.value(CardFace::movable))
                .withFunction("move", move);
    }

    /**
     * The template with the move button's words written in: the same for every card, so they travel once with the
     * template instead of with each card. The label names the card by its code ("Chuyển KN-2020-004 sang cột khác"),
     * so a screen reader's list of buttons tells them apart.
     */
    static String template(CardFace.Texts i18n) {
        String label = LitText.literal(i18n.getTranslation("board.card.move.label", CODE))
                .replace(CODE, "${item.code}");
        return TEMPLATE.replace("%MOVE%", LitText.literal(i18n.getTranslation("board.card.move")))
                .replace("%MOVE_LABEL%", label);
    }

    /**
     * The renderer asks each property of one card in a row, then the next card's: the face of the card asked last is
     * kept, so a card's face is worked out once, not once per property.
     */
    private static final class Faces implements Serializable {
        private final SerializableFunction<PetitionCard, CardFace> of;
        private transient PetitionCard lastCard;
        private transient CardFace lastFace;

        Faces(SerializableFunction<PetitionCard, CardFace> of) {
            this.of = of;
        }

        <V> ValueProvider<PetitionCard, V> value(SerializableFunction<CardFace, V> property) {
            return card -> property.apply(face(card));
        }

        private CardFace face(PetitionCard card) {
            if (card != lastCard) {
                lastFace = of.apply(card);
                lastCard = card;
            }
            return lastFace;
        }
    }
}
