package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.security.Role;
import vn.petitionboard.security.SignedInUser;
import vn.petitionboard.security.UserId;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/**
 * The rules about petition rows exist once in Java ({@link PetitionState}) and once as jOOQ conditions
 * ({@link PetitionConditions}); on the same rows they must give the same answers.
 */
@IntegrationTest
@Transactional // the ward and its petitions are rolled back after each test
class PetitionConditionsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final DomainId ENVIRONMENT = new DomainId(1);

    @Autowired
    DSLContext dsl;
    @Autowired
    TestWards wards;

    record Row(PetitionId id, PetitionState state, LocalDate deadline, boolean overdueInSql) {
    }

    @Test
    void overdue_in_sql_agrees_with_overdue_in_java_for_every_state_and_deadline() {
        Ward ward = wards.create();
        List<LocalDate> deadlines = Arrays.asList(null, TODAY.minusDays(30), TODAY.minusDays(1), TODAY,
                TODAY.plusDays(1));
        int seq = 0;
        for (PetitionState state : PetitionState.values()) {
            for (LocalDate deadline : deadlines) {
                insert(ward, ++seq, state, ward.landDepartment(), deadline);
            }
        }

        var overdue = DSL.field(PetitionConditions.overdue(TODAY));
        List<Row> rows = dsl.select(PETITION.ID, PETITION.STATE, PETITION.DEADLINE, overdue)
                .from(PETITION).where(PETITION.UNIT_ID.eq(ward.unit()))
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), Boolean.TRUE.equals(r.value4())));

        assertThat(rows).hasSize(PetitionState.values().length * deadlines.size());
        assertThat(rows).allSatisfy(row -> assertThat(row.overdueInSql())
                .as("%s with deadline %s", row.state(), row.deadline())
                .isEqualTo(row.state().isOverdue(row.deadline(), TODAY)));
        // Both answers occur, so the agreement is not the trivial "never overdue".
        assertThat(rows).extracting(Row::overdueInSql).contains(true, false);
        // Only where the ward has the next step: not while the district or the Front has it (issue 10, item 3).
        assertThat(rows).filteredOn(Row::overdueInSql).extracting(Row::state).containsOnly(
                PetitionState.RECEIVED, PetitionState.ASSIGNED, PetitionState.IN_PROGRESS);
    }

    @Test
    void an_officer_sees_only_the_own_department_and_a_whole_unit_role_sees_the_whole_ward() {
        Ward ward = wards.create();
        PetitionId land = insert(ward, 1, PetitionState.ASSIGNED, ward.landDepartment(), null);
        PetitionId urban = insert(ward, 2, PetitionState.ASSIGNED, ward.urbanDepartment(), null);
        PetitionId unassigned = insert(ward, 3, PetitionState.RECEIVED, null, null);

        assertThat(visibleTo(user(ward, ward.landDepartment(), Role.DEPARTMENT_OFFICER), ward))
                .containsExactly(land);
        assertThat(visibleTo(user(ward, null, Role.DEPARTMENT_OFFICER), ward)).as("an officer without a department")
                .isEmpty();
        for (Role wholeUnit : Role.WHOLE_UNIT_READERS) {
            assertThat(visibleTo(user(ward, ward.landDepartment(), Role.DEPARTMENT_OFFICER, wholeUnit), ward))
                    .as("officer who is also " + wholeUnit).containsExactlyInAnyOrder(land, urban, unassigned);
        }
        assertThat(PetitionConditions.of(user(ward, null, Role.FRONT_REVIEWER)).department()).isEmpty();
    }

    @Test
    void a_merged_petition_is_seen_by_nobody_and_is_not_open() {
        Ward ward = wards.create();
        PetitionId kept = insert(ward, 1, PetitionState.ASSIGNED, ward.landDepartment(), null);
        insert(ward, 2, PetitionState.MERGED, ward.landDepartment(), null);

        assertThat(visibleTo(user(ward, ward.landDepartment(), Role.DEPARTMENT_OFFICER), ward)).containsExactly(kept);
        for (Role wholeUnit : Role.WHOLE_UNIT_READERS) {
            assertThat(visibleTo(user(ward, null, wholeUnit), ward)).as(wholeUnit.name()).containsExactly(kept);
        }
        assertThat(dsl.select(PETITION.ID).from(PETITION)
                .where(PETITION.UNIT_ID.eq(ward.unit()).and(PetitionConditions.open())).fetch(PETITION.ID))
                .containsExactly(kept);
    }

    @Test
    void my_work_is_the_own_department_even_for_an_officer_who_also_leads() {
        Ward ward = wards.create();
        PetitionId land = insert(ward, 1, PetitionState.IN_PROGRESS, ward.landDepartment(), null);
        insert(ward, 2, PetitionState.IN_PROGRESS, ward.urbanDepartment(), null);

        var conditions = PetitionConditions.of(
                user(ward, ward.landDepartment(), Role.DEPARTMENT_OFFICER, Role.COMMITTEE_CHAIR));
        assertThat(dsl.select(PETITION.ID).from(PETITION).where(conditions.ofOwnDepartment()).fetch(PETITION.ID))
                .containsExactly(land);
    }

    @Test
    void awaiting_review_and_open_follow_the_states() {
        Ward ward = wards.create();
        List<PetitionId> answered = new ArrayList<>();
        int seq = 0;
        for (PetitionState state : PetitionState.values()) {
            PetitionId id = insert(ward, ++seq, state, ward.landDepartment(), null);
            if (state == PetitionState.ANSWERED) {
                answered.add(id);
            }
        }
        var unit = PETITION.UNIT_ID.eq(ward.unit());
        assertThat(dsl.select(PETITION.ID).from(PETITION).where(unit.and(PetitionConditions.awaitingReview()))
                .fetch(PETITION.ID)).containsExactlyElementsOf(answered);
        assertThat(dsl.select(PETITION.STATE).from(PETITION).where(unit.and(PetitionConditions.open()))
                .fetch(PETITION.STATE)).containsExactlyInAnyOrderElementsOf(PetitionState.UNRESOLVED);
    }

    private List<PetitionId> visibleTo(SignedInUser user, Ward ward) {
        return dsl.select(PETITION.ID).from(PETITION)
                .where(PetitionConditions.of(user).visible()).and(PETITION.UNIT_ID.eq(ward.unit()))
                .fetch(PETITION.ID);
    }

    private static SignedInUser user(Ward ward, DepartmentId department, Role... roles) {
        return new SignedInUser(new UserId(-1), "test", "", "Người thử", null, ward.unit(), "", "WARD", department,
                null, Set.of(roles), true, false);
    }

    private PetitionId insert(Ward ward, int seq, PetitionState state, DepartmentId department, LocalDate deadline) {
        return dsl.insertInto(PETITION)
                .set(PETITION.UNIT_ID, ward.unit()).set(PETITION.CONFERENCE_ID, ward.conference())
                .set(PETITION.CODE, "KN-2026-%03d".formatted(seq)).set(PETITION.CODE_YEAR, 2026)
                .set(PETITION.CODE_SEQ, seq).set(PETITION.TITLE, "Kiến nghị thử " + seq)
                .set(PETITION.CONTENT, "Nội dung").set(PETITION.DOMAIN_ID, ENVIRONMENT)
                .set(PETITION.STATE, state).set(PETITION.DEPARTMENT_ID, department)
                .set(PETITION.DEADLINE, deadline).set(PETITION.STATE_CHANGED_AT, LocalDateTime.of(2026, 6, 1, 8, 0))
                .returningResult(PETITION.ID).fetchOne(PETITION.ID);
    }
}
