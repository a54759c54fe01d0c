package vn.petitionboard.security.account;

/** The signed-in user's request to replace their password: the current one, the new one, and the new one again. */
public record ChangePassword(String currentPassword, String newPassword, String confirmation) {

    @Override
    public String toString() {
        return "ChangePassword[…]"; // never the passwords, in a log or an exception
    }
}
