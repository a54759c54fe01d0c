package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.conference.ConferenceId;

@IntegrationTest
class PetitionQueryServiceTest {

    /** KN-2020-004 is assigned to Kinh tế – Hạ tầng – Đô thị (department 3). */
    private static final PetitionId OTHER_DEPARTMENTS_PETITION = new PetitionId(10);
    /** KN-2020-002 is assigned to Địa chính – Xây dựng (department 2). */
    private static final PetitionId OWN_DEPARTMENTS_PETITION = new PetitionId(8);

    @Autowired
    PetitionQueryService petitions;

    @Autowired
    DSLContext dsl;

    @Test
    @WithUserDetails("diachinh")
    void officer_cannot_load_another_departments_petition() {
        assertThat(petitions.findDetails(OTHER_DEPARTMENTS_PETITION)).isEmpty();
    }

    @Test
    @WithUserDetails("diachinh")
    void officer_loads_own_departments_petition_with_contacts_and_history() {
        PetitionDetails details = petitions.findDetails(OWN_DEPARTMENTS_PETITION).orElseThrow();
        assertThat(details.code()).isEqualTo("KN-2020-002");
        assertThat(details.departmentName()).isEqualTo("Địa chính – Xây dựng");
        assertThat(details.requesters()).extracting(PetitionDetails.Requester::fullName)
                .containsExactly("Lê Văn Hùng", "Hoàng Thị Ngọc");
        assertThat(details.requesters().getFirst().phone()).isEqualTo("0912 345 103");
        assertThat(details.history()).extracting(PetitionDetails.HistoryEntry::eventType)
                .containsExactly(HistoryEvent.RECEIVED, HistoryEvent.ASSIGNED);
    }

    @Test
    @WithUserDetails("chutich")
    void chair_loads_any_petition_of_the_unit() {
        assertThat(petitions.findDetails(OTHER_DEPARTMENTS_PETITION)).get()
                .extracting(PetitionDetails::code).isEqualTo("KN-2020-004");
    }

    @Test
    @WithUserDetails("mattran")
    void front_reviewer_sees_the_petition_but_not_the_delegates_contact_details() {
        PetitionDetails details = petitions.findDetails(OWN_DEPARTMENTS_PETITION).orElseThrow();
        assertThat(details.contactsVisible()).isFalse();
        assertThat(details.requesters()).allSatisfy(r -> {
            assertThat(r.phone()).isNull();
            assertThat(r.address()).isNull();
        });
    }

    @Test
    @WithUserDetails("chutich")
    void a_petition_that_does_not_exist_is_not_found() {
        assertThat(petitions.findDetails(new PetitionId(999_999))).isEmpty();
    }

    @Test
    @WithUserDetails("vanthu")
    void the_clerk_sees_a_conferences_latest_petitions_newest_first_with_who_raised_them() {
        ConferenceId conference2020 = new ConferenceId(2);
        List<ConferencePetition> latest = petitions.latestOfConference(conference2020, 3);

        assertThat(latest).extracting(ConferencePetition::code)
                .containsExactly("KN-2020-011", "KN-2020-010", "KN-2020-009");
        assertThat(latest).allSatisfy(p -> assertThat(p.requesterNames()).isNotEmpty());
        assertThat(dsl.fetchCount(PETITION, PETITION.CONFERENCE_ID.eq(conference2020)))
                .as("all of the conference's, when the limit allows").isEqualTo(
                        petitions.latestOfConference(conference2020, 200).size());
    }

    @Test
    @WithUserDetails("diachinh")
    void an_officer_sees_only_their_departments_petitions_of_a_conference() {
        List<ConferencePetition> latest = petitions.latestOfConference(new ConferenceId(2), 200);

        assertThat(latest).isNotEmpty().extracting(ConferencePetition::id).allSatisfy(id -> assertThat(
                dsl.fetchValue("select d.code from petition p join department d on d.id = p.department_id"
                        + " where p.id = ?", id.value())).isEqualTo("DCXD"));
    }
}
