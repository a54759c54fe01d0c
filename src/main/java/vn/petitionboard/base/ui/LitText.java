package vn.petitionboard.base.ui;

/**
 * Words written into a LitRenderer template (labels that are the same for every row travel once, with the template,
 * instead of with each row). Escaped so that they are shown as typed, never read as markup or as a Lit expression.
 * Values that differ per row are bound as properties instead ({@code ${item.title}}), which Lit writes as text.
 */
public final class LitText {

    private LitText() {
    }

    public static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&', '<', '>', '"', '\'', '$', '`', '\\', '{', '}' -> out.append("&#").append(c).append(';');
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
