package vn.petitionboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.petitionboard.base.i18n.LocaleSetup;
import vn.petitionboard.base.i18n.MessageBundleI18NProvider;

/**
 * The shell around every signed-in view: unit, navigation, the user and their roles, language, logout. The navigation
 * is each view's own {@code @Menu} entry, as Vaadin's MenuConfiguration returns them: only the views the user may
 * open (their {@code @RolesAllowed}), in the entries' order. The shell names no feature (docs/decisions/0007).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    /** Administration routes live under admin/ and get a section of their own, apart from the petition work. */
    private static final String ADMIN_PATH = "/admin/";

    public MainLayout(AuthenticationContext authentication) {
        ShellUser user = authentication.getAuthenticatedUser(ShellUser.class)
                .orElseThrow(() -> new IllegalStateException("The shell needs a signed-in user"));
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), navbarTitle(user), userArea(user, authentication));
        addToDrawer(drawerHeader(), navigation());
    }

    private Div navbarTitle(ShellUser user) {
        Span unit = new Span(user.unitName());
        unit.addClassName("navbar-unit");
        unit.setId("unit-name");
        Div title = new Div(unit);
        title.addClassName("navbar-title");
        return title;
    }

    private Div userArea(ShellUser user, AuthenticationContext authentication) {
        Span name = new Span(user.fullName());
        name.addClassName("user-name");
        String roles = user.roleLabelKeys().stream().map(key -> getTranslation(key)).collect(Collectors.joining(", "));
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

    private Header drawerHeader() {
        Span app = new Span(getTranslation("app.title"));
        app.addClassName("drawer-app");
        Span subtitle = new Span(getTranslation("app.subtitle"));
        subtitle.addClassName("drawer-unit");
        Header header = new Header(app, subtitle);
        header.addClassName("drawer-header");
        return header;
    }

    private Div navigation() {
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        List<MenuEntry> work = entries.stream().filter(e -> !isAdministration(e)).toList();
        List<MenuEntry> administration = entries.stream().filter(MainLayout::isAdministration).toList();
        Div nav = new Div();
        nav.addClassName("drawer-nav");
        if (!work.isEmpty()) {
            nav.add(sideNav("main-nav", new SideNav(), work));
        }
        if (!administration.isEmpty()) {
            nav.add(sideNav("admin-nav", new SideNav(getTranslation("nav.section.admin")), administration));
        }
        return nav;
    }

    private SideNav sideNav(String id, SideNav sideNav, List<MenuEntry> entries) {
        sideNav.setId(id);
        entries.forEach(entry -> sideNav.addItem(item(entry)));
        return sideNav;
    }

    private SideNavItem item(MenuEntry entry) {
        String label = getTranslation(entry.title()); // @Menu titles are message keys
        return entry.icon() == null ? new SideNavItem(label, entry.path())
                : new SideNavItem(label, entry.path(), new Icon(entry.icon()));
    }

    /** Menu entries carry absolute paths ("/admin/users"); SideNavItem writes its links relative all the same. */
    private static boolean isAdministration(MenuEntry entry) {
        String path = entry.path().startsWith("/") ? entry.path() : "/" + entry.path();
        return path.startsWith(ADMIN_PATH);
    }
}
