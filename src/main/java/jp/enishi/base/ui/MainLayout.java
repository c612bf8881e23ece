package jp.enishi.base.ui;

import java.util.List;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jp.enishi.base.LanguagePreference;

/**
 * The shell around every page: brand, the menu of the pages this user may open (from {@code @Menu} on the views,
 * filtered by their access annotations), the language switch and sign-in/out.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final List<DrawerLinks> drawerLinks;
    private final SideNav nav = new SideNav();
    private final List<SideNavItem> ownLinks = new java.util.ArrayList<>();

    private final boolean signedIn;

    MainLayout(AuthenticationContext authentication, LanguagePreference languagePreference, List<DrawerLinks> drawerLinks,
               List<HeaderItem> headerItems, MenuEntries menuEntries) {
        this.drawerLinks = drawerLinks;
        setPrimarySection(Section.NAVBAR);
        Anchor brand = new Anchor("/", "縁 Enishi");
        brand.addClassName("enishi-brand");

        HorizontalLayout actions = new HorizontalLayout(new LanguageSwitch(languagePreference));
        actions.addClassName("enishi-header-actions");
        actions.setAlignItems(HorizontalLayout.Alignment.CENTER);
        signedIn = authentication.isAuthenticated();
        if (signedIn) {
            headerItems.forEach(item -> actions.add(item.create()));
            Button logout = new Button(getTranslation("nav.logout"), click -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.setId("logout");
            actions.add(logout);
        } else {
            Anchor login = new Anchor("login", getTranslation("nav.login"));
            login.setId("login-link");
            actions.add(login);
        }
        addToNavbar(new DrawerToggle(), brand, actions);

        menuEntries.forCurrentUser().forEach(entry ->
                nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("enishi-drawer-note");
        addToDrawer(nav, tagline);
    }

    /**
     * The user's own links (their workspaces, drafts they write) are read again after each navigation: a workspace
     * joined by accepting an invitation is in the drawer on the very next page, not after a reload. A visitor has
     * none, and their pages never wait for the database for them.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        ownLinks.forEach(nav::remove);
        ownLinks.clear();
        if (!signedIn) {
            return;
        }
        drawerLinks.stream().flatMap(links -> links.links(getLocale()).stream())
                .map(link -> new SideNavItem(link.label(), link.path())).forEach(item -> {
                    ownLinks.add(item);
                    nav.addItem(item);
                });
    }
}
