package vn.petitionboard.security.admin;

import static vn.petitionboard.security.admin.UserFields.DEPARTMENT;
import static vn.petitionboard.security.admin.UserFields.EMAIL;
import static vn.petitionboard.security.admin.UserFields.EMAIL_MAX;
import static vn.petitionboard.security.admin.UserFields.FULL_NAME;
import static vn.petitionboard.security.admin.UserFields.FULL_NAME_MAX;
import static vn.petitionboard.security.admin.UserFields.PHONE;
import static vn.petitionboard.security.admin.UserFields.PHONE_MAX;
import static vn.petitionboard.security.admin.UserFields.POSITION;
import static vn.petitionboard.security.admin.UserFields.POSITION_MAX;
import static vn.petitionboard.security.admin.UserFields.ROLES;
import static vn.petitionboard.security.admin.UserFields.USERNAME;
import static vn.petitionboard.security.admin.UserFields.USERNAME_MAX;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.petitionboard.base.text.InputCheck;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.security.Role;

/** Cleans and checks an account's fields for {@link UserAdminService}: the same rules whatever the screen let through. */
@Component
class UserInputCheck {

    /** Lower-case Latin letters, digits, dot, dash and underscore: typed on any keyboard, read aloud without doubt. */
    private static final Pattern USERNAME_FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL_FORM = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE_FORM = Pattern.compile("\\+?[0-9][0-9 .()-]{5,29}");

    private final UserAdminStore store;

    UserInputCheck(UserAdminStore store) {
        this.store = store;
    }

    Checked<UserCommands.Create> create(UnitId unit, UserCommands.Create command) {
        InputCheck check = new InputCheck();
        String username = username(check, command.username());
        Details details = details(check, unit, command.fullName(), command.positionTitle(), command.email(),
                command.phone(), command.department(), command.roles());
        return new Checked<>(check, new UserCommands.Create(username, details.fullName, details.position,
                details.email, details.phone, details.department, details.roles));
    }

    Checked<UserCommands.Update> update(UnitId unit, UserCommands.Update command) {
        InputCheck check = new InputCheck();
        Details details = details(check, unit, command.fullName(), command.positionTitle(), command.email(),
                command.phone(), command.department(), command.roles());
        return new Checked<>(check, new UserCommands.Update(command.user(), command.version(), details.fullName,
                details.position, details.email, details.phone, details.department, details.roles));
    }

    private String username(InputCheck check, String raw) {
        String username = check.required(USERNAME, raw, USERNAME_MAX);
        if (username == null || check.errors().containsKey(USERNAME)) {
            return username;
        }
        username = Normalizer.normalize(username, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (!USERNAME_FORM.matcher(username).matches()) {
            check.fail(USERNAME, "admin.user.username.form");
        } else if (store.usernameTaken(username)) {
            check.fail(USERNAME, "admin.user.username.taken", username);
        }
        return username;
    }

    private Details details(InputCheck check, UnitId unit, String fullName, String position, String email,
            String phone, DepartmentId department, Set<Role> roles) {
        Details details = new Details();
        details.fullName = check.required(FULL_NAME, fullName, FULL_NAME_MAX);
        details.position = check.optional(POSITION, position, POSITION_MAX);
        details.email = check.optional(EMAIL, email, EMAIL_MAX);
        if (details.email != null && !EMAIL_FORM.matcher(details.email).matches()) {
            check.fail(EMAIL, "admin.user.email.form");
        }
        details.phone = check.optional(PHONE, phone, PHONE_MAX);
        if (details.phone != null && !PHONE_FORM.matcher(details.phone).matches()) {
            check.fail(PHONE, "admin.user.phone.form");
        }
        details.roles = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        check.require(!details.roles.isEmpty(), ROLES, "admin.user.roles.required");
        details.department = department;
        if (department != null && !store.activeDepartmentOf(unit, department)) {
            check.fail(DEPARTMENT, "admin.user.department.unknown");
        } else if (department == null && details.roles.contains(Role.DEPARTMENT_OFFICER)) {
            check.fail(DEPARTMENT, "admin.user.department.requiredForOfficer");
        }
        return details;
    }

    private static final class Details {
        String fullName;
        String position;
        String email;
        String phone;
        DepartmentId department;
        Set<Role> roles;
    }

    /** Cleaned input, or the errors that stop the command. */
    record Checked<T>(InputCheck check, T value) {

        boolean isInvalid() {
            return check.hasErrors();
        }

        UserCommandResult.Invalid invalid() {
            return new UserCommandResult.Invalid(check.errors());
        }
    }
}
