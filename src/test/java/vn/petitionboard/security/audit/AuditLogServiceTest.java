package vn.petitionboard.security.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.petitionboard.jooq.Tables.AUDIT_LOG;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;
import vn.petitionboard.support.Today;

/** Reading the audit log: the administrator's unit and entries of no unit, filters, newest first, admins only. */
@IntegrationTest
class AuditLogServiceTest {

    @Autowired
    AuditLogService service;
    @Autowired
    TestWards wards;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext dsl;

    private Ward ward;
    private Ward other;
    private String admin;
    private String unknown;
    private final LocalDateTime now = Today.dateTime();

    private void entry(UnitId unit, String username, AuditAction action, LocalDateTime at) {
        dsl.insertInto(AUDIT_LOG).set(AUDIT_LOG.OCCURRED_AT, at).set(AUDIT_LOG.UNIT_ID, unit)
                .set(AUDIT_LOG.ACTOR_USERNAME, username).set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.CLIENT_ADDRESS, "127.0.0.1").execute();
    }

    @BeforeEach
    void entries() {
        ward = wards.create();
        other = wards.create();
        admin = ward.admin();
        unknown = "khongco_" + UUID.randomUUID().toString().substring(0, 8);
        entry(ward.unit(), ward.clerk(), AuditAction.SIGN_IN_SUCCEEDED, now.minusDays(3));
        entry(ward.unit(), ward.clerk(), AuditAction.SIGN_IN_FAILED, now.minusDays(1));
        entry(ward.unit(), ward.chair(), AuditAction.SIGN_IN_SUCCEEDED, now.minusMinutes(5));
        entry(other.unit(), other.clerk(), AuditAction.SIGN_IN_SUCCEEDED, now.minusMinutes(4));
        entry(null, unknown, AuditAction.SIGN_IN_FAILED, now.minusMinutes(3));
    }

    private List<AuditEntry> read(AuditFilter filter) throws Exception {
        return signIn.as(admin, () -> service.entries(filter, 0, 1000));
    }

    private List<String> usernames(AuditFilter filter) throws Exception {
        return read(filter).stream().map(AuditEntry::actorUsername)
                .filter(u -> u.endsWith(ward.suffix()) || u.endsWith(other.suffix()) || u.equals(unknown)).toList();
    }

    @Test
    void the_administrator_reads_their_units_entries_and_those_of_no_unit_newest_first() throws Exception {
        assertThat(usernames(AuditFilter.NONE)).containsExactly(unknown, ward.chair(), ward.clerk(), ward.clerk());
        assertThat(usernames(AuditFilter.NONE)).as("another ward's entries").doesNotContain(other.clerk());
        int count = signIn.as(admin, () -> service.count(AuditFilter.NONE));
        assertThat(count).isEqualTo(read(AuditFilter.NONE).size());
    }

    @Test
    void filters_by_action_dates_and_username() throws Exception {
        assertThat(usernames(new AuditFilter(AuditAction.SIGN_IN_SUCCEEDED, null, null, null)))
                .containsExactly(ward.chair(), ward.clerk());
        assertThat(usernames(new AuditFilter(null, now.toLocalDate().minusDays(1), now.toLocalDate().minusDays(1),
                null))).containsExactly(ward.clerk());
        assertThat(usernames(new AuditFilter(null, now.toLocalDate().minusDays(3), null, ward.clerk())))
                .containsExactly(ward.clerk(), ward.clerk());
        assertThat(usernames(new AuditFilter(AuditAction.SIGN_IN_FAILED, null, null, "KHONGCO_")))
                .as("any case, part of the name").containsExactly(unknown);
        assertThat(read(new AuditFilter(null, null, null, "%"))).as("a typed % is a character, not a wildcard")
                .isEmpty();
    }

    @Test
    void pages_come_one_after_another() throws Exception {
        List<AuditEntry> all = read(AuditFilter.NONE);
        List<AuditEntry> second = signIn.as(admin, () -> service.entries(AuditFilter.NONE, 1, 2));
        assertThat(second).containsExactlyElementsOf(all.subList(1, 3));
    }

    @Test
    void only_administrators_read_the_audit_log() {
        assertThatThrownBy(() -> signIn.as(ward.chair(), () -> service.entries(AuditFilter.NONE, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signIn.as(ward.clerk(), () -> service.count(AuditFilter.NONE)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
