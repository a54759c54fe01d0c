package vn.petitionboard.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.PetitionCommands;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionQueryService;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.security.Role;
import vn.petitionboard.security.SignedInUser;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestPetitionRows;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.District;
import vn.petitionboard.support.TestWards.Ward;

/**
 * "A unit never sees another unit's petitions except what is escalated to it": the district's oversight is for its
 * own leaders and Front, over its own wards, read-only. Everyone else is refused by the service, whatever the page.
 */
@IntegrationTest
@Transactional
class DistrictOversightSecurityTest {

    private static final DomainId LAND = new DomainId(2);

    @Autowired
    DistrictService district;
    @Autowired
    PetitionWorkflowService workflow;
    @Autowired
    PetitionQueryService petitions;
    @Autowired
    TestWards wards;
    @Autowired
    TestPetitionRows rows;
    @Autowired
    SignIn signIn;
    @Autowired
    Clock clock;

    private District quan;
    private Ward a;
    private Ward b;
    private District other;
    private Ward otherWard;
    private PetitionId inA;
    private PetitionId inB;

    @BeforeEach
    void twoDistrictsWithAWardEach() {
        LocalDate today = LocalDate.now(clock);
        quan = wards.createDistrict();
        a = wards.create(quan.unit());
        b = wards.create(quan.unit());
        other = wards.createDistrict();
        otherWard = wards.create(other.unit());
        inA = rows.insert(a, "Kiến nghị của phường A", PetitionState.RECEIVED, LAND, null, today, null);
        inB = rows.insert(b, "Kiến nghị của phường B", PetitionState.RECEIVED, LAND, null, today, null);
        rows.insert(otherWard, "Kiến nghị của quận khác", PetitionState.RECEIVED, LAND, null, today, null);
    }

    @Test
    void the_districts_leaders_and_front_oversee_its_own_wards() throws Exception {
        for (String user : List.of(quan.chair(), quan.secretary(), quan.front())) {
            List<PetitionId> seen = signIn.as(user, () -> district.petitions(OversightFilter.stillOpen(), 0, 50))
                    .stream().map(OversightRow::id).toList();
            assertThat(seen).as(user).containsExactlyInAnyOrder(inA, inB);
        }
    }

    @Test
    void a_district_officer_and_clerk_are_refused() {
        for (String user : List.of(quan.officer(), quan.clerk())) {
            assertThatThrownBy(() -> signIn.as(user, () -> district.overview(Optional.empty())))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signIn.as(user, () -> district.petitions(OversightFilter.stillOpen(), 0, 50)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signIn.as(user, () -> district.count(OversightFilter.stillOpen())))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_wards_leader_officer_and_front_are_refused_and_cannot_read_another_wards_petition() throws Exception {
        for (String user : List.of(a.chair(), a.landOfficer(), a.front(), a.clerk())) {
            assertThatThrownBy(() -> signIn.as(user, () -> district.overview(Optional.empty())))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signIn.as(user, () -> district.petitions(OversightFilter.stillOpen(), 0, 50)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signIn.as(user, () -> district.wards()))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThat(signIn.as(user, () -> petitions.findDetails(inB))).as(user + " reads ward B's petition")
                    .isEmpty();
        }
        assertThat(signIn.as(a.chair(), () -> petitions.findDetails(inA))).as("their own ward's, as ever")
                .isPresent();
    }

    @Test
    void another_districts_leader_sees_none_of_these_wards() throws Exception {
        List<PetitionId> seen = signIn.as(other.chair(),
                () -> district.petitions(OversightFilter.stillOpen(), 0, 50)).stream().map(OversightRow::id).toList();
        assertThat(seen).doesNotContain(inA, inB).hasSize(1);
        assertThat(signIn.as(other.chair(), () -> district.overview(Optional.empty())).wards())
                .extracting(r -> r.ward().id()).containsExactly(otherWard.unit());
        OversightFilter ourWard = new OversightFilter(Optional.empty(), Optional.of(a.unit()), Optional.empty(),
                Behind.ALL);
        assertThatThrownBy(() -> signIn.as(other.chair(), () -> district.petitions(ourWard, 0, 50)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signIn.as(other.chair(), () -> district.count(ourWard)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_district_leader_cannot_act_on_or_open_a_wards_petition() throws Exception {
        CommandResult assigned = signIn.as(quan.chair(), () -> workflow.assign(new PetitionCommands.Assign(inA, 0,
                a.landDepartment(), LocalDate.now(clock).plusDays(10), "Giao xử lý.")));
        assertThat(assigned).isEqualTo(CommandResult.Refused.of("petition.notFound"));
        assertThat(signIn.as(quan.chair(), () -> petitions.findDetails(inA))).isEmpty();
        assertThat(signIn.as(quan.front(), () -> petitions.findDetails(inA))).isEmpty();
    }

    @Test
    void only_a_districts_leaders_and_front_carry_the_oversight_authority() {
        assertThat(user("DISTRICT", Role.COMMITTEE_CHAIR).overseesWards()).isTrue();
        assertThat(user("DISTRICT", Role.PARTY_SECRETARY).overseesWards()).isTrue();
        assertThat(user("DISTRICT", Role.FRONT_REVIEWER).overseesWards()).isTrue();
        assertThat(user("DISTRICT", Role.DEPARTMENT_OFFICER).overseesWards()).isFalse();
        assertThat(user("DISTRICT", Role.CLERK).overseesWards()).isFalse();
        assertThat(user("DISTRICT", Role.ADMIN).overseesWards()).isFalse();
        assertThat(user("WARD", Role.COMMITTEE_CHAIR).overseesWards()).isFalse();
        assertThat(user("CITY", Role.COMMITTEE_CHAIR).overseesWards()).isFalse();
        assertThat(user("DISTRICT", Role.FRONT_REVIEWER).getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_FRONT_REVIEWER", "ROLE_DISTRICT_OVERSIGHT");
        assertThat(user("WARD", Role.FRONT_REVIEWER).getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_FRONT_REVIEWER");
    }

    private SignedInUser user(String unitKind, Role role) {
        return new SignedInUser(null, "thu", null, "Người thử", null, quan.unit(), "Quận", unitKind, null, null,
                java.util.Set.of(role), true, false);
    }
}
