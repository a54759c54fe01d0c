package vn.petitionboard.support;

import static vn.petitionboard.jooq.Tables.APP_USER;
import static vn.petitionboard.jooq.Tables.CONFERENCE;
import static vn.petitionboard.jooq.Tables.DEPARTMENT;
import static vn.petitionboard.jooq.Tables.UNIT;
import static vn.petitionboard.jooq.Tables.USER_ROLE;

import java.time.LocalDate;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.conference.ConferenceKind;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.security.Role;
import vn.petitionboard.security.UserId;

/**
 * A ward of its own for a test that must commit (concurrency, browser journeys), so that its changes never touch the
 * demo ward the other tests read. Each call makes a new one; its users' password is demo@2020.
 */
@Component
public class TestWards {

    public static final String PASSWORD = "demo@2020";
    private static final UnitId HA_NOI = new UnitId(1);
    private static final UnitId LONG_BIEN = new UnitId(2);

    private final DSLContext dsl;
    private final PasswordEncoder passwordEncoder;

    TestWards(DSLContext dsl, PasswordEncoder passwordEncoder) {
        this.dsl = dsl;
        this.passwordEncoder = passwordEncoder;
    }

    public record Ward(UnitId unit, String suffix, DepartmentId landDepartment, DepartmentId urbanDepartment,
            ConferenceId conference, String chair, String clerk, String landOfficer, String urbanOfficer,
            String front, String admin) {
    }

    /**
     * A district of its own (under the demo city) with one department and its people, for tests of what crosses
     * units: escalations to it, the district's overview of its wards. Its wards are made with {@link #create(UnitId)}.
     */
    public record District(UnitId unit, String suffix, DepartmentId department, ConferenceId conference,
            String chair, String secretary, String officer, String front, String clerk) {
    }

    public District createDistrict() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        UnitId unit = dsl.insertInto(UNIT).set(UNIT.PARENT_ID, HA_NOI).set(UNIT.CODE, "TESTQ-" + suffix)
                .set(UNIT.NAME, "Quận Thử nghiệm " + suffix).set(UNIT.KIND, "DISTRICT")
                .returningResult(UNIT.ID).fetchOne(UNIT.ID);
        DepartmentId resources = department(unit, "TNMT", "Phòng Tài nguyên và Môi trường");
        ConferenceId conference = dsl.insertInto(CONFERENCE).set(CONFERENCE.UNIT_ID, unit)
                .set(CONFERENCE.KIND, ConferenceKind.VOTER_CONTACT).set(CONFERENCE.TITLE, "Tiếp xúc cử tri quận thử nghiệm")
                .set(CONFERENCE.HELD_ON, Today.date().minusDays(1))
                .returningResult(CONFERENCE.ID).fetchOne(CONFERENCE.ID);
        String chair = user(unit, null, "qchutich_" + suffix, "Chủ tịch Quận Thử", Role.COMMITTEE_CHAIR);
        String secretary = user(unit, null, "qbithu_" + suffix, "Bí thư Quận Thử", Role.PARTY_SECRETARY);
        String officer = user(unit, resources, "qtnmt_" + suffix, "Cán bộ Tài nguyên Quận Thử",
                Role.DEPARTMENT_OFFICER);
        String front = user(unit, null, "qmattran_" + suffix, "Mặt trận Quận Thử", Role.FRONT_REVIEWER);
        String clerk = user(unit, null, "qvanthu_" + suffix, "Văn thư Quận Thử", Role.CLERK);
        return new District(unit, suffix, resources, conference, chair, secretary, officer, front, clerk);
    }

    /** A ward under the demo district, Quận Long Biên. */
    public Ward create() {
        return create(LONG_BIEN);
    }

    /** A ward under the given district. */
    public Ward create(UnitId district) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        UnitId unit = dsl.insertInto(UNIT).set(UNIT.PARENT_ID, district).set(UNIT.CODE, "TEST-" + suffix)
                .set(UNIT.NAME, "Phường Thử nghiệm " + suffix).set(UNIT.KIND, "WARD")
                .returningResult(UNIT.ID).fetchOne(UNIT.ID);
        DepartmentId land = department(unit, "DCXD", "Địa chính – Xây dựng");
        DepartmentId urban = department(unit, "KTHT", "Kinh tế – Hạ tầng – Đô thị");
        ConferenceId conference = dsl.insertInto(CONFERENCE).set(CONFERENCE.UNIT_ID, unit)
                .set(CONFERENCE.KIND, ConferenceKind.DIALOGUE).set(CONFERENCE.TITLE, "Hội nghị đối thoại thử nghiệm")
                .set(CONFERENCE.HELD_ON, Today.date().minusDays(1))
                .returningResult(CONFERENCE.ID).fetchOne(CONFERENCE.ID);
        String chair = user(unit, null, "chutich_" + suffix, "Chủ tịch Thử", Role.COMMITTEE_CHAIR);
        String clerk = user(unit, null, "vanthu_" + suffix, "Văn thư Thử", Role.CLERK);
        String landOfficer = user(unit, land, "diachinh_" + suffix, "Cán bộ Địa chính Thử", Role.DEPARTMENT_OFFICER);
        String urbanOfficer = user(unit, urban, "hatang_" + suffix, "Cán bộ Hạ tầng Thử", Role.DEPARTMENT_OFFICER);
        String front = user(unit, null, "mattran_" + suffix, "Mặt trận Thử", Role.FRONT_REVIEWER);
        String admin = user(unit, null, "quantri_" + suffix, "Quản trị Thử", Role.ADMIN);
        return new Ward(unit, suffix, land, urban, conference, chair, clerk, landOfficer, urbanOfficer, front, admin);
    }

    private DepartmentId department(UnitId unit, String code, String name) {
        return dsl.insertInto(DEPARTMENT).set(DEPARTMENT.UNIT_ID, unit).set(DEPARTMENT.CODE, code)
                .set(DEPARTMENT.NAME, name).returningResult(DEPARTMENT.ID).fetchOne(DEPARTMENT.ID);
    }

    private String user(UnitId unit, DepartmentId department, String username, String name, Role role) {
        UserId id = dsl.insertInto(APP_USER).set(APP_USER.UNIT_ID, unit).set(APP_USER.DEPARTMENT_ID, department)
                .set(APP_USER.USERNAME, username).set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(PASSWORD))
                .set(APP_USER.FULL_NAME, name).returningResult(APP_USER.ID).fetchOne(APP_USER.ID);
        dsl.insertInto(USER_ROLE).set(USER_ROLE.USER_ID, id).set(USER_ROLE.ROLE, role).execute();
        return username;
    }

    public UserId idOf(String username) {
        return dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOne(APP_USER.ID);
    }
}
