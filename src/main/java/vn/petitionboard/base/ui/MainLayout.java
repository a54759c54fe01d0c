package vn.petitionboard.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.popover.PopoverVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
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

    private final List<ShellUserAction> userActions;
    private final List<ShellIndicator> indicators;

    public MainLayout(AuthenticationContext authentication, ObjectProvider<ShellUserAction> userActions,
            ObjectProvider<ShellIndicator> indicators) {
        this.userActions = userActions.orderedStream().toList();
        this.indicators = indicators.orderedStream().toList();
        ShellUser user = authentication.getAuthenticatedUser(ShellUser.class)
                .orElseThrow(() -> new IllegalStateException("The shell needs a signed-in user"));
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setId("drawer-toggle");
        addToNavbar(skipLink(), toggle, navbarTitle(user), userArea(user, authentication));
        addToDrawer(drawerHeader(), navigation());
    }

    /**
     * The page's first Tab stop, shown only while it has the focus: it takes a keyboard or screen-reader user past the
     * header and the menu to the page itself. Its click is handled in the browser (focus the view, which holds the
     * page's main landmark): the href alone would resolve against the app's base address and leave the page.
     */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#main-content", getTranslation("shell.skipToContent"));
        skip.setId("skip-link");
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("""
                this.addEventListener('click', event => {
                    event.preventDefault();
                    document.querySelector('[data-main-content]')?.focus();
                });""");
        return skip;
    }

    /** The view can take the focus (from the skip link) without becoming a Tab stop itself. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("tabindex", "-1");
            content.getElement().setAttribute("data-main-content", true);
        }
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

        Button phoneUser = phoneUser(user);
        Popover userCard = userCard(phoneUser, user, roles, authentication);
        Div area = new Div();
        indicators.forEach(indicator -> area.add(indicator.create()));
        area.add(who, phoneUser, userCard);
        userActions.forEach(action -> area.add(actionButton(action, action.id())));
        area.add(languageButton("language-switch"), logoutButton("logout", authentication));
        area.addClassName("user-area");
        return area;
    }

    private Button languageButton(String id) {
        Locale other = "en".equals(getLocale().getLanguage()) ? MessageBundleI18NProvider.VIETNAMESE
                : MessageBundleI18NProvider.ENGLISH;
        Button language = new Button(getTranslation("shell.language"),
                e -> LocaleSetup.switchTo(UI.getCurrent(), other));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        language.setTooltipText(getTranslation("shell.language.tooltip"));
        language.setId(id);
        language.addClassName("language-switch");
        return language;
    }

    private Button actionButton(ShellUserAction action, String id) {
        Button button = new Button(getTranslation(action.labelKey()), action.icon().create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setId(id);
        button.addClassName("user-action");
        return button;
    }

    private Button logoutButton(String id, AuthenticationContext authentication) {
        Button logout = new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId(id);
        logout.addClassName("logout");
        return logout;
    }

    /**
     * On a phone the name, roles, language and logout would crowd out the unit: the header shows the user's given
     * name (a Vietnamese name's last word, how colleagues address each other) on a button whose tooltip is the full
     * name and whose tap opens the full name, the roles, the language and logout. CSS shows it below 600 px, and
     * the desk's name, roles and buttons above.
     */
    private Button phoneUser(ShellUser user) {
        Button button = new Button(givenName(user.fullName()), VaadinIcon.USER.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClassName("user-phone");
        button.setId("user-phone");
        button.setAriaLabel(getTranslation("shell.user", user.fullName()));
        button.setTooltipText(user.fullName());
        return button;
    }

    /**
     * The phone's user card. Its content is built the first time it opens: most sessions are at a desk and never open
     * it, and every component of the shell is kept in memory for every open page of every user.
     */
    private Popover userCard(Button target, ShellUser user, String roles, AuthenticationContext authentication) {
        Popover popover = new Popover();
        popover.setTarget(target);
        popover.setAriaLabel(getTranslation("shell.user", user.fullName()));
        popover.addThemeVariants(PopoverVariant.ARROW);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.addOpenedChangeListener(event -> {
            if (event.isOpened() && popover.getChildren().findAny().isEmpty()) {
                popover.add(userCardContent(popover, user, roles, authentication));
            }
        });
        return popover;
    }

    private Div userCardContent(Popover popover, ShellUser user, String roles, AuthenticationContext authentication) {
        Span fullName = new Span(user.fullName());
        fullName.addClassName("user-card-name");
        fullName.setId("user-card-name");
        Span roleLine = new Span(roles);
        roleLine.addClassName("user-card-roles");
        Div actions = new Div();
        userActions.forEach(action -> {
            Button button = actionButton(action, action.id() + "-phone");
            button.addClickListener(e -> popover.close());
            actions.add(button);
        });
        actions.add(languageButton("language-switch-phone"), logoutButton("logout-phone", authentication));
        actions.addClassName("user-card-actions");
        Div card = new Div(fullName, roleLine, actions);
        card.addClassName("user-card");
        return card;
    }

    static String givenName(String fullName) {
        String trimmed = fullName == null ? "" : fullName.strip();
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(space + 1);
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
