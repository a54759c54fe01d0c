package vn.petitionboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.petitionboard.base.i18n.LocaleSetup;
import vn.petitionboard.base.i18n.MessageBundleI18NProvider;
import vn.petitionboard.board.ui.BoardView;
import vn.petitionboard.conference.ui.ConferencesView;
import vn.petitionboard.dashboard.ui.DashboardView;
import vn.petitionboard.followup.ui.MyWorkView;
import vn.petitionboard.petition.ui.PetitionListView;
import vn.petitionboard.report.ui.ConferenceReportView;
import vn.petitionboard.review.ui.ReviewQueueView;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Role;
import vn.petitionboard.security.SignedInUser;
import vn.petitionboard.security.admin.ui.UsersView;

/** The shell around every signed-in view: unit, navigation by role, the user and their roles, language, logout. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication) {
        SignedInUser user = currentUser.require();
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), navbarTitle(user), userArea(user, authentication));
        addToDrawer(drawerHeader(user), navigation(user));
    }

    private Div navbarTitle(SignedInUser user) {
        Span unit = new Span(user.unitName());
        unit.addClassName("navbar-unit");
        unit.setId("unit-name");
        Div title = new Div(unit);
        title.addClassName("navbar-title");
        return title;
    }

    private Div userArea(SignedInUser user, AuthenticationContext authentication) {
        Span name = new Span(user.fullName());
        name.addClassName("user-name");
        String roles = user.roles().stream().sorted().map(r -> getTranslation(r.labelKey()))
                .collect(Collectors.joining(", "));
        Span roleLine = new Span(roles);
        roleLine.addClassName("user-roles");
        roleLine.setTitle(getTranslation("shell.roles", roles));
        Div who = new Div(name, roleLine);
        who.addClassName("user-who");

        Locale other = "en".equals(getLocale().getLanguage()) ? MessageBundleI18NProvider.VIETNAMESE
                : MessageBundleI18NProvider.ENGLISH;
        Button language = new Button(getTranslation("shell.language"),
                e -> LocaleSetup.switchTo(UI.getCurrent(), other));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        language.setTooltipText(getTranslation("shell.language.tooltip"));
        language.setId("language-switch");

        Button logout = new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        Div area = new Div(who, language, logout);
        area.addClassName("user-area");
        return area;
    }

    private Header drawerHeader(SignedInUser user) {
        Span app = new Span(getTranslation("app.title"));
        app.addClassName("drawer-app");
        Span subtitle = new Span(getTranslation("app.subtitle"));
        subtitle.addClassName("drawer-unit");
        Header header = new Header(app, subtitle);
        header.addClassName("drawer-header");
        return header;
    }

    private Div navigation(SignedInUser user) {
        Div nav = new Div();
        nav.addClassName("drawer-nav");
        boolean seesPetitions = user.roles().stream().anyMatch(r -> r != Role.ADMIN);
        if (seesPetitions) {
            SideNav main = new SideNav();
            main.addItem(new SideNavItem(getTranslation("nav.board"), BoardView.class, VaadinIcon.GRID_BIG.create()));
            main.addItem(new SideNavItem(getTranslation("nav.petitions"), PetitionListView.class,
                    VaadinIcon.LIST.create()));
            if (user.has(Role.PARTY_SECRETARY) || user.has(Role.COMMITTEE_CHAIR) || user.has(Role.FRONT_REVIEWER)) {
                main.addItem(new SideNavItem(getTranslation("nav.dashboard"), DashboardView.class,
                        VaadinIcon.CHART.create()));
            }
            main.addItem(new SideNavItem(getTranslation("nav.conferences"), ConferencesView.class,
                    VaadinIcon.GROUP.create()));
            if (user.has(Role.PARTY_SECRETARY) || user.has(Role.COMMITTEE_CHAIR) || user.has(Role.FRONT_REVIEWER)
                    || user.has(Role.CLERK)) {
                main.addItem(new SideNavItem(getTranslation("report.nav"), ConferenceReportView.class,
                        VaadinIcon.FILE_TEXT_O.create()));
            }
            if (user.has(Role.DEPARTMENT_OFFICER)) {
                main.addItem(new SideNavItem(getTranslation("nav.myWork"), MyWorkView.class,
                        VaadinIcon.TASKS.create()));
            }
            if (user.has(Role.FRONT_REVIEWER)) {
                main.addItem(new SideNavItem(getTranslation("nav.review"), ReviewQueueView.class,
                        VaadinIcon.CHECK_SQUARE_O.create()));
            }
            main.setId("main-nav");
            nav.add(main);
        }
        if (user.has(Role.ADMIN)) {
            SideNav admin = new SideNav(getTranslation("nav.section.admin"));
            admin.addItem(new SideNavItem(getTranslation("nav.admin.users"), UsersView.class,
                    VaadinIcon.USERS.create()));
            admin.setId("admin-nav");
            nav.add(admin);
        }
        return nav;
    }

}
