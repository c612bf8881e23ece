/**
 * Workspaces (one per municipality or prefecture), their members with roles, and invitations.
 * <p>
 * Tenancy is an explicit workspace slug on every workspace-scoped service method, checked by
 * {@link jp.enishi.workspace.WorkspaceAccess}; see {@code docs/design-decisions/2026-11-22-tenancy.md}.
 */
@NullMarked
package jp.enishi.workspace;

import org.jspecify.annotations.NullMarked;
