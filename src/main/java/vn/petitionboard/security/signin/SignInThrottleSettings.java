package vn.petitionboard.security.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How sign-in failures are slowed down and locked (petitionboard.sign-in.*, see docs/decisions/0018). A count restarts
 * after its window passes without a failure; a lock lasts its duration, and a username whose count is still at the
 * limit when its lock ends is locked again by its next failure.
 *
 * @param usernameMaxFailures failures of one username that lock it (10)
 * @param usernameWindow      quiet time after which a username's count restarts (24 h)
 * @param usernameLock        how long a username stays locked (15 min)
 * @param addressMaxFailures  failures from one client address that lock the address (50)
 * @param addressWindow       quiet time after which an address's count restarts (15 min)
 * @param addressLock         how long an address stays locked (15 min)
 * @param delayFrom           the failure of a username from which its answers are delayed (3)
 * @param delayStep           the delay grows by this much with every further failure (1 s)
 * @param maxDelay            the longest delay, which also bounds how long a request thread waits (5 s)
 */
@ConfigurationProperties("petitionboard.sign-in")
public record SignInThrottleSettings(int usernameMaxFailures, Duration usernameWindow, Duration usernameLock,
        int addressMaxFailures, Duration addressWindow, Duration addressLock, int delayFrom, Duration delayStep,
        Duration maxDelay) {

    public SignInThrottleSettings {
        if (usernameMaxFailures < 1 || addressMaxFailures < 1 || delayFrom < 1) {
            throw new IllegalArgumentException("petitionboard.sign-in: failure limits must be at least 1");
        }
        for (Duration d : new Duration[] {usernameWindow, usernameLock, addressWindow, addressLock}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("petitionboard.sign-in: windows and locks must be positive");
            }
        }
        if (delayStep == null || delayStep.isNegative() || maxDelay == null || maxDelay.isNegative()) {
            throw new IllegalArgumentException("petitionboard.sign-in: delays must not be negative");
        }
    }

    /** The wait before answering a refused sign-in, after a username's n-th failure in a row. */
    Duration delayAfter(int failures) {
        if (failures < delayFrom) {
            return Duration.ZERO;
        }
        Duration delay = delayStep.multipliedBy(failures - delayFrom + 1L);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
