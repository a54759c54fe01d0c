package vn.petitionboard.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.petitionboard.jooq.Tables.AUDIT_LOG;
import static vn.petitionboard.jooq.Tables.DEPARTMENT;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.base.text.FieldError;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.DepartmentOption;
import vn.petitionboard.organisation.OrganisationService;
import vn.petitionboard.security.audit.AuditAction;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestWards;

/** The administrator's department commands against the real database, in a ward made for each test. */
@IntegrationTest
class DepartmentAdminServiceTest {

    private static final String LAND = "Địa chính – Xây dựng";

    @Autowired
    DepartmentAdminService departments;
    @Autowired
    OrganisationService organisation;
    @Autowired
    TestWards wards;
    @Autowired
    TestPetitions petitions;
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

    private Department department(DepartmentId id) throws Exception {
        return asAdmin(() -> departments.departments(0, 100)).stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private List<String> activeChoices() throws Exception {
        return signIn.as(ward.chair(), () -> organisation.activeDepartments()).stream().map(DepartmentOption::name)
                .toList();
    }

    private int auditCount() {
        return dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.UNIT_ID.eq(ward.unit()));
    }

    private Record lastAudit() {
        return dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.UNIT_ID.eq(ward.unit())).orderBy(AUDIT_LOG.ID.desc())
                .limit(1).fetchOne();
    }

    @Test
    void the_admin_adds_a_department_that_is_offered_for_assignment_and_audited() throws Exception {
        AdminResult result = asAdmin(() -> departments.add(new DepartmentCommands.Add("  Văn hóa – Xã hội ")));

        assertThat(result).isEqualTo(new AdminResult.Saved());
        assertThat(activeChoices()).contains("Văn hóa – Xã hội");
        assertThat(asAdmin(() -> departments.countDepartments())).isEqualTo(3);
        Record audit = lastAudit();
        assertThat(audit.get(AUDIT_LOG.ACTION)).isEqualTo(AuditAction.DEPARTMENT_CREATED);
        assertThat(audit.get(AUDIT_LOG.TARGET_LABEL)).isEqualTo("Văn hóa – Xã hội");
        assertThat(audit.get(AUDIT_LOG.AFTER_STATE)).contains("\"name\":\"Văn hóa – Xã hội\"").contains("BP-3");
    }

    @Test
    void bad_names_are_refused_and_nothing_is_written() throws Exception {
        int before = dsl.fetchCount(DEPARTMENT, DEPARTMENT.UNIT_ID.eq(ward.unit()));
        int audits = auditCount();

        assertThat(asAdmin(() -> departments.add(new DepartmentCommands.Add(LAND.toUpperCase()))))
                .isEqualTo(invalid("admin.department.nameTaken", LAND.toUpperCase()));
        String decomposed = Normalizer.normalize(LAND, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(LAND);
        assertThat(asAdmin(() -> departments.add(new DepartmentCommands.Add(decomposed))))
                .isEqualTo(invalid("admin.department.nameTaken", LAND));
        assertThat(asAdmin(() -> departments.add(new DepartmentCommands.Add("x".repeat(151)))))
                .isEqualTo(invalid("validation.tooLong", 150, 151));
        assertThat(asAdmin(() -> departments.add(new DepartmentCommands.Add("<b>Tư pháp</b>"))))
                .isEqualTo(invalid("admin.name.markup"));
        assertThat(asAdmin(() -> departments.add(new DepartmentCommands.Add(" \u200B "))))
                .isEqualTo(invalid("validation.required"));

        assertThat(dsl.fetchCount(DEPARTMENT, DEPARTMENT.UNIT_ID.eq(ward.unit()))).isEqualTo(before);
        assertThat(auditCount()).isEqualTo(audits);
    }

    @Test
    void a_rename_keeps_names_unique_but_a_name_differing_in_tone_marks_is_another_name() throws Exception {
        Department urban = department(ward.urbanDepartment());

        assertThat(asAdmin(() -> departments.rename(new DepartmentCommands.Rename(urban.id(), urban.version(),
                "địa chính – xây dựng")))).isEqualTo(invalid("admin.department.nameTaken", "địa chính – xây dựng"));
        assertThat(asAdmin(() -> departments.rename(new DepartmentCommands.Rename(urban.id(), urban.version(),
                "Địa chinh – Xây dựng")))).isEqualTo(new AdminResult.Saved());

        assertThat(department(urban.id()).name()).isEqualTo("Địa chinh – Xây dựng");
        assertThat(lastAudit().get(AUDIT_LOG.BEFORE_STATE)).contains("Kinh tế – Hạ tầng – Đô thị");
        assertThat(lastAudit().get(AUDIT_LOG.AFTER_STATE)).contains("Địa chinh – Xây dựng");
    }

    @Test
    void a_stale_version_is_a_conflict_and_changes_nothing() throws Exception {
        Department seen = department(ward.urbanDepartment());
        asAdmin(() -> departments.rename(new DepartmentCommands.Rename(seen.id(), seen.version(), "Hạ tầng")));

        assertThat(asAdmin(() -> departments.rename(new DepartmentCommands.Rename(seen.id(), seen.version(),
                "Đô thị")))).isEqualTo(new AdminResult.Conflict());
        assertThat(asAdmin(() -> departments.deactivate(new DepartmentCommands.Target(seen.id(), seen.version()))))
                .isEqualTo(new AdminResult.Conflict());
        assertThat(department(seen.id())).extracting(Department::name, Department::active)
                .containsExactly("Hạ tầng", true);
    }

    @Test
    void a_department_with_open_petitions_cannot_be_deactivated() throws Exception {
        petitions.inProgress(ward, "Lấn chiếm vỉa hè ngõ 12");
        petitions.inProgress(ward, "Cấp giấy chứng nhận chậm");
        Department land = department(ward.landDepartment());
        int audits = auditCount();

        AdminResult result = asAdmin(() -> departments.deactivate(new DepartmentCommands.Target(land.id(),
                land.version())));

        assertThat(result).isEqualTo(AdminResult.Refused.of("admin.department.hasOpenPetitions", LAND, 2));
        assertThat(department(land.id()).active()).isTrue();
        assertThat(activeChoices()).contains(LAND);
        assertThat(auditCount()).isEqualTo(audits);
    }

    @Test
    void a_deactivated_department_leaves_the_choices_and_comes_back_when_reactivated() throws Exception {
        Department urban = department(ward.urbanDepartment());

        assertThat(asAdmin(() -> departments.deactivate(new DepartmentCommands.Target(urban.id(), urban.version()))))
                .isEqualTo(new AdminResult.Saved());
        assertThat(activeChoices()).containsExactly(LAND);
        assertThat(lastAudit().get(AUDIT_LOG.AFTER_STATE)).contains("\"active\":false");

        Department inactive = department(urban.id());
        assertThat(inactive.active()).isFalse();
        assertThat(asAdmin(() -> departments.reactivate(new DepartmentCommands.Target(inactive.id(),
                inactive.version())))).isEqualTo(new AdminResult.Saved());
        assertThat(activeChoices()).contains("Kinh tế – Hạ tầng – Đô thị");
    }

    @Test
    void another_units_department_is_not_found() throws Exception {
        TestWards.Ward other = wards.create();
        AdminResult result = asAdmin(() -> departments.deactivate(new DepartmentCommands.Target(
                other.urbanDepartment(), 0)));

        assertThat(result).isEqualTo(AdminResult.Refused.of("admin.department.notFound"));
        assertThat(dsl.fetchValue(DEPARTMENT.ACTIVE, DEPARTMENT.ID.eq(other.urbanDepartment()))).isTrue();
    }

    @Test
    void every_other_role_is_refused() throws Exception {
        for (String user : Set.of(ward.chair(), ward.clerk(), ward.landOfficer(), ward.front())) {
            assertThatThrownBy(() -> signIn.as(user, () -> departments.add(new DepartmentCommands.Add("Bộ phận X"))))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signIn.as(user, () -> departments.deactivate(new DepartmentCommands.Target(
                    ward.urbanDepartment(), 0)))).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signIn.as(user, () -> departments.departments(0, 10)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(dsl.fetchCount(DEPARTMENT, DEPARTMENT.UNIT_ID.eq(ward.unit()))).isEqualTo(2);
    }

    private static AdminResult invalid(String key, Object... arguments) {
        return new AdminResult.Invalid(Map.of(ReferenceName.FIELD, FieldError.of(key, arguments)));
    }
}
