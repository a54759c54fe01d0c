package vn.petitionboard.security.firstrun;

import static vn.petitionboard.security.firstrun.FirstRunForm.ADMIN_NAME;
import static vn.petitionboard.security.firstrun.FirstRunForm.CITY;
import static vn.petitionboard.security.firstrun.FirstRunForm.CONFIRMATION;
import static vn.petitionboard.security.firstrun.FirstRunForm.DISTRICT;
import static vn.petitionboard.security.firstrun.FirstRunForm.PASSWORD;
import static vn.petitionboard.security.firstrun.FirstRunForm.SETUP_CODE;
import static vn.petitionboard.security.firstrun.FirstRunForm.WARD;

import java.text.Normalizer;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.base.text.InputCheck;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.security.UserId;
import vn.petitionboard.security.account.PasswordPolicy;
import vn.petitionboard.security.audit.AuditAction;
import vn.petitionboard.security.audit.AuditLog;
import vn.petitionboard.security.audit.AuditTarget;

/**
 * Sets up an installation that has no account yet (production starts without demo data): its ward, the district and
 * city above it when named, the common domains, and the first administrator with a password of their own choice.
 * Open to anonymous callers by design, so it guards itself: it acts only while no account exists, checked under a lock
 * in its own transaction, and only for the holder of the set-up code this process printed in its log. The environment
 * variables route ({@link FirstRunAtStartup}) skips the code: whoever sets the server's environment owns it anyway.
 */
@Service
public class FirstRunService {

    /** The first administrator's username; shown on the page and in the log. */
    public static final String ADMIN_USERNAME = "quantri";
    static final int NAME_MAX = 200;
    static final int FULL_NAME_MAX = 150;

    private final FirstRunStore store;
    private final SetupCode setupCode;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    FirstRunService(FirstRunStore store, SetupCode setupCode, PasswordPolicy passwords, PasswordEncoder encoder,
            AuditLog audit) {
        this.store = store;
        this.setupCode = setupCode;
        this.passwords = passwords;
        this.encoder = encoder;
        this.audit = audit;
    }

    /**
     * True while the installation has no account: the login page then leads to the first-run page. A database that
     * cannot be asked counts as set up: the login page must still show, to say at sign-in that the service is
     * unavailable (DatabaseOutageIT). One indexed look at app_user, outside any transaction.
     */
    public boolean pending() {
        try {
            return store.noAccount();
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException unreachable) {
            return false;
        }
    }

    /** The set-up typed on the first-run page, with the code from the log. */
    @Transactional
    public FirstRunResult complete(FirstRunForm form) {
        if (!store.noAccountLocked()) {
            return new FirstRunResult.AlreadyDone();
        }
        InputCheck check = new InputCheck();
        check.require(setupCode.matches(form.setupCode()), SETUP_CODE, "firstRun.code.wrong");
        return setUp(check, form);
    }

    /** The set-up from the server's environment: no code, the same checks. */
    @Transactional
    FirstRunResult completeFromEnvironment(FirstRunForm form) {
        if (!store.noAccountLocked()) {
            return new FirstRunResult.AlreadyDone();
        }
        return setUp(new InputCheck(), form);
    }

    private FirstRunResult setUp(InputCheck check, FirstRunForm form) {
        String city = check.optional(CITY, form.cityName(), NAME_MAX);
        String district = check.optional(DISTRICT, form.districtName(), NAME_MAX);
        String ward = check.required(WARD, form.wardName(), NAME_MAX);
        String fullName = check.optional(ADMIN_NAME, form.adminFullName(), FULL_NAME_MAX);
        if (fullName == null) {
            fullName = "Quản trị hệ thống";
        }
        passwords.check(check, PASSWORD, form.password(), ADMIN_USERNAME, fullName);
        if (!check.errors().containsKey(PASSWORD)) {
            check.require(nfc(form.password()).equals(nfc(form.passwordConfirmation())), CONFIRMATION,
                    "account.password.mismatch");
        }
        if (check.hasErrors()) {
            return new FirstRunResult.Invalid(check.errors());
        }
        UnitId cityId = city == null ? null : store.unit(null, city, "CITY");
        UnitId districtId = district == null ? null : store.unit(cityId, district, "DISTRICT");
        UnitId wardId = store.unit(districtId != null ? districtId : cityId, ward, "WARD");
        store.domainsIfNone();
        UserId admin = store.administrator(wardId, ADMIN_USERNAME, fullName, encoder.encode(form.password()));
        audit.recordFirstRun(wardId, admin, ADMIN_USERNAME, AuditTarget.user(admin.value(), ADMIN_USERNAME),
                Map.of("unit", ward, "username", ADMIN_USERNAME));
        setupCode.forget();
        return new FirstRunResult.Done(ADMIN_USERNAME);
    }

    private static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
