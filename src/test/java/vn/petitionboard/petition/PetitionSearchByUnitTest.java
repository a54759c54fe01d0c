package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.PETITION;
import static vn.petitionboard.jooq.Tables.PETITION_SEARCH_TERM;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.petition.CommandResult.Created;
import vn.petitionboard.petition.CommandResult.Done;
import vn.petitionboard.petition.IntakeCommands.Requester;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/**
 * petition_search_term is led by the unit: every row is filed under its petition's unit, and a search reads only the
 * rows of the user's unit. A ward of its own next to the demo ward; everything is rolled back.
 */
@IntegrationTest
@Transactional
class PetitionSearchByUnitTest {

    private static final DomainId ENVIRONMENT = new DomainId(4);
    private static final UnitId DEMO_WARD = new UnitId(3);

    @Autowired
    PetitionSearchService search;
    @Autowired
    PetitionIntakeService intake;
    @Autowired
    TestWards wards;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext dsl;

    @Test
    void a_captured_edited_and_extended_petitions_terms_are_all_filed_under_its_unit() throws Exception {
        Ward ward = wards.create();
        PetitionId id = ((Created) signIn.as(ward.clerk(), () -> intake.capture(new IntakeCommands.Capture(
                ward.conference(), ENVIRONMENT, null, "Rác thải ùn ứ ở chợ Thử nghiệm", true,
                List.of(Requester.newDelegate("Hồ Văn Thử", null, null, null)), false, null, null)))).id();
        assertThat(unitsOfTerms(id)).containsExactly(ward.unit());

        Done edited = (Done) signIn.as(ward.clerk(), () -> intake.edit(new IntakeCommands.Edit(id, 0, ENVIRONMENT,
                "Rác thải ở chợ", "Rác thải ùn ứ ở chợ Thử nghiệm, đề nghị thu gom hằng ngày", true)));
        assertThat(unitsOfTerms(id)).containsExactly(ward.unit());

        signIn.as(ward.clerk(), () -> intake.addRequester(new IntakeCommands.AddRequester(id, edited.version(),
                Requester.newDelegate("Lò Thị Thử", null, null, null))));
        assertThat(unitsOfTerms(id)).containsExactly(ward.unit());
        assertThat(dsl.fetchExists(PETITION_SEARCH_TERM, PETITION_SEARCH_TERM.UNIT_ID.eq(ward.unit())
                .and(PETITION_SEARCH_TERM.TERM.eq("lo")).and(PETITION_SEARCH_TERM.PETITION_ID.eq(id)))).isTrue();
    }

    @Test
    void a_search_finds_the_words_of_its_own_unit_only() throws Exception {
        Ward ward = wards.create();
        signIn.as(ward.clerk(), () -> intake.capture(new IntakeCommands.Capture(ward.conference(), ENVIRONMENT,
                null, "Đề nghị lắp camera ở ngõ Đa Phúc", true,
                List.of(Requester.newDelegate("Hồ Văn Thử", null, null, null)), false, null, null)));
        PetitionListFilter daPhuc = PetitionListFilter.all().withText("da phuc");
        assertThat(signIn.as(ward.chair(), () -> search.count(daPhuc))).isEqualTo(1);
        assertThat(signIn.as("chutich", () -> search.count(daPhuc))).as("the demo ward's chairman").isZero();

        // A demo petition's row filed under the other ward (never written so by the app): the demo ward's search
        // reads only its own unit's rows, so the word is not found; the other ward's search finds a petition
        // it may not see, so the petition's own visibility drops it.
        PetitionId demo = signIn.as("chutich", () -> search.page(PetitionListFilter.all().withText("KN-2020-004"),
                0, 1)).getFirst().id();
        dsl.insertInto(PETITION_SEARCH_TERM).set(PETITION_SEARCH_TERM.UNIT_ID, ward.unit())
                .set(PETITION_SEARCH_TERM.TERM, "xuongmoc").set(PETITION_SEARCH_TERM.PETITION_ID, demo).execute();
        PetitionListFilter xuongMoc = PetitionListFilter.all().withText("xuongmoc");
        assertThat(signIn.as("chutich", () -> search.page(xuongMoc, 0, 10))).isEmpty();
        assertThat(signIn.as("chutich", () -> search.count(xuongMoc))).isZero();
        assertThat(signIn.as(ward.chair(), () -> search.page(xuongMoc, 0, 10))).isEmpty();
        assertThat(dsl.select(PETITION.UNIT_ID).from(PETITION).where(PETITION.ID.eq(demo)).fetchOne(PETITION.UNIT_ID))
                .isEqualTo(DEMO_WARD);
    }

    private List<UnitId> unitsOfTerms(PetitionId id) {
        return dsl.selectDistinct(PETITION_SEARCH_TERM.UNIT_ID).from(PETITION_SEARCH_TERM)
                .where(PETITION_SEARCH_TERM.PETITION_ID.eq(id)).fetch(PETITION_SEARCH_TERM.UNIT_ID);
    }
}
