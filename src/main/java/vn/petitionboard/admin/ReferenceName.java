package vn.petitionboard.admin;

import vn.petitionboard.base.text.InputCheck;

/**
 * A name of reference data (a department, a domain, the unit, a delegate) as typed, cleaned and checked: NFC, required,
 * at most {@link #MAX} characters, and no angle brackets. These names fill selectors, cards, reports and Excel files
 * everywhere; a name with markup in it is never a real name, so it is refused rather than kept as text.
 */
public final class ReferenceName {

    /** The field name in {@link AdminResult.Invalid}. */
    public static final String FIELD = "name";
    public static final int MAX = 150;

    private ReferenceName() {
    }

    /** The cleaned name, with an error in the check when it is missing, too long or holds markup. */
    static String check(InputCheck check, String field, String raw, int max) {
        String name = check.required(field, raw, max);
        if (name != null && (name.indexOf('<') >= 0 || name.indexOf('>') >= 0)) {
            check.fail(field, "admin.name.markup");
        }
        return name;
    }

    static String check(InputCheck check, String raw) {
        return check(check, FIELD, raw, MAX);
    }
}
