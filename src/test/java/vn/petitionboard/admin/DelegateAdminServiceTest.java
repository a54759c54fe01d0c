package vn.petitionboard.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.petitionboard.jooq.Tables.AUDIT_LOG;
import static vn.petitionboard.jooq.Tables.DELEGATE;
import static vn.petitionboard.jooq.Tables.PETITION_REQUESTER;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.base.text.FieldError;
import vn.petitionboard.conference.DelegateId;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionListFilter;
import vn.petitionboard.petition.PetitionListRow;
import vn.petitionboard.petition.PetitionSearchService;
import vn.petitionboard.security.audit.AuditAction;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestWards;

/** Correcting and merging delegate records, against the real database, in a ward made for each test. */
@IntegrationTest
class DelegateAdminServiceTest {

    @Autowired
    DelegateAdminService delegates;
    @Autowired
    PetitionSearchService search;
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

    private DelegateRecord requesterOf(PetitionId petition) throws Exception {
        DelegateId id = dsl.select(PETITION_REQUESTER.DELEGATE_ID).from(PETITION_REQUESTER)
                .where(PETITION_REQUESTER.PETITION_ID.eq(petition)).fetchOne(PETITION_REQUESTER.DELEGATE_ID);
        return asAdmin(() -> delegates.delegates("", 0, 100)).stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private List<PetitionId> found(String text) throws Exception {
        PetitionListFilter filter = new PetitionListFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, false, text);
        return signIn.as(ward.clerk(), () -> search.page(filter, 0, 50)).stream().map(PetitionListRow::id).toList();
    }

    @Test
    void two_records_of_one_person_are_merged_and_a_corrected_name_is_found_by_the_search() throws Exception {
        PetitionId first = petitions.inProgress(ward, "Lấn chiếm vỉa hè ngõ 12").id();
        PetitionId second = petitions.inProgress(ward, "Cấp giấy chứng nhận chậm").id();
        DelegateRecord kept = requesterOf(first);
        DelegateRecord duplicate = requesterOf(second);
        assertThat(asAdmin(() -> delegates.delegates("nguyen van binh", 0, 10))).hasSize(2);

        AdminResult merged = asAdmin(() -> delegates.merge(kept.id(), kept.version(), duplicate.id(),
                duplicate.version()));

        assertThat(merged).isEqualTo(new AdminResult.Saved());
        assertThat(dsl.fetchExists(DELEGATE, DELEGATE.ID.eq(duplicate.id()))).isFalse();
        assertThat(dsl.select(PETITION_REQUESTER.PETITION_ID).from(PETITION_REQUESTER)
                .where(PETITION_REQUESTER.DELEGATE_ID.eq(kept.id())).fetch(PETITION_REQUESTER.PETITION_ID))
                .containsExactlyInAnyOrder(first, second);
        var audit = dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.UNIT_ID.eq(ward.unit()))
                .orderBy(AUDIT_LOG.ID.desc()).limit(1).fetchOne();
        assertThat(audit.get(AUDIT_LOG.ACTION)).isEqualTo(AuditAction.DELEGATES_MERGED);
        assertThat(audit.get(AUDIT_LOG.AFTER_STATE)).contains("\"movedPetitions\":1");

        DelegateRecord survivor = requesterOf(first);
        assertThat(survivor.petitions()).isEqualTo(2);
        assertThat(asAdmin(() -> delegates.rename(survivor.id(), survivor.version(), "Trần Văn Bình")))
                .isEqualTo(new AdminResult.Saved());
        assertThat(found("tran van binh")).containsExactlyInAnyOrder(first, second);
        assertThat(found("nguyen van binh")).isEmpty();
    }

    @Test
    void a_merge_across_units_with_itself_or_from_a_stale_version_is_refused() throws Exception {
        DelegateRecord own = requesterOf(petitions.inProgress(ward, "Lấn chiếm vỉa hè ngõ 12").id());
        DelegateRecord second = requesterOf(petitions.inProgress(ward, "Cấp giấy chứng nhận chậm").id());
        TestWards.Ward other = wards.create();
        var foreignPetition = petitions.inProgress(other, "Đèn đường hỏng");
        DelegateId foreign = dsl.select(PETITION_REQUESTER.DELEGATE_ID).from(PETITION_REQUESTER)
                .where(PETITION_REQUESTER.PETITION_ID.eq(foreignPetition.id())).fetchOne(PETITION_REQUESTER.DELEGATE_ID);

        assertThat(asAdmin(() -> delegates.merge(own.id(), own.version(), foreign, 0)))
                .isEqualTo(AdminResult.Refused.of("admin.delegate.mergeOtherUnit"));
        assertThat(asAdmin(() -> delegates.merge(foreign, 0, own.id(), own.version())))
                .isEqualTo(AdminResult.Refused.of("admin.delegate.mergeOtherUnit"));
        assertThat(asAdmin(() -> delegates.merge(own.id(), own.version(), own.id(), own.version())))
                .isEqualTo(AdminResult.Refused.of("admin.delegate.mergeSame"));
        assertThat(asAdmin(() -> delegates.merge(own.id(), own.version() + 1, second.id(), second.version())))
                .isEqualTo(new AdminResult.Conflict());

        assertThat(dsl.fetchCount(DELEGATE, DELEGATE.ID.in(own.id(), second.id(), foreign))).isEqualTo(3);
        assertThat(dsl.fetchCount(PETITION_REQUESTER, PETITION_REQUESTER.DELEGATE_ID.eq(foreign))).isEqualTo(1);
    }

    @Test
    void a_bad_name_is_refused_and_nothing_changes() throws Exception {
        DelegateRecord delegate = requesterOf(petitions.inProgress(ward, "Lấn chiếm vỉa hè ngõ 12").id());

        assertThat(asAdmin(() -> delegates.rename(delegate.id(), delegate.version(), "<b>Bình</b>")))
                .isEqualTo(new AdminResult.Invalid(Map.of(DelegateAdminService.FULL_NAME,
                        FieldError.of("admin.name.markup"))));
        assertThat(asAdmin(() -> delegates.rename(delegate.id(), delegate.version(), "Bình".repeat(40))))
                .isEqualTo(new AdminResult.Invalid(Map.of(DelegateAdminService.FULL_NAME,
                        FieldError.of("validation.tooLong", 150, 160))));
        assertThat(dsl.fetchValue(DELEGATE.FULL_NAME, DELEGATE.ID.eq(delegate.id()))).isEqualTo("Nguyễn Văn Bình");
    }

    @Test
    void every_other_role_is_refused() throws Exception {
        DelegateRecord delegate = requesterOf(petitions.inProgress(ward, "Lấn chiếm vỉa hè ngõ 12").id());
        for (String user : Set.of(ward.chair(), ward.clerk(), ward.landOfficer(), ward.front())) {
            assertThatThrownBy(() -> signIn.as(user, () -> delegates.rename(delegate.id(), 0, "Trần Văn Bình")))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signIn.as(user, () -> delegates.delegates("", 0, 10)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(dsl.fetchValue(DELEGATE.FULL_NAME, DELEGATE.ID.eq(delegate.id()))).isEqualTo("Nguyễn Văn Bình");
    }
}
