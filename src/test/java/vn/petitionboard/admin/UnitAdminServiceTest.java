package vn.petitionboard.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.petitionboard.jooq.Tables.AUDIT_LOG;
import static vn.petitionboard.jooq.Tables.UNIT;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.base.text.FieldError;
import vn.petitionboard.security.audit.AuditAction;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestWards;

/**
 * The names of the unit and the levels above it. The district and city above every test ward are the demo ward's
 * too, so tests send them back unchanged and rename only their own ward.
 */
@IntegrationTest
class UnitAdminServiceTest {

    @Autowired
    UnitAdminService units;
    @Autowired
    TestWards wards;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext dsl;

    private TestWards.Ward ward;

    @BeforeEach
    void newWard() {
        ward = wards.create();
    }

    private <T> T asAdmin(Callable<T> action) throws Exception {
        return signIn.as(ward.admin(), action);
    }

    private List<UnitAdminService.Rename> withWardName(List<UnitLevel> levels, String wardName) {
        return levels.stream().map(l -> new UnitAdminService.Rename(l.id(), l.version(),
                l.kind().equals("WARD") ? wardName : l.name())).toList();
    }

    @Test
    void the_admin_renames_the_ward_and_only_the_changed_level_is_audited() throws Exception {
        List<UnitLevel> levels = asAdmin(() -> units.levels());
        assertThat(levels).extracting(UnitLevel::kind).containsExactly("WARD", "DISTRICT", "CITY");
        assertThat(levels.get(1).name()).isEqualTo("Quận Long Biên");
        int audits = dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.UNIT_ID.eq(ward.unit()));

        AdminResult result = asAdmin(() -> units.rename(withWardName(levels, " Phường Đổi tên " + ward.suffix())));

        assertThat(result).isEqualTo(new AdminResult.Saved());
        assertThat(dsl.fetchValue(UNIT.NAME, UNIT.ID.eq(ward.unit()))).isEqualTo("Phường Đổi tên " + ward.suffix());
        assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.UNIT_ID.eq(ward.unit()))).isEqualTo(audits + 1);
        var audit = dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.UNIT_ID.eq(ward.unit()))
                .orderBy(AUDIT_LOG.ID.desc()).limit(1).fetchOne();
        assertThat(audit.get(AUDIT_LOG.ACTION)).isEqualTo(AuditAction.UNIT_UPDATED);
        assertThat(audit.get(AUDIT_LOG.BEFORE_STATE)).contains("Phường Thử nghiệm " + ward.suffix());
    }

    @Test
    void bad_names_stale_versions_and_units_outside_the_chain_are_refused() throws Exception {
        List<UnitLevel> levels = asAdmin(() -> units.levels());
        String before = "Phường Thử nghiệm " + ward.suffix();

        assertThat(asAdmin(() -> units.rename(withWardName(levels, "<i>Phường</i>")))).isEqualTo(
                new AdminResult.Invalid(Map.of("WARD", FieldError.of("admin.name.markup"))));
        assertThat(asAdmin(() -> units.rename(withWardName(levels, "")))).isEqualTo(
                new AdminResult.Invalid(Map.of("WARD", FieldError.of("validation.required"))));
        UnitLevel wardLevel = levels.getFirst();
        assertThat(asAdmin(() -> units.rename(List.of(new UnitAdminService.Rename(wardLevel.id(),
                wardLevel.version() + 1, "Phường Mới"))))).isEqualTo(new AdminResult.Conflict());
        TestWards.Ward other = wards.create();
        assertThat(asAdmin(() -> units.rename(List.of(new UnitAdminService.Rename(other.unit(), 0, "Phường Khác")))))
                .isEqualTo(AdminResult.Refused.of("admin.unit.notFound"));

        assertThat(dsl.fetchValue(UNIT.NAME, UNIT.ID.eq(ward.unit()))).isEqualTo(before);
        assertThat(dsl.fetchValue(UNIT.NAME, UNIT.ID.eq(other.unit()))).isEqualTo("Phường Thử nghiệm " + other.suffix());
    }

    @Test
    void every_other_role_is_refused() throws Exception {
        for (String user : Set.of(ward.chair(), ward.clerk(), ward.landOfficer(), ward.front())) {
            assertThatThrownBy(() -> signIn.as(user, () -> units.rename(List.of(new UnitAdminService.Rename(
                    ward.unit(), 0, "Phường X"))))).as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(dsl.fetchValue(UNIT.NAME, UNIT.ID.eq(ward.unit()))).isEqualTo("Phường Thử nghiệm " + ward.suffix());
    }
}
