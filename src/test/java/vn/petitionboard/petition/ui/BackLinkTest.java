package vn.petitionboard.petition.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Location;
import org.junit.jupiter.api.Test;

class BackLinkTest {

    @Test
    void each_page_that_lists_petitions_is_an_origin_with_its_query_string() {
        assertThat(BackLink.originOf(new Location("petitions?q=giai%20phong&state=ASSIGNED")))
                .contains(new BackLink.Origin("petitions?q=giai%20phong&state=ASSIGNED", "petition.back.list"));
        assertThat(BackLink.originOf(new Location("board?domain=MT")))
                .contains(new BackLink.Origin("board?domain=MT", "petition.back.board"));
        assertThat(BackLink.originOf(new Location("my-work"))).map(BackLink.Origin::labelKey)
                .contains("petition.back.myWork");
        assertThat(BackLink.originOf(new Location("review"))).map(BackLink.Origin::labelKey)
                .contains("petition.back.review");
        assertThat(BackLink.originOf(new Location("dashboard?year=2020"))).map(BackLink.Origin::labelKey)
                .contains("petition.back.dashboard");
        assertThat(BackLink.originOf(new Location("reports"))).map(BackLink.Origin::labelKey)
                .contains("petition.back.report");
        assertThat(BackLink.originOf(new Location("conferences/2/capture"))).map(BackLink.Origin::labelKey)
                .contains("petition.back.capture");
        assertThat(BackLink.originOf(new Location("conferences"))).map(BackLink.Origin::labelKey)
                .contains("petition.back.conferences");
    }

    @Test
    void a_petition_the_home_route_and_the_login_page_are_not_origins() {
        assertThat(BackLink.originOf(new Location("petitions/4"))).isEmpty();
        assertThat(BackLink.originOf(new Location(""))).isEmpty();
        assertThat(BackLink.originOf(new Location("login"))).isEmpty();
        assertThat(BackLink.originOf(null)).isEmpty();
    }
}
