package vn.petitionboard.admin;

/** Field names of a holiday's {@link AdminResult.Invalid}. */
public final class HolidayFields {

    public static final String DATE = "date";
    public static final String NAME = "name";

    /** Holidays are kept from this year on, up to this many years ahead of today. */
    static final int FIRST_YEAR = 2000;
    static final int YEARS_AHEAD = 10;

    private HolidayFields() {
    }
}
