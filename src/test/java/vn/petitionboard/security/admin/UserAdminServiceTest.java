package vn.petitionboard.security.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.petitionboard.jooq.Tables.APP_USER;
import static vn.petitionboard.jooq.Tables.AUDIT_LOG;

import java.text.Normalizer;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.base.text.FieldError;
import vn.petitionboard.security.Role;
import vn.petitionboard.security.SignedInSessions;
import vn.petitionboard.security.SignedInUser;
import vn.petitionboard.security.UserId;
import vn.petitionboard.security.audit.AuditAction;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestWards;

/** The administrator's account commands against the real database, in a ward made for each test. */
@IntegrationTest
class UserAdminServiceTest {

    @Autowired
    UserAdminService users;
    @Autowired
    TestWards wards;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext dsl;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    SignedInSessions sessions;

    private TestWards.Ward ward;

    @BeforeEach
    void newWard() {
        ward = wards.create();
    }

    private <T> T asAdmin(java.util.concurrent.Callable<T> action) throws Exception {
        return signIn.as(ward.admin(), action);
    }

    private UserCommands.Create officer(String username) {
        return new UserCommands.Create(username, "Nguyễn Văn Mới", "Cán bộ địa chính", "moi@phuong.gov.vn",
                "0912 345 678", ward.landDepartment(), Set.of(Role.DEPARTMENT_OFFICER));
    }

    private UserAccount account(String username) throws Exception {
        UserId id = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOne(APP_USER.ID);
        return asAdmin(() -> users.account(id)).orElseThrow();
    }

    private int userCount() {
        return dsl.fetchCount(APP_USER);
    }

    private Record lastAudit() {
        return dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.UNIT_ID.eq(ward.unit())).orderBy(AUDIT_LOG.ID.desc())
                .limit(1).fetchOne();
    }

    @Test
    void the_admin_creates_an_officer_with_a_one_time_password_that_must_be_changed() throws Exception {
        String username = "moi_" + ward.suffix();

        UserCommandResult result = asAdmin(() -> users.create(officer(username)));

        assertThat(result).isInstanceOf(UserCommandResult.PasswordIssued.class);
        String password = ((UserCommandResult.PasswordIssued) result).oneTimePassword();
        assertThat(password).hasSize(19).matches("[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}");
        SignedInUser signedIn = (SignedInUser) userDetails.loadUserByUsername(username);
        assertThat(encoder.matches(password, signedIn.getPassword())).isTrue();
        assertThat(signedIn.mustChangePassword()).isTrue();
        assertThat(signedIn.roles()).containsExactly(Role.DEPARTMENT_OFFICER);
        assertThat(signedIn.departmentId()).isEqualTo(ward.landDepartment());
        assertThat(signedIn.unitId()).isEqualTo(ward.unit());

        Record audit = lastAudit();
        assertThat(audit.get(AUDIT_LOG.ACTION)).isEqualTo(AuditAction.USER_CREATED);
        assertThat(audit.get(AUDIT_LOG.ACTOR_USERNAME)).isEqualTo(ward.admin());
        assertThat(audit.get(AUDIT_LOG.TARGET_LABEL)).isEqualTo(username);
        assertThat(audit.get(AUDIT_LOG.AFTER_STATE)).contains("\"username\":\"" + username + "\"")
                .contains("DEPARTMENT_OFFICER").contains("Địa chính – Xây dựng")
                .doesNotContain(password).doesNotContain(signedIn.getPassword()).doesNotContain("bcrypt");
    }

    @Test
    void every_other_role_is_refused_every_account_command() throws Exception {
        UserId officer = account(ward.landOfficer()).id();
        for (String user : Set.of(ward.chair(), ward.clerk(), ward.landOfficer(), ward.front())) {
            assertThatThrownBy(() -> signIn.as(user, () -> users.create(officer("x_" + ward.suffix()))))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signIn.as(user, () -> users.disable(new UserCommands.Target(officer, 0))))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signIn.as(user, () -> users.resetPassword(new UserCommands.Target(officer, 0))))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signIn.as(user, () -> users.account(officer)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(account(ward.landOfficer()).enabled()).isTrue();
    }

    @Test
    void bad_input_is_refused_field_by_field_and_writes_nothing() throws Exception {
        int before = userCount();
        UserCommandResult duplicate = asAdmin(() -> users.create(officer(ward.landOfficer().toUpperCase())));
        UserCommandResult badForm = asAdmin(() -> users.create(new UserCommands.Create("Nguyễn Văn", " ",
                "x".repeat(201), "không-phải-thư", "gọi tôi", null, Set.of(Role.DEPARTMENT_OFFICER))));
        UserCommandResult noRoles = asAdmin(() -> users.create(new UserCommands.Create("khong_vai_" + ward.suffix(),
                "<script>alert(1)</script>", null, null, null, null, Set.of())));

        assertThat(duplicate).isEqualTo(new UserCommandResult.Invalid(java.util.Map.of(UserFields.USERNAME,
                FieldError.of("admin.user.username.taken", ward.landOfficer()))));
        assertThat(badForm).isInstanceOfSatisfying(UserCommandResult.Invalid.class, invalid ->
                assertThat(invalid.errors()).containsEntry(UserFields.USERNAME, FieldError.of("admin.user.username.form"))
                        .containsEntry(UserFields.FULL_NAME, FieldError.of("validation.required"))
                        .containsEntry(UserFields.POSITION, FieldError.of("validation.tooLong", 200, 201))
                        .containsEntry(UserFields.EMAIL, FieldError.of("admin.user.email.form"))
                        .containsEntry(UserFields.PHONE, FieldError.of("admin.user.phone.form"))
                        .containsEntry(UserFields.DEPARTMENT, FieldError.of("admin.user.department.requiredForOfficer")));
        assertThat(noRoles).isEqualTo(new UserCommandResult.Invalid(java.util.Map.of(UserFields.ROLES,
                FieldError.of("admin.user.roles.required"))));
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void another_units_department_and_another_units_user_are_out_of_reach() throws Exception {
        TestWards.Ward other = wards.create();
        UserCommandResult foreignDepartment = asAdmin(() -> users.create(new UserCommands.Create(
                "ngoai_" + ward.suffix(), "Người Ngoài", null, null, null, other.landDepartment(),
                Set.of(Role.DEPARTMENT_OFFICER))));
        UserId foreignUser = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(other.landOfficer()))
                .fetchOne(APP_USER.ID);

        assertThat(foreignDepartment).isEqualTo(new UserCommandResult.Invalid(java.util.Map.of(UserFields.DEPARTMENT,
                FieldError.of("admin.user.department.unknown"))));
        assertThat(asAdmin(() -> users.account(foreignUser))).isEmpty();
        assertThat(asAdmin(() -> users.disable(new UserCommands.Target(foreignUser, 0))))
                .isEqualTo(UserCommandResult.Refused.of("admin.user.notFound"));
        assertThat(asAdmin(() -> users.resetPassword(new UserCommands.Target(foreignUser, 0))))
                .isEqualTo(UserCommandResult.Refused.of("admin.user.notFound"));
        assertThat(((SignedInUser) userDetails.loadUserByUsername(other.landOfficer())).isEnabled()).isTrue();
    }

    @Test
    void an_edit_on_a_stale_version_is_refused_and_names_are_kept_in_nfc() throws Exception {
        UserAccount officer = account(ward.landOfficer());
        String nfd = Normalizer.normalize("Trần Thị Hường", Normalizer.Form.NFD);
        UserCommandResult first = asAdmin(() -> users.update(new UserCommands.Update(officer.id(), officer.version(),
                nfd, "Chuyên viên", null, null, ward.urbanDepartment(), Set.of(Role.DEPARTMENT_OFFICER))));
        UserCommandResult stale = asAdmin(() -> users.update(new UserCommands.Update(officer.id(), officer.version(),
                "Ghi đè", null, null, null, ward.landDepartment(), Set.of(Role.DEPARTMENT_OFFICER))));

        assertThat(first).isEqualTo(new UserCommandResult.Saved(officer.id()));
        assertThat(stale).isEqualTo(new UserCommandResult.Conflict());
        UserAccount after = account(ward.landOfficer());
        assertThat(after.fullName()).isEqualTo("Trần Thị Hường").isEqualTo(Normalizer.normalize(nfd,
                Normalizer.Form.NFC));
        assertThat(after.department()).isEqualTo(ward.urbanDepartment());
        Record audit = lastAudit();
        assertThat(audit.get(AUDIT_LOG.ACTION)).isEqualTo(AuditAction.USER_UPDATED);
        assertThat(audit.get(AUDIT_LOG.BEFORE_STATE)).contains("Cán bộ Địa chính Thử").contains("Địa chính – Xây dựng");
        assertThat(audit.get(AUDIT_LOG.AFTER_STATE)).contains("Trần Thị Hường").contains("Kinh tế – Hạ tầng – Đô thị");
    }

    @Test
    void the_admin_cannot_lock_themself_out() throws Exception {
        UserAccount admin = account(ward.admin());
        assertThat(asAdmin(() -> users.disable(new UserCommands.Target(admin.id(), admin.version()))))
                .isEqualTo(UserCommandResult.Refused.of("admin.user.disableSelf"));
        assertThat(asAdmin(() -> users.update(new UserCommands.Update(admin.id(), admin.version(), admin.fullName(),
                null, null, null, null, Set.of(Role.CLERK)))))
                .isEqualTo(UserCommandResult.Refused.of("admin.user.ownAdminRole"));
        assertThat(account(ward.admin()).enabled()).isTrue();
        assertThat(account(ward.admin()).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void disabling_ends_the_users_open_sessions_and_sign_in() throws Exception {
        UserAccount officer = account(ward.landOfficer());
        MockHttpSession officerSession = signedInSession(ward.landOfficer());
        MockHttpSession frontSession = signedInSession(ward.front());

        UserCommandResult result = asAdmin(() -> users.disable(new UserCommands.Target(officer.id(),
                officer.version())));

        assertThat(result).isEqualTo(new UserCommandResult.Saved(officer.id()));
        assertThat(officerSession.isInvalid()).isTrue();
        assertThat(frontSession.isInvalid()).isFalse();
        assertThat(userDetails.loadUserByUsername(ward.landOfficer()).isEnabled()).isFalse();
        assertThat(lastAudit().get(AUDIT_LOG.ACTION)).isEqualTo(AuditAction.USER_DISABLED);

        UserAccount disabled = account(ward.landOfficer());
        assertThat(asAdmin(() -> users.enable(new UserCommands.Target(disabled.id(), disabled.version()))))
                .isEqualTo(new UserCommandResult.Saved(officer.id()));
        assertThat(userDetails.loadUserByUsername(ward.landOfficer()).isEnabled()).isTrue();
        sessions.sessionDestroyed(new jakarta.servlet.http.HttpSessionEvent(frontSession));
    }

    @Test
    void a_reset_gives_a_new_one_time_password_and_ends_the_sessions() throws Exception {
        UserAccount officer = account(ward.landOfficer());
        MockHttpSession officerSession = signedInSession(ward.landOfficer());

        UserCommandResult result = asAdmin(() -> users.resetPassword(new UserCommands.Target(officer.id(),
                officer.version())));

        String password = ((UserCommandResult.PasswordIssued) result).oneTimePassword();
        SignedInUser signedIn = (SignedInUser) userDetails.loadUserByUsername(ward.landOfficer());
        assertThat(encoder.matches(password, signedIn.getPassword())).isTrue();
        assertThat(encoder.matches(TestWards.PASSWORD, signedIn.getPassword())).isFalse();
        assertThat(signedIn.mustChangePassword()).isTrue();
        assertThat(officerSession.isInvalid()).isTrue();
        Record audit = lastAudit();
        assertThat(audit.get(AUDIT_LOG.ACTION)).isEqualTo(AuditAction.USER_PASSWORD_RESET);
        assertThat(audit.get(AUDIT_LOG.BEFORE_STATE)).isNull();
        assertThat(audit.get(AUDIT_LOG.AFTER_STATE)).isNull();
    }

    /** A session as Spring Security keeps it after a sign-in, known to the app's session registry. */
    private MockHttpSession signedInSession(String username) {
        SignedInUser user = (SignedInUser) userDetails.loadUserByUsername(username);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        sessions.sessionCreated(new jakarta.servlet.http.HttpSessionEvent(session));
        return session;
    }
}
