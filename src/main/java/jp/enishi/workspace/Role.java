package jp.enishi.workspace;

import java.util.Set;

/**
 * A member's role in one workspace; the label key is {@code role.<NAME>}. THEME_OWNER will be limited to their own
 * projects when projects arrive.
 */
public enum Role {
    ADMIN, STAFF, COORDINATOR, THEME_OWNER;

    /** Every role: for methods any member may call. */
    public static final Set<Role> ANY = Set.of(values());
}
