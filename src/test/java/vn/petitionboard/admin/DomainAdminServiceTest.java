package vn.petitionboard.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.petitionboard.jooq.Tables.AUDIT_LOG;
import static vn.petitionboard.jooq.Tables.DOMAIN;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.base.text.FieldError;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.organisation.DomainOption;
import vn.petitionboard.organisation.OrganisationService;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionListFilter;
import vn.petitionboard.petition.PetitionListRow;
import vn.petitionboard.petition.PetitionSearchService;
import vn.petitionboard.security.audit.AuditAction;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestWards;

/**
 * The administrator's domain commands against the real database. Domains are shared by every unit: each test's
 * domains carry the ward's suffix and are taken out of use afterwards, so the demo ward's board lanes stay as they are.
 */
@IntegrationTest
class DomainAdminServiceTest {

    @Autowired
    DomainAdminService domains;
    @Autowired
    OrganisationService organisation;
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
    @Autowired
    TransactionTemplate transactions;

    private TestWards.Ward ward;
    private final List<DomainId> added = new ArrayList<>();

    @BeforeEach
    void newWard() {
        ward = wards.create();
    }

    @AfterEach
    void takeTestDomainsOutOfUse() {
        dsl.update(DOMAIN).set(DOMAIN.ACTIVE, false).where(DOMAIN.ID.in(added)).execute();
    }

    private <T> T asAdmin(Callable<T> action) throws Exception {
        return signIn.as(ward.admin(), action);
    }

    private Domain add(String name) throws Exception {
        assertThat(asAdmin(() -> domains.add(new DomainCommands.Add(name)))).isEqualTo(new AdminResult.Saved());
        Domain domain = asAdmin(() -> domains.domains(0, 1000)).stream().filter(d -> d.name().equals(name))
                .findFirst().orElseThrow();
        added.add(domain.id());
        return domain;
    }

    private Domain current(DomainId id) throws Exception {
        return asAdmin(() -> domains.domains(0, 1000)).stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private List<PetitionId> found(String text) throws Exception {
        PetitionListFilter filter = new PetitionListFilter(java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), false, false, text);
        return signIn.as(ward.clerk(), () -> search.page(filter, 0, 50)).stream().map(PetitionListRow::id).toList();
    }

    /** A petition of this ward moved into the domain, its terms made by a first rename. */
    private PetitionId petitionIn(Domain domain, String name) throws Exception {
        PetitionId id = petitions.inProgress(ward, "Lấn chiếm vỉa hè ngõ 12").id();
        dsl.update(PETITION).set(PETITION.DOMAIN_ID, domain.id()).where(PETITION.ID.eq(id)).execute();
        assertThat(asAdmin(() -> domains.rename(new DomainCommands.Rename(domain.id(), domain.version(), name))))
                .isEqualTo(new AdminResult.Saved());
        return id;
    }

    @Test
    void a_rename_reindexes_the_domains_petitions_so_the_search_finds_the_new_name_and_not_the_old() throws Exception {
        Domain domain = add("Lĩnh vực thử " + ward.suffix());
        PetitionId petition = petitionIn(domain, "Quảng cáo rao vặt " + ward.suffix());
        assertThat(found("quang cao rao vat")).containsExactly(petition);
        Domain named = current(domain.id());

        AdminResult result = asAdmin(() -> domains.rename(new DomainCommands.Rename(named.id(), named.version(),
                "Cây xanh đô thị " + ward.suffix())));

        assertThat(result).isEqualTo(new AdminResult.Saved());
        assertThat(found("cay xanh do thi")).containsExactly(petition);
        assertThat(found("quang cao rao vat")).isEmpty();
        assertThat(found("lan chiem via he")).as("the rest of the petition's terms").containsExactly(petition);
        var audit = dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.UNIT_ID.eq(ward.unit()))
                .orderBy(AUDIT_LOG.ID.desc()).limit(1).fetchOne();
        assertThat(audit.get(AUDIT_LOG.ACTION)).isEqualTo(AuditAction.DOMAIN_UPDATED);
        assertThat(audit.get(AUDIT_LOG.BEFORE_STATE)).contains("Quảng cáo rao vặt");
        assertThat(audit.get(AUDIT_LOG.AFTER_STATE)).contains("Cây xanh đô thị").contains("\"reindexedPetitions\":1");
    }

    @Test
    void a_rename_rolled_back_leaves_the_name_and_the_search_terms_as_they_were() throws Exception {
        Domain domain = add("Lĩnh vực thử " + ward.suffix());
        PetitionId petition = petitionIn(domain, "Quảng cáo rao vặt " + ward.suffix());
        Domain named = current(domain.id());

        asAdmin(() -> transactions.execute(status -> {
            AdminResult result = domains.rename(new DomainCommands.Rename(named.id(), named.version(),
                    "Cây xanh đô thị " + ward.suffix()));
            assertThat(result).isEqualTo(new AdminResult.Saved());
            status.setRollbackOnly();
            return result;
        }));

        assertThat(current(domain.id()).name()).isEqualTo("Quảng cáo rao vặt " + ward.suffix());
        assertThat(found("quang cao rao vat")).containsExactly(petition);
        assertThat(found("cay xanh do thi")).isEmpty();
    }

    @Test
    void bad_names_and_stale_versions_are_refused_and_nothing_is_written() throws Exception {
        Domain domain = add("Lĩnh vực thử " + ward.suffix());
        int count = dsl.fetchCount(DOMAIN);

        assertThat(asAdmin(() -> domains.add(new DomainCommands.Add("MÔI TRƯỜNG"))))
                .isEqualTo(invalid("admin.domain.nameTaken", "MÔI TRƯỜNG"));
        String decomposed = Normalizer.normalize("Môi trường", Normalizer.Form.NFD);
        assertThat(asAdmin(() -> domains.rename(new DomainCommands.Rename(domain.id(), domain.version(),
                decomposed)))).isEqualTo(invalid("admin.domain.nameTaken", "Môi trường"));
        assertThat(asAdmin(() -> domains.add(new DomainCommands.Add("<script>alert(1)</script>"))))
                .isEqualTo(invalid("admin.name.markup"));
        assertThat(asAdmin(() -> domains.add(new DomainCommands.Add("đ".repeat(151)))))
                .isEqualTo(invalid("validation.tooLong", 150, 151));
        assertThat(asAdmin(() -> domains.rename(new DomainCommands.Rename(domain.id(), domain.version() - 1,
                "Tên khác")))).isEqualTo(new AdminResult.Conflict());

        assertThat(dsl.fetchCount(DOMAIN)).isEqualTo(count);
        assertThat(current(domain.id()).name()).isEqualTo("Lĩnh vực thử " + ward.suffix());
    }

    @Test
    void a_domain_out_of_use_is_no_longer_offered_but_its_petitions_keep_it() throws Exception {
        Domain domain = add("Lĩnh vực thử " + ward.suffix());
        PetitionId petition = petitionIn(domain, "Quảng cáo rao vặt " + ward.suffix());
        Domain named = current(domain.id());

        assertThat(asAdmin(() -> domains.deactivate(new DomainCommands.Target(named.id(), named.version()))))
                .isEqualTo(new AdminResult.Saved());

        assertThat(signIn.as(ward.clerk(), () -> organisation.activeDomains())).extracting(DomainOption::id)
                .doesNotContain(domain.id());
        assertThat(dsl.fetchValue(PETITION.DOMAIN_ID, PETITION.ID.eq(petition))).isEqualTo(domain.id());
        assertThat(found("quang cao rao vat")).containsExactly(petition);
    }

    @Test
    void every_other_role_is_refused() throws Exception {
        int count = dsl.fetchCount(DOMAIN);
        for (String user : Set.of(ward.chair(), ward.clerk(), ward.landOfficer(), ward.front())) {
            assertThatThrownBy(() -> signIn.as(user, () -> domains.add(new DomainCommands.Add("Lĩnh vực X"))))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signIn.as(user, () -> domains.rename(new DomainCommands.Rename(
                    new DomainId(2), 0, "Đất đai")))).as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(dsl.fetchCount(DOMAIN)).isEqualTo(count);
    }

    private static AdminResult invalid(String key, Object... arguments) {
        return new AdminResult.Invalid(Map.of(ReferenceName.FIELD, FieldError.of(key, arguments)));
    }
}
