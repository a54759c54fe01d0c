package vn.petitionboard.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.Uses;
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
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.util.HtmlUtils;
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
@Uses(SideNav.class)
@Uses(Icon.class)
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

    /**
     * The unit's name, and below the name and roles of the user: escaped markup in one element each, as they never
     * change while the page is open, instead of a component per line and per text, kept for every open page.
     */
    private Div navbarTitle(ShellUser user) {
        Div title = new Div();
        title.addClassName("navbar-title");
        title.getElement().setProperty("innerHTML", "<span class=\"navbar-unit\" id=\"unit-name\">"
                + escape(user.unitName()) + "</span>");
        return title;
    }

    private Div userArea(ShellUser user, AuthenticationContext authentication) {
        String roles = user.roleLabelKeys().stream().map(key -> getTranslation(key)).collect(Collectors.joining(", "));
        Div who = new Div();
        who.addClassName("user-who");
        who.getElement().setProperty("innerHTML", "<span class=\"user-name\">" + escape(user.fullName())
                + "</span><span class=\"user-roles\" title=\"" + escape(getTranslation("shell.roles", roles))
                + "\">" + escape(roles) + "</span>");

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
        Header header = new Header();
        header.addClassName("drawer-header");
        header.getElement().setProperty("innerHTML", "<span class=\"drawer-app\">" + escape(getTranslation("app.title"))
                + "</span><span class=\"drawer-unit\">" + escape(getTranslation("app.subtitle")) + "</span>");
        return header;
    }

    /**
     * The menu as {@code <vaadin-side-nav>} markup in one element: the web components draw it, mark the current page
     * and handle the keyboard, and Flow's router follows their links as it does a SideNavItem's. Seventeen components
     * (a nav, and an item, text and icon per entry) were kept in memory for every open page of every user.
     */
    private Div navigation() {
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        List<MenuEntry> work = entries.stream().filter(e -> !isAdministration(e)).toList();
        List<MenuEntry> administration = entries.stream().filter(MainLayout::isAdministration).toList();
        StringBuilder html = new StringBuilder();
        if (!work.isEmpty()) {
            sideNav(html, "main-nav", null, work);
        }
        if (!administration.isEmpty()) {
            sideNav(html, "admin-nav", getTranslation("nav.section.admin"), administration);
        }
        Div nav = new Div();
        nav.addClassName("drawer-nav");
        nav.getElement().setProperty("innerHTML", html.toString());
        return nav;
    }

    private void sideNav(StringBuilder html, String id, String label, List<MenuEntry> entries) {
        html.append("<vaadin-side-nav id=\"").append(id).append("\">");
        if (label != null) {
            html.append("<span slot=\"label\">").append(escape(label)).append("</span>");
        }
        entries.forEach(entry -> item(html, entry));
        html.append("</vaadin-side-nav>");
    }

    private void item(StringBuilder html, MenuEntry entry) {
        String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
        html.append("<vaadin-side-nav-item path=\"").append(escape(path)).append("\">");
        if (entry.icon() != null) {
            html.append("<vaadin-icon icon=\"").append(escape(entry.icon())).append("\" slot=\"prefix\"></vaadin-icon>");
        }
        html.append(escape(getTranslation(entry.title()))).append("</vaadin-side-nav-item>"); // titles are message keys
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** Menu entries carry absolute paths ("/admin/users"); SideNavItem writes its links relative all the same. */
    private static boolean isAdministration(MenuEntry entry) {
        String path = entry.path().startsWith("/") ? entry.path() : "/" + entry.path();
        return path.startsWith(ADMIN_PATH);
    }
}
