package vn.petitionboard.security.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.ui.FieldErrors;
import vn.petitionboard.organisation.DepartmentOption;
import vn.petitionboard.security.Role;
import vn.petitionboard.security.admin.UserAccount;
import vn.petitionboard.security.admin.UserAdminService;
import vn.petitionboard.security.admin.UserCommandResult;
import vn.petitionboard.security.admin.UserCommands;
import vn.petitionboard.security.admin.UserFields;
import vn.petitionboard.security.signin.LoginThrottleService;
import vn.petitionboard.security.signin.UnlockResult;

/**
 * Adds an account, or edits one: details, department and roles; and for an existing account, disable or re-enable it
 * and reset its password. The service judges every field; each outcome is said in plain Vietnamese.
 */
final class UserDialog extends Dialog {

    private final UserAdminService users;
    private final LoginThrottleService throttle;
    private final Optional<UserAccount> existing;
    private final SerializableRunnable onChange;
    private final FieldErrors errors = FieldErrors.judgedByService(this);
    private final TextField username = new TextField(getTranslation("admin.users.username"));
    private final TextField fullName = new TextField(getTranslation("admin.users.fullName"));
    private final TextField position = new TextField(getTranslation("admin.users.position"));
    private final EmailField email = new EmailField(getTranslation("admin.users.email"));
    private final TextField phone = new TextField(getTranslation("admin.users.phone"));
    private final ComboBox<DepartmentOption> department = new ComboBox<>(getTranslation("admin.users.department"));
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("admin.users.roles"));

    UserDialog(UserAdminService users, LoginThrottleService throttle, List<DepartmentOption> departments,
            Optional<UserAccount> existing, SerializableRunnable onChange) {
        this.users = users;
        this.throttle = throttle;
        this.existing = existing;
        this.onChange = onChange;
        setId("user-dialog");
        setHeaderTitle(existing.map(a -> getTranslation("admin.user.edit.title", a.username()))
                .orElse(getTranslation("admin.user.create.title")));
        setWidth("40rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);
        add(form(departments));
        existing.ifPresentOrElse(this::fill, () -> username.focus());
        footer();
    }

    private FormLayout form(List<DepartmentOption> departments) {
        username.setId("user-username");
        username.setRequiredIndicatorVisible(true);
        username.setHelperText(getTranslation("admin.user.username.helper"));
        username.setMaxLength(UserFields.USERNAME_MAX);
        fullName.setId("user-full-name");
        fullName.setRequiredIndicatorVisible(true);
        position.setId("user-position");
        email.setId("user-email");
        phone.setId("user-phone");
        department.setId("user-department");
        department.setItems(departments);
        department.setItemLabelGenerator(DepartmentOption::name);
        department.setClearButtonVisible(true);
        department.setHelperText(getTranslation("admin.user.department.helper"));
        roles.setId("user-roles");
        roles.setItems(Arrays.asList(Role.values()));
        roles.setItemLabelGenerator(role -> getTranslation(role.labelKey()));
        roles.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        roles.setRequiredIndicatorVisible(true);
        errors.bind(UserFields.USERNAME, username);
        errors.bind(UserFields.FULL_NAME, fullName);
        errors.bind(UserFields.POSITION, position);
        errors.bind(UserFields.EMAIL, email);
        errors.bind(UserFields.PHONE, phone);
        errors.bind(UserFields.DEPARTMENT, department);
        errors.bind(UserFields.ROLES, roles);
        FormLayout form = new FormLayout(username, fullName, position, email, phone, department, roles);
        form.setColspan(roles, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        return form;
    }

    private void fill(UserAccount account) {
        username.setValue(account.username());
        username.setReadOnly(true);
        fullName.setValue(account.fullName());
        position.setValue(account.positionTitle() == null ? "" : account.positionTitle());
        email.setValue(account.email() == null ? "" : account.email());
        phone.setValue(account.phone() == null ? "" : account.phone());
        department.getListDataView().getItems().filter(d -> d.id().equals(account.department())).findFirst()
                .ifPresent(department::setValue);
        roles.setValue(account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles()));
        fullName.focus();
    }

    private void footer() {
        Button cancel = new Button(getTranslation("account.cancel"), e -> close());
        cancel.setId("user-cancel");
        Button save = new Button(getTranslation(existing.isPresent() ? "admin.user.save" : "admin.user.create"),
                e -> save());
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        existing.ifPresent(account -> {
            Button enabled = new Button(getTranslation(account.enabled() ? "admin.user.disable" : "admin.user.enable"),
                    e -> show(account.enabled() ? users.disable(target(account)) : users.enable(target(account))));
            enabled.setId(account.enabled() ? "user-disable" : "user-enable");
            if (account.enabled()) {
                enabled.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            Button reset = new Button(getTranslation("admin.user.resetPassword"),
                    e -> show(users.resetPassword(target(account))));
            reset.setId("user-reset-password");
            getFooter().add(enabled, reset);
            throttle.lockedUntil(account.id()).ifPresent(until -> getFooter().add(unlockButton(account, until)));
        });
        Span gap = new Span();
        gap.addClassName("dialog-footer-gap");
        getFooter().add(gap, cancel, save);
    }

    /** Shown while too many wrong passwords keep the account locked; the lock would otherwise end by itself. */
    private Button unlockButton(UserAccount account, LocalDateTime until) {
        Button unlock = new Button(getTranslation("admin.user.unlock", Formats.dateTime(until)), e -> {
            switch (throttle.unlock(account.id())) {
                case UnlockResult.Unlocked unlocked -> {
                    close();
                    notify(getTranslation("admin.user.unlocked"), NotificationVariant.LUMO_SUCCESS);
                }
                case UnlockResult.Refused refused -> notify(getTranslation(refused.messageKey()),
                        NotificationVariant.LUMO_ERROR);
            }
        });
        unlock.setId("user-unlock");
        return unlock;
    }

    private static UserCommands.Target target(UserAccount account) {
        return new UserCommands.Target(account.id(), account.version());
    }

    private void save() {
        errors.clear();
        var chosenDepartment = Optional.ofNullable(department.getValue()).map(DepartmentOption::id).orElse(null);
        UserCommandResult result = existing
                .map(a -> users.update(new UserCommands.Update(a.id(), a.version(), fullName.getValue(),
                        position.getValue(), email.getValue(), phone.getValue(), chosenDepartment, roles.getValue())))
                .orElseGet(() -> users.create(new UserCommands.Create(username.getValue(), fullName.getValue(),
                        position.getValue(), email.getValue(), phone.getValue(), chosenDepartment,
                        roles.getValue())));
        show(result);
    }

    private void show(UserCommandResult result) {
        switch (result) {
            case UserCommandResult.Saved saved -> {
                close();
                onChange.run();
                notify(getTranslation("admin.user.saved"), NotificationVariant.LUMO_SUCCESS);
            }
            case UserCommandResult.PasswordIssued issued -> {
                close();
                onChange.run();
                new PasswordIssuedDialog(issued).open();
            }
            case UserCommandResult.Invalid invalid -> {
                errors.show(invalid.errors());
                errors.focusFirstInvalid();
            }
            case UserCommandResult.Refused refused -> notify(
                    getTranslation(refused.messageKey(), refused.arguments().toArray()),
                    NotificationVariant.LUMO_ERROR);
            case UserCommandResult.Conflict conflict -> {
                close();
                onChange.run();
                notify(getTranslation("admin.user.conflict"), NotificationVariant.LUMO_ERROR);
            }
        }
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
        notification.setId("user-notification");
    }
}
