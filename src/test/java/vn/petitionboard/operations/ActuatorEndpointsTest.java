package vn.petitionboard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.board.BoardFilter;
import vn.petitionboard.board.BoardService;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.PetitionCommands;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.support.AppHttpClient;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.Today;

/**
 * The actuator as a load balancer, an orchestrator and Prometheus reach it: over real HTTP on the app's port, without
 * signing in; and nothing else of the actuator, signed in or not.
 */
@IntegrationTest
class ActuatorEndpointsTest {

    private static final String UP = "{\"status\":\"UP\"}";

    @LocalServerPort
    int port;

    @Autowired
    TestWards wards;

    @Autowired
    TestPetitions petitions;

    @Autowired
    SignIn signIn;

    @Autowired
    BoardService board;

    @Autowired
    PetitionWorkflowService workflow;

    @Test
    void liveness_and_readiness_answer_up_without_signing_in() {
        AppHttpClient anonymous = new AppHttpClient(port);

        HttpResponse<String> liveness = anonymous.get("/actuator/health/liveness");
        HttpResponse<String> readiness = anonymous.get("/actuator/health/readiness");

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).isEqualTo(UP);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo(UP);
        assertThat(liveness.headers().firstValue("Set-Cookie")).as("no session for a probe").isEmpty();
    }

    @Test
    void prometheus_lists_board_query_and_command_metrics_by_outcome_without_signing_in() throws Exception {
        TestWards.Ward ward = wards.create();
        TestPetitions.Captured petition = petitions.received(ward, "Đèn đường tổ 5 không sáng");
        signIn.as(ward.chair(), () -> board.counts(BoardFilter.allDomains()));
        signIn.as(ward.chair(), () -> board.column(PetitionState.RECEIVED, BoardFilter.allDomains(),
                Optional.empty()));
        CommandResult stale = signIn.as(ward.chair(), () -> workflow.assign(new PetitionCommands.Assign(
                petition.id(), 7, ward.landDepartment(), Today.date().plusDays(20), "Giao xử lý.")));
        assertThat(stale).isInstanceOf(CommandResult.Conflict.class);
        CommandResult refused = signIn.as(ward.landOfficer(), () -> workflow.assign(new PetitionCommands.Assign(
                petition.id(), 0, ward.landDepartment(), Today.date().plusDays(20), "Giao xử lý.")));
        assertThat(refused).isInstanceOf(CommandResult.Refused.class);

        HttpResponse<String> scrape = new AppHttpClient(port).get("/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains(
                "petitionboard_board_query_seconds_count{outcome=\"ok\",query=\"counts\"}",
                "petitionboard_board_query_seconds_count{outcome=\"ok\",query=\"column\"}",
                "petitionboard_command_seconds_count{command=\"capture\",outcome=\"ok\",service=\"PetitionIntakeService\"}",
                "petitionboard_command_seconds_count{command=\"assign\",outcome=\"conflict\",service=\"PetitionWorkflowService\"}",
                "petitionboard_command_seconds_count{command=\"assign\",outcome=\"refused\",service=\"PetitionWorkflowService\"}",
                "petitionboard_command_seconds_bucket{",
                "petitionboard_ui_active ",
                "petitionboard_push_connections ");
        assertThat(scrape.body()).as("no user, unit or petition in a metric")
                .doesNotContain(ward.chair(), ward.clerk(), ward.suffix(), petition.code(), "Chủ tịch Thử");
    }

    @Test
    void other_actuator_addresses_are_refused_signed_in_or_not() {
        AppHttpClient anonymous = new AppHttpClient(port);
        AppHttpClient admin = new AppHttpClient(port);
        admin.login(wards.create().admin(), TestWards.PASSWORD);

        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/health/db",
                "/actuator/metrics", "/actuator/heapdump"}) {
            assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(403);
            assertThat(admin.get(path).statusCode()).as(path + " as an administrator").isEqualTo(403);
        }
    }

    @Test
    void every_answer_carries_its_request_id_a_well_formed_one_from_the_proxy_kept() {
        AppHttpClient client = new AppHttpClient(port);

        String generated = client.get("/login").headers().firstValue(RequestIdFilter.HEADER).orElseThrow();
        String kept = client.get("/login", RequestIdFilter.HEADER, "9f86d081884c7d65").headers()
                .firstValue(RequestIdFilter.HEADER).orElseThrow();
        String replaced = client.get("/login", RequestIdFilter.HEADER, "x\"} forged").headers()
                .firstValue(RequestIdFilter.HEADER).orElseThrow();

        assertThat(generated).matches("[0-9a-f-]{36}");
        assertThat(kept).isEqualTo("9f86d081884c7d65");
        assertThat(replaced).matches("[0-9a-f-]{36}");
    }
}
