package jp.enishi.base.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The {@code @Menu} pages a user may open, worked out once per set of authorities. Which pages those are follows
 * from the views' access annotations alone, and Enishi grants two authorities at most (USER, CONSORTIUM_ADMIN), so
 * there are three menus. Vaadin's {@link MenuConfiguration#getMenuEntries()} checks the access of every route each
 * time it is called: every page load paid for that, an eighth of a page's CPU in the launch-rush profile
 * (docs/design-decisions/2026-12-03-launch-rush.md).
 */
@Component
class MenuEntries {

    private final Map<Set<String>, List<MenuEntry>> byAuthorities = new ConcurrentHashMap<>();

    List<MenuEntry> forCurrentUser() {
        return byAuthorities.computeIfAbsent(authorities(), anyone -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }

    private static Set<String> authorities() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Set.of();
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
    }
}
