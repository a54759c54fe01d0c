package vn.petitionboard.security.firstrun;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On a start with no account in the database: sets the installation up from INITIAL_WARD_NAME and
 * INITIAL_ADMIN_PASSWORD when both are given (nothing to type, the password never printed), otherwise prints the
 * one-time set-up code for the first-run page once in the log. A start with accounts does and prints nothing.
 */
@Component
class FirstRunAtStartup {

    private static final Logger LOG = LoggerFactory.getLogger(FirstRunAtStartup.class);

    private final FirstRunService firstRun;
    private final SetupCode setupCode;
    private final FirstRunForm fromEnvironment;

    FirstRunAtStartup(FirstRunService firstRun, SetupCode setupCode,
            @Value("${petitionboard.first-run.city-name:}") String city,
            @Value("${petitionboard.first-run.district-name:}") String district,
            @Value("${petitionboard.first-run.ward-name:}") String ward,
            @Value("${petitionboard.first-run.admin-name:}") String adminName,
            @Value("${petitionboard.first-run.admin-password:}") String password) {
        this.firstRun = firstRun;
        this.setupCode = setupCode;
        this.fromEnvironment = new FirstRunForm(null, city, district, ward, adminName, password, password);
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (!firstRun.pending()) {
            return;
        }
        if (StringUtils.hasText(fromEnvironment.wardName()) && StringUtils.hasText(fromEnvironment.password())) {
            switch (firstRun.completeFromEnvironment(fromEnvironment)) {
                case FirstRunResult.Done done -> {
                    LOG.info("First run: set up {} with administrator '{}' and the password from "
                            + "INITIAL_ADMIN_PASSWORD. Remove that variable from the environment now.",
                            fromEnvironment.wardName().strip(), done.adminUsername());
                    return;
                }
                case FirstRunResult.AlreadyDone already -> {
                    return;
                }
                case FirstRunResult.Invalid invalid -> LOG.warn("First run: INITIAL_* variables refused ({}); "
                        + "use the first-run page instead.", invalid.errors().keySet());
            }
        }
        String code = setupCode.draw();
        LOG.warn("""

                ==================================================================
                 No account exists yet. Open /setup in a browser and enter this
                 one-time set-up code to name the ward and choose the password of
                 the first administrator (username '{}'):

                     {}

                 (Or restart with INITIAL_WARD_NAME and INITIAL_ADMIN_PASSWORD.)
                ==================================================================""",
                FirstRunService.ADMIN_USERNAME, code);
    }
}
