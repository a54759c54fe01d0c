package vn.petitionboard.security.firstrun;

/**
 * What the person installing the app types on the first-run page: the set-up code the log printed, the ward and the
 * units above it, and the first administrator's name and password (twice). City and district may stay empty.
 */
public record FirstRunForm(String setupCode, String cityName, String districtName, String wardName,
        String adminFullName, String password, String passwordConfirmation) {

    public static final String SETUP_CODE = "setupCode";
    public static final String CITY = "cityName";
    public static final String DISTRICT = "districtName";
    public static final String WARD = "wardName";
    public static final String ADMIN_NAME = "adminFullName";
    public static final String PASSWORD = "password";
    public static final String CONFIRMATION = "passwordConfirmation";
}
