package vn.petitionboard.security.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.IntegrationTest;

/**
 * The throttle's counts and locks on the real database with a clock the test moves, and small limits of its own: time
 * passing without sleeping, and the address lock without touching 127.0.0.1, which every other test signs in from.
 */
@IntegrationTest
class SignInThrottleClockTest {

    private static final SignInThrottleSettings SETTINGS = new SignInThrottleSettings(10, Duration.ofHours(24),
            Duration.ofMinutes(15), 5, Duration.ofMinutes(15), Duration.ofMinutes(15), 3, Duration.ofSeconds(1),
            Duration.ofSeconds(5));

    @Autowired
    ThrottleStore store;
    @Autowired
    Clock clock;

    private SignInThrottle at(Duration later) {
        return new SignInThrottle(store, SETTINGS, Clock.offset(clock, later));
    }

    private static String fresh(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String freshAddress() {
        return "198.51.100." + (int) (Math.random() * 250) + "-" + UUID.randomUUID().toString().substring(0, 4);
    }

    @Test
    void the_tenth_failure_locks_the_username_for_fifteen_minutes_and_then_it_may_try_again() {
        String user = fresh("u_");
        String address = freshAddress();
        SignInThrottle now = at(Duration.ZERO);
        for (int i = 1; i <= 9; i++) {
            assertThat(now.failed(user, fresh("a")).usernameLockedNow()).as("failure %d", i).isFalse();
        }
        assertThat(now.lockRemaining(user, address)).isEmpty();

        assertThat(now.failed(user, fresh("a")).usernameLockedNow()).isTrue();

        assertThat(now.lockRemaining(user, address)).hasValueSatisfying(
                left -> assertThat(left).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15)));
        assertThat(at(Duration.ofMinutes(14)).lockRemaining(user, address)).isPresent();
        assertThat(at(Duration.ofMinutes(16)).lockRemaining(user, address)).as("the lock ends by itself").isEmpty();
        assertThat(at(Duration.ofMinutes(16)).failed(user, fresh("a")).usernameLockedNow())
                .as("still at the limit: the next failure locks again").isTrue();
    }

    @Test
    void a_usernames_count_restarts_after_a_day_without_failures() {
        String user = fresh("u_");
        for (int i = 1; i <= 9; i++) {
            at(Duration.ZERO).failed(user, fresh("a"));
        }
        SignInThrottle.Failure next = at(Duration.ofHours(25)).failed(user, fresh("a"));

        assertThat(next.usernameFailures()).isEqualTo(1);
        assertThat(next.usernameLockedNow()).isFalse();
    }

    @Test
    void an_address_locks_after_its_limit_whatever_the_usernames_and_only_that_address() {
        String address = freshAddress();
        SignInThrottle now = at(Duration.ZERO);
        for (int i = 1; i <= 4; i++) {
            assertThat(now.failed(fresh("u_"), address).addressLockedNow()).isFalse();
        }
        assertThat(now.failed(fresh("u_"), address).addressLockedNow()).as("fifth failure from it").isTrue();

        assertThat(now.lockRemaining(fresh("u_"), address)).as("any username from that address").isPresent();
        assertThat(now.lockRemaining(fresh("u_"), freshAddress())).as("another address").isEmpty();
        assertThat(at(Duration.ofMinutes(16)).lockRemaining(fresh("u_"), address)).isEmpty();
    }

    @Test
    void an_address_count_restarts_after_fifteen_quiet_minutes() {
        String address = freshAddress();
        for (int i = 1; i <= 4; i++) {
            at(Duration.ZERO).failed(fresh("u_"), address);
        }
        assertThat(at(Duration.ofMinutes(16)).failed(fresh("u_"), address).addressLockedNow()).isFalse();
    }

    @Test
    void the_delay_grows_from_the_third_failure_up_to_its_limit() {
        assertThat(SETTINGS.delayAfter(1)).isZero();
        assertThat(SETTINGS.delayAfter(2)).isZero();
        assertThat(SETTINGS.delayAfter(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SETTINGS.delayAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SETTINGS.delayAfter(9)).isEqualTo(Duration.ofSeconds(5));
        assertThat(SETTINGS.delayAfter(50)).isEqualTo(Duration.ofSeconds(5));
        String user = fresh("u_");
        at(Duration.ZERO).failed(user, fresh("a"));
        at(Duration.ZERO).failed(user, fresh("a"));
        assertThat(at(Duration.ZERO).failed(user, fresh("a")).delay()).isEqualTo(Duration.ofSeconds(1));
    }
}
