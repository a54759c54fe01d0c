package vn.petitionboard.security.admin;

/** Field names of {@link UserCommandResult.Invalid} and the longest text each takes. */
public final class UserFields {

    public static final String USERNAME = "username";
    public static final String FULL_NAME = "fullName";
    public static final String POSITION = "positionTitle";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String DEPARTMENT = "department";
    public static final String ROLES = "roles";

    public static final int USERNAME_MAX = 64;
    public static final int FULL_NAME_MAX = 150;
    public static final int POSITION_MAX = 200;
    public static final int EMAIL_MAX = 200;
    public static final int PHONE_MAX = 30;

    private UserFields() {
    }
}
