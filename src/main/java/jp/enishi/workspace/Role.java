package jp.enishi.workspace;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A member's role in one workspace; the label key is {@code role.<NAME>}. What each may do is the table below — the
 * only place it is written. A theme owner (テーマオーナー) works on the projects whose team they are on: the project
 * gate limits them there; a coordinator (コーディネーター) works across the workspace's projects and its pool.
 */
public enum Role {
    ADMIN, STAFF, COORDINATOR, THEME_OWNER;

    private static final Set<Permission> STAFF_PERMISSIONS = EnumSet.of(Permission.WORKSPACE_OPEN,
            Permission.PROJECT_WRITE, Permission.PROJECTS_SEE_ALL, Permission.PIPELINE_VIEW, Permission.PIPELINE_MOVE, Permission.POOL_VIEW,
            Permission.POOL_MESSAGE, Permission.POOL_NOMINATE, Permission.ENGAGEMENT_WORK, Permission.ENGAGEMENT_MANAGE,
            Permission.TRAVEL_APPROVE);

    private static final Map<Role, Set<Permission>> PERMISSIONS = Map.of(
            ADMIN, EnumSet.allOf(Permission.class),
            STAFF, STAFF_PERMISSIONS,
            COORDINATOR, STAFF_PERMISSIONS,
            THEME_OWNER, EnumSet.of(Permission.WORKSPACE_OPEN, Permission.PROJECT_WRITE, Permission.PIPELINE_VIEW, Permission.PIPELINE_MOVE,
                    Permission.ENGAGEMENT_WORK));

    public boolean may(Permission permission) {
        return PERMISSIONS.get(this).contains(permission);
    }
}
