package jp.enishi.base.ui;

import java.util.List;
import java.util.Locale;

/**
 * Links a capability adds to the drawer for the signed-in user, beyond the {@code @Menu} pages: e.g. their own
 * workspaces. The layout knows this interface, not the capabilities, so dependencies point one way.
 */
public interface DrawerLinks {

    /** The links for the current user, labelled in {@code locale}; empty for visitors. */
    List<Link> links(Locale locale);

    record Link(String label, String path) {
    }
}
